import { MailProcessor } from '@crowdcomms/notifications';
import { INestApplicationContext } from '@nestjs/common';
import { Job } from 'bullmq';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CREATE_CALL,
  INVITE,
  LOOKUP_SKILLS,
  MY_PROFILE,
  SIGN_UP_AS_AMBASSADOR,
  UPDATE_MY_PROFILE,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin, uniqueEmail, waitForMail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/** The hour's invitation allowance in this file: a 100-row pilot list fits, with room to show where it ends. */
const INVITATIONS_PER_HOUR = 160;

const OPEN_CALL = `mutation Open($id: ID!, $email: Boolean!) {
  openAmbassadorCall(id: $id, emailMembers: $email) { id status link emailedAt emailedCount }
}`;
const CALL = `query Call($id: ID!) { ambassadorCall(id: $id) { id title link status } }`;
const SETTINGS = `mutation Settings($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) { emailAmbassadorCalls }
}`;
const RECORD_INTAKE = `mutation Record($input: RecordIntakeInput!) {
  recordIntake(input: $input) { id intake { channels channelsOther hoursPerMonth wantsToDo copiedToProfileAt
    confidence { level skill { slug } } } }
}`;
const COPY_INTAKE = `mutation Copy($input: CopyIntakeToProfileInput!) {
  copyIntakeToProfile(input: $input) { id intake { copiedToProfileAt } }
}`;
const BOARD = `query Board($callId: ID) {
  signUps(callId: $callId) { edges { node { id status intake { channels hoursPerMonth } } } }
}`;
const MY_SIGN_UP = `query Mine($id: ID!) { signUp(id: $id) { id intake { hoursPerMonth confidence { level } } } }`;
const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawSignUp(id: $id) { id status } }`;
const INVITE_MEMBERS = `mutation Bulk($input: [InviteMemberInput!]!, $newDepartments: [String!]) {
  inviteMembers(input: $input, newDepartments: $newDepartments) {
    row email code message field retryAfter invitation { id department grade location }
  }
}`;
const PENDING = `query { pendingInvitations { email department grade location } }`;

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const extensionsOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions ?? {};

describe('the ambassador programme as its people live it: a call people find, intake as structure, a pilot invited at once', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Session;
  let comms: Session;
  let ann: Session; // tells us about Twitter, allows e-mail
  let bo: Session; // tells us about Twitter, has turned e-mail about calls off
  let cy: Session; // no matching skills
  let outsider: Session;
  let twitter: string;
  let blogging: string;

  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const skillId = async (name: string, slug: string) => {
    const res = await t.gql(LOOKUP_SKILLS, { name, first: 10 }, admin.accessToken);
    return (res.data!.lookupSkills as { id: string; slug: string }[]).find((s) => s.slug === slug)!.id;
  };
  /** The e-mails the worker has written to `to` (with `about` in them). */
  const mailsTo = (to: string, about: string) =>
    readdirSync(t.mailDir)
      .map((file) => readFileSync(path.join(t.mailDir, file), 'utf8').replace(/=\r?\n/g, ''))
      .filter((text) => text.includes(`To: ${to}`) && text.includes(about));
  const draftCall = async (title: string) =>
    ok(
      await t.gql(
        CREATE_CALL,
        { input: { title, pitch: 'Help colleagues tell the story of their work online.', skillIds: [twitter] } },
        comms.accessToken,
      ),
    ).createAmbassadorCall as { id: string };

  beforeAll(async () => {
    t = await createTestApp({ INVITATIONS_PER_HOUR: String(INVITATIONS_PER_HOUR) });
    worker = await t.startWorker();
    admin = await signUpAdmin(t, 'Riverside Trust');
    [comms, ann, bo, cy] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'ann', ['MEMBER'], { department: 'Finance' }),
      inviteAndJoin(t, admin, 'bo', ['MEMBER']),
      inviteAndJoin(t, admin, 'cy', ['MEMBER']),
    ]);
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'outsider');
    twitter = await skillId('Twitter', 'x-twitter');
    blogging = await skillId('blogging', 'blogging');
    for (const who of [ann, bo]) {
      ok(await t.gql(UPDATE_MY_PROFILE, { input: { skills: [{ skillId: twitter, level: 3 }] } }, who.accessToken));
    }
    ok(await t.gql(SETTINGS, { input: { emailAmbassadorCalls: false } }, bo.accessToken));
  }, 60_000);
  afterAll(() => t.close());

  it('publishing a call with e-mail reaches the targeted members who allow it, once, with its link', async () => {
    const title = `Tell our story ${Date.now()}`;
    const call = await draftCall(title);
    const opened = ok(await t.gql(OPEN_CALL, { id: call.id, email: true }, comms.accessToken)).openAmbassadorCall;
    expect(opened).toMatchObject({ status: 'OPEN', emailedCount: 1 });
    expect(opened.emailedAt).toBeTruthy();
    expect(opened.link).toMatch(new RegExp(`/calls/${call.id}$`));

    const mail = await waitForMail(t, ann.user.email, 10_000, title);
    expect(mail).toContain(opened.link);

    // Every e-mail of the publish has left (the worker marks each SENT) before counting who got one.
    for (let unsent = 1; unsent > 0; await new Promise((r) => setTimeout(r, 50))) {
      const rows: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM email_message WHERE subject LIKE $1 AND status <> 'SENT'`,
        [`%${title}%`],
      );
      unsent = rows[0].n;
    }
    const stored: { id: string; to_address: string; organisation_id: string }[] = await t.db.query(
      `SELECT id, to_address, organisation_id FROM email_message WHERE subject LIKE $1`,
      [`%${title}%`],
    );
    expect(stored.map((m) => m.to_address)).toEqual([ann.user.email]);

    // The delivery job runs a second time (BullMQ delivers at least once): nothing more leaves.
    await worker
      .get(MailProcessor)
      .handle({ data: { organisationId: stored[0].organisation_id, emailId: stored[0].id } } as Job<never>);
    expect(mailsTo(ann.user.email, title)).toHaveLength(1);
    expect(mailsTo(bo.user.email, title)).toHaveLength(0); // targeted, but e-mail about calls is off
    expect(mailsTo(cy.user.email, title)).toHaveLength(0); // not targeted

    // Publishing again is refused with a reason, and e-mails no one.
    const again = await t.gql(OPEN_CALL, { id: call.id, email: true }, comms.accessToken);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(extensionsOf(again).reason).toBe('ALREADY_OPEN');
    const after: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM email_message WHERE subject LIKE $1`,
      [`%${title}%`],
    );
    expect(after[0].n).toBe(1);
  });

  it('the call’s link opens for a member of the organisation and is NOT_FOUND for another organisation', async () => {
    const call = await draftCall('Film a day in your team');
    const { link } = ok(await t.gql(OPEN_CALL, { id: call.id, email: false }, comms.accessToken)).openAmbassadorCall;
    const id = link.split('/calls/')[1];
    expect(ok(await t.gql(CALL, { id }, cy.accessToken)).ambassadorCall).toMatchObject({
      title: 'Film a day in your team',
      link,
    });
    expect(codeOf(await t.gql(CALL, { id }, outsider.accessToken))).toBe('NOT_FOUND');
  });

  it('records the intake as structure, shows it on the board, and copies it to the profile only when the volunteer agrees', async () => {
    const call = await draftCall('Ambassadors for the spring campaign');
    ok(await t.gql(OPEN_CALL, { id: call.id, email: false }, comms.accessToken));
    const signUp = ok(
      await t.gql(SIGN_UP_AS_AMBASSADOR, { input: { callId: call.id, motivation: 'I post a lot.' } }, ann.accessToken),
    ).signUpAsAmbassador as { id: string };
    const intake = {
      signUpId: signUp.id,
      channels: ['BLOG', 'X_TWITTER', 'OTHER'],
      channelsOther: 'Mastodon',
      confidence: [
        { skillId: twitter, level: 4 },
        { skillId: blogging, level: 2 },
      ],
      wantsToDo: 'Run the team’s account one week a month',
      hoursPerMonth: 6,
      note: 'Keen; a natural writer.',
    };

    // Bad input first: nothing is recorded.
    const tooConfident = await t.gql(
      RECORD_INTAKE,
      { input: { ...intake, confidence: [{ skillId: twitter, level: 6 }] } },
      comms.accessToken,
    );
    expect(codeOf(tooConfident)).toBe('BAD_USER_INPUT');
    expect(tooConfident.errors![0].message).toMatch(/level must be from 1 to 5/);
    const otherUnsaid = await t.gql(RECORD_INTAKE, { input: { ...intake, channelsOther: '' } }, comms.accessToken);
    expect(codeOf(otherUnsaid)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(otherUnsaid).field).toBe('channelsOther');
    // Another organisation's admin: the sign-up does not exist for them.
    expect(codeOf(await t.gql(RECORD_INTAKE, { input: intake }, outsider.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(RECORD_INTAKE, { input: intake }, cy.accessToken))).toBe('FORBIDDEN');

    const recorded = ok(await t.gql(RECORD_INTAKE, { input: intake }, comms.accessToken)).recordIntake;
    expect(recorded.intake).toMatchObject({
      channels: ['BLOG', 'X_TWITTER', 'OTHER'],
      channelsOther: 'Mastodon',
      hoursPerMonth: 6,
      copiedToProfileAt: null,
    });
    expect(recorded.intake.confidence).toEqual([
      { level: 4, skill: { slug: 'x-twitter' } },
      { level: 2, skill: { slug: 'blogging' } },
    ]);

    // The pipeline board shows it.
    const board = ok(await t.gql(BOARD, { callId: call.id }, comms.accessToken)).signUps.edges;
    expect(board).toEqual([
      {
        node: {
          id: signUp.id,
          status: 'APPLIED',
          intake: { channels: ['BLOG', 'X_TWITTER', 'OTHER'], hoursPerMonth: 6 },
        },
      },
    ]);

    // Nothing reached the profile yet; comms cannot put it there, nor can anyone but the volunteer.
    const before = ok(await t.gql(MY_PROFILE, {}, ann.accessToken)).myProfile;
    expect(before.availableHoursPerMonth).toBeNull();
    const copy = { signUpId: signUp.id, skills: true, availability: true };
    const byComms = await t.gql(COPY_INTAKE, { input: copy }, comms.accessToken);
    expect(codeOf(byComms)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(COPY_INTAKE, { input: copy }, cy.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(COPY_INTAKE, { input: copy }, outsider.accessToken))).toBe('NOT_FOUND');
    expect(ok(await t.gql(MY_PROFILE, {}, ann.accessToken)).myProfile.availableHoursPerMonth).toBeNull();

    // The volunteer sees what was recorded and agrees: skills at the confidence recorded, and the hours
    // on the profile, which is what matching reads.
    expect(ok(await t.gql(MY_SIGN_UP, { id: signUp.id }, ann.accessToken)).signUp.intake.hoursPerMonth).toBe(6);
    const copied = ok(await t.gql(COPY_INTAKE, { input: copy }, ann.accessToken)).copyIntakeToProfile;
    expect(copied.intake.copiedToProfileAt).toBeTruthy();
    const profile = ok(
      await t.gql(
        `query { myProfile { availableHoursPerMonth skills { level skill { slug } } } }`,
        {},
        ann.accessToken,
      ),
    ).myProfile;
    expect(profile.availableHoursPerMonth).toBe(6);
    expect(
      (profile.skills as { level: number; skill: { slug: string } }[]).map((s) => `${s.skill.slug}:${s.level}`).sort(),
    ).toEqual(['blogging:2', 'x-twitter:4']);

    // Once the sign-up has ended, comms no longer see the intake; the volunteer still does.
    ok(await t.gql(WITHDRAW, { id: signUp.id }, ann.accessToken));
    const ended = ok(await t.gql(BOARD, { callId: call.id }, comms.accessToken)).signUps.edges[0].node;
    expect(ended.intake).toBeNull();
    expect(ok(await t.gql(MY_SIGN_UP, { id: signUp.id }, ann.accessToken)).signUp.intake.hoursPerMonth).toBe(6);
    const closed = await t.gql(RECORD_INTAKE, { input: intake }, comms.accessToken);
    expect(codeOf(closed)).toBe('CONFLICT');
    expect(extensionsOf(closed).reason).toBe('SIGN_UP_ENDED');
  });

  it('invites a 100-person pilot from one CSV with department, grade and location; bad rows are reported and the rest sent', async () => {
    const pilot = await signUpAdmin(t, 'Pilot Council', 'pat');
    const rows = Array.from({ length: 100 }, (_, i) => ({
      email: uniqueEmail(`pilot${i}`),
      roles: ['MEMBER'],
      department: i % 2 ? 'communications' : 'Housing', // any case: stored as the organisation spells it
      grade: `Band ${1 + (i % 5)}`,
      location: i % 3 ? 'Town Hall' : 'Depot',
    }));
    const bad = [
      { email: uniqueEmail('typo'), roles: ['MEMBER'], department: 'Hosuing' },
      { email: 'not-an-address', roles: ['MEMBER'] },
      { email: rows[0].email.toUpperCase(), roles: ['MEMBER'] },
    ];
    const list = [...rows.slice(0, 50), ...bad, ...rows.slice(50)];

    // Over the maximum: refused whole, nothing stored.
    const tooMany = await t.gql(
      INVITE_MEMBERS,
      { input: Array.from({ length: 201 }, (_, i) => ({ email: uniqueEmail(`many${i}`) })) },
      pilot.accessToken,
    );
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(tooMany).reason).toBe('TOO_MANY_ROWS');
    expect(ok(await t.gql(PENDING, {}, pilot.accessToken)).pendingInvitations).toEqual([]);

    const results = ok(
      await t.gql(INVITE_MEMBERS, { input: list, newDepartments: ['Communications', 'Housing'] }, pilot.accessToken),
    ).inviteMembers as { row: number; email: string; code: string; field: string | null; invitation: any }[];
    expect(results).toHaveLength(103);
    expect(results.map((r) => r.row)).toEqual(list.map((_, i) => i + 1));
    expect(results.filter((r) => r.code !== 'INVITED').map((r) => [r.row, r.code, r.field])).toEqual([
      [51, 'UNKNOWN_DEPARTMENT', 'department'],
      [52, 'INVALID_EMAIL', 'email'],
      [53, 'DUPLICATE_IN_LIST', 'email'],
    ]);
    expect(results[0].invitation).toMatchObject({ department: 'Housing', grade: 'Band 1', location: 'Depot' });
    expect(results[1].invitation).toMatchObject({
      department: 'Communications',
      grade: 'Band 2',
      location: 'Town Hall',
    });

    const pending = ok(await t.gql(PENDING, {}, pilot.accessToken)).pendingInvitations as { email: string }[];
    expect(pending.map((p) => p.email).sort()).toEqual(rows.map((r) => r.email).sort());
    // Through the queue: the worker e-mails each invitation (the first and the last are enough to wait for).
    await waitForMail(t, rows[0].email, 20_000, 'Invitation token');
    await waitForMail(t, rows[99].email, 20_000, 'Invitation token');

    // A later list uses the same hourly allowance, row by row, as single invitations do.
    ok(await t.gql(INVITE, { input: { email: uniqueEmail('single'), roles: ['MEMBER'] } }, pilot.accessToken));
    const left = INVITATIONS_PER_HOUR - 101;
    const more = ok(
      await t.gql(
        INVITE_MEMBERS,
        {
          input: Array.from({ length: left + 2 }, (_, i) => ({
            email: uniqueEmail(`late${i}`),
            department: 'housing',
          })),
        },
        pilot.accessToken,
      ),
    ).inviteMembers as { code: string; retryAfter: number | null }[];
    expect(more.filter((r) => r.code === 'INVITED')).toHaveLength(left);
    expect(more.slice(left).map((r) => r.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(more[left].retryAfter).toBeGreaterThan(0);
    const single = await t.gql(INVITE, { input: { email: uniqueEmail('over'), roles: ['MEMBER'] } }, pilot.accessToken);
    expect(codeOf(single)).toBe('TOO_MANY_REQUESTS');

    // Only admins invite.
    expect(codeOf(await t.gql(INVITE_MEMBERS, { input: [{ email: uniqueEmail('x') }] }, comms.accessToken))).toBe(
      'FORBIDDEN',
    );
  });
});
