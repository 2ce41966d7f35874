import { withScope } from '@crowdcomms/data-access';
import {
  ADD_INTAKE_NOTE,
  AMBASSADOR_POOL,
  CALL,
  CALLS,
  CLOSE_CALL,
  CREATE_CALL,
  IDEAS_BOARD,
  INTAKE_NOTES,
  LOOKUP_SKILLS,
  MOVE_SIGN_UP,
  MY_SIGN_UPS,
  MY_PROFILE,
  OPEN_CALL,
  SIGN_UP_AS_AMBASSADOR,
  SIGN_UP_WITH_NOTES,
  SIGN_UPS,
  UPDATE_CALL,
  UPDATE_MY_PROFILE,
  UPDATE_MY_PROFILE_PRIVACY,
  WITHDRAW_SIGN_UP,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const SIGN_UP_SUMMARY = `query SignUpSummary($id: ID!) { signUp(id: $id) { id status profileSummary { headline } } }`;
const SIGN_UP_SUMMARIES = `query SignUpSummaries($callId: ID) {
  signUps(callId: $callId) { edges { node { status profileSummary { headline } } } }
}`;
const MY_NOTIFICATIONS = `query { myNotifications(first: 50) { edges { node { kind title data } } } }`;

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

describe('ambassador calls, sign-ups and the intake pipeline', () => {
  let t: TestApp;
  let admin: Session;
  let comms: Session;
  let hr: Session;
  let ann: Session;
  let bo: Session;
  let cy: Session;
  let outsider: Session;
  let twitter: string;
  let blogging: string;

  const skillId = async (name: string, slug: string) => {
    const res = await t.gql(LOOKUP_SKILLS, { name, first: 10 }, admin.accessToken);
    const skill = (res.data!.lookupSkills as { id: string; slug: string }[]).find((s) => s.slug === slug);
    expect(skill).toBeDefined();
    return skill!.id;
  };
  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const draftCall = async (title: string, extra: Record<string, unknown> = {}) =>
    ok(
      await t.gql(
        CREATE_CALL,
        { input: { title, pitch: 'We need people who love digital.', skillIds: [twitter], ...extra } },
        comms.accessToken,
      ),
    ).createAmbassadorCall;
  const openCall = async (title: string, extra: Record<string, unknown> = {}) => {
    const call = await draftCall(title, extra);
    return ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken)).openAmbassadorCall;
  };
  const signUp = (who: Session, callId: string, extra: Record<string, unknown> = {}) =>
    t.gql(SIGN_UP_AS_AMBASSADOR, { input: { callId, motivation: 'I blog every week.', ...extra } }, who.accessToken);
  const move = (signUpId: string, status: string, note?: string) =>
    t.gql(MOVE_SIGN_UP, { input: { signUpId, status, note } }, comms.accessToken);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Riverside Trust');
    [comms, hr, ann, bo, cy] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'harriet', ['HR', 'MEMBER']),
      inviteAndJoin(t, admin, 'ann', ['MEMBER'], { grade: 'Band 3' }),
      inviteAndJoin(t, admin, 'bo', ['MEMBER'], { grade: 'Director' }),
      inviteAndJoin(t, admin, 'cy', ['MEMBER']),
    ]);
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'outsider');
    twitter = await skillId('Twitter', 'x-twitter');
    blogging = await skillId('blogging', 'blogging');
  });
  afterAll(() => t.close());

  it('lets comms draft, edit, open and close a call; members see only open ones', async () => {
    const call = await draftCall('Digital ambassadors wanted', {
      skillIds: [twitter, blogging],
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect(call).toMatchObject({ status: 'DRAFT', createdBy: { id: comms.member.id } });
    expect(call.skillsSought.map((s: { slug: string }) => s.slug).sort()).toEqual(['blogging', 'x-twitter']);

    // A draft is invisible to members, whatever the id.
    expect(codeOf(await t.gql(CALL, { id: call.id }, ann.accessToken))).toBe('NOT_FOUND');
    const edited = ok(
      await t.gql(UPDATE_CALL, { input: { id: call.id, pitch: 'No experience needed.' } }, comms.accessToken),
    );
    expect(edited.updateAmbassadorCall.pitch).toBe('No experience needed.');

    const opened = ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken)).openAmbassadorCall;
    expect(opened.status).toBe('OPEN');
    expect(opened.publishedAt).toBeTruthy();
    const seen = ok(await t.gql(CALLS, {}, ann.accessToken)).ambassadorCalls;
    expect(seen.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(call.id);
    expect(seen.edges.every((e: { node: { status: string } }) => e.node.status === 'OPEN')).toBe(true);

    // Opening twice names the status it is in.
    const again = await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/is OPEN/);

    const closed = ok(await t.gql(CLOSE_CALL, { id: call.id }, comms.accessToken)).closeAmbassadorCall;
    expect(closed.status).toBe('CLOSED');
    const late = await signUp(ann, call.id);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toMatch(/CLOSED/);
    expect(codeOf(await t.gql(UPDATE_CALL, { input: { id: call.id, title: 'x' } }, comms.accessToken))).toBe(
      'CONFLICT',
    );
    const afterClose = ok(await t.gql(CALLS, {}, ann.accessToken)).ambassadorCalls;
    expect(afterClose.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(call.id);
  });

  it('refuses dates out of order, unknown skills and calls from members or other organisations', async () => {
    const backwards = await t.gql(
      CREATE_CALL,
      {
        input: {
          title: 'Backwards',
          pitch: 'p',
          opensAt: new Date(Date.now() + 86_400_000).toISOString(),
          closesAt: new Date().toISOString(),
        },
      },
      comms.accessToken,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const unknownSkill = await t.gql(
      CREATE_CALL,
      { input: { title: 'x', pitch: 'p', skillIds: ['00000000-0000-4000-8000-000000000000'] } },
      comms.accessToken,
    );
    expect(codeOf(unknownSkill)).toBe('BAD_USER_INPUT');
    const byMember = await t.gql(CREATE_CALL, { input: { title: 'Mine', pitch: 'p' } }, ann.accessToken);
    expect(codeOf(byMember)).toBe('FORBIDDEN');
    const call = await openCall('Only for Riverside');
    expect(codeOf(await t.gql(CALL, { id: call.id }, outsider.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await signUp(outsider, call.id))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CLOSE_CALL, { id: call.id }, outsider.accessToken))).toBe('NOT_FOUND');
  });

  it('takes one sign-up per person per call, updating profile skills from the same form', async () => {
    const call = await openCall('Boost your blog');
    await t.gql(UPDATE_MY_PROFILE, { input: { skills: [{ skillId: blogging, level: 2 }] } }, ann.accessToken);
    const res = await signUp(ann, call.id, {
      ideas: 'Let staff write the intranet news themselves.',
      availability: 'Tuesday afternoons',
      availableHoursPerMonth: 6,
      skills: [
        { skillId: twitter, level: 4 },
        { skillId: blogging, level: 3 },
      ],
    });
    expect(ok(res).signUpAsAmbassador).toMatchObject({
      status: 'APPLIED',
      memberId: ann.member.id,
      ideas: 'Let staff write the intranet news themselves.',
      availableHoursPerMonth: 6,
    });
    const profile = ok(await t.gql(MY_PROFILE, {}, ann.accessToken)).myProfile;
    const levels = Object.fromEntries(
      profile.skills.map((s: { level: number; skill: { slug: string } }) => [s.skill.slug, s.level]),
    );
    expect(levels).toEqual({ 'x-twitter': 4, blogging: 3 });

    const second = await signUp(ann, call.id);
    expect(codeOf(second)).toBe('CONFLICT');
    expect(ok(await t.gql(MY_SIGN_UPS, {}, ann.accessToken)).mySignUps.totalCount).toBe(1);
  });

  it('keeps ten simultaneous sign-ups by one person to one row', async () => {
    const call = await openCall('Simultaneous');
    const results = await Promise.all(Array.from({ length: 10 }, () => signUp(cy, call.id)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(9);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM sign_up WHERE call_id = $1 AND membership_id = $2`,
      [call.id, cy.member.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('walks every valid pipeline transition and refuses every invalid one, naming the status', async () => {
    const call = await openCall('Pipeline');
    const walk = ok(await signUp(bo, call.id)).signUpAsAmbassador.id as string;
    const statusAfter = async (to: string) => {
      const res = await move(walk, to);
      return res.errors ? `${codeOf(res)}: ${res.errors[0].message}` : res.data!.moveSignUp.status;
    };
    // APPLIED cannot skip the conversation, nor go back to APPLIED, nor be PAUSED.
    expect(await statusAfter('ACTIVE')).toBe('CONFLICT: The sign-up is APPLIED; it cannot become ACTIVE');
    expect(await statusAfter('PAUSED')).toMatch(/^CONFLICT: The sign-up is APPLIED/);
    expect(await statusAfter('APPLIED')).toMatch(/^CONFLICT: The sign-up is APPLIED/);
    expect(await statusAfter('TALKED')).toBe('TALKED');
    expect(await statusAfter('TALKED')).toMatch(/^CONFLICT: The sign-up is TALKED/);
    expect(await statusAfter('PAUSED')).toMatch(/^CONFLICT: The sign-up is TALKED/);
    expect(await statusAfter('ACTIVE')).toBe('ACTIVE');
    expect(await statusAfter('DECLINED')).toMatch(/^CONFLICT: The sign-up is ACTIVE/);
    expect(await statusAfter('TALKED')).toMatch(/^CONFLICT: The sign-up is ACTIVE/);
    expect(await statusAfter('PAUSED')).toBe('PAUSED');
    expect(await statusAfter('ACTIVE')).toBe('ACTIVE');
    expect(await statusAfter('PAUSED')).toBe('PAUSED');
    expect(await statusAfter('WITHDRAWN')).toBe('WITHDRAWN');
    for (const to of ['APPLIED', 'TALKED', 'ACTIVE', 'PAUSED', 'DECLINED', 'WITHDRAWN']) {
      expect(await statusAfter(to)).toMatch(/^CONFLICT: The sign-up is WITHDRAWN/);
    }

    // Declined from APPLIED and from TALKED; final either way. The member hears about decisions.
    const early = ok(await signUp(ann, call.id)).signUpAsAmbassador.id as string;
    expect(ok(await move(early, 'DECLINED')).moveSignUp.status).toBe('DECLINED');
    expect(codeOf(await move(early, 'TALKED'))).toBe('CONFLICT');
    const late = ok(await signUp(cy, call.id)).signUpAsAmbassador.id as string;
    expect(ok(await move(late, 'TALKED')).moveSignUp.status).toBe('TALKED');
    expect(ok(await move(late, 'DECLINED')).moveSignUp.status).toBe('DECLINED');
    const annNotes = ok(await t.gql(MY_NOTIFICATIONS, {}, ann.accessToken)).myNotifications.edges;
    expect(annNotes.map((e: { node: { kind: string } }) => e.node.kind)).toContain('AMBASSADOR_DECLINED');
    const boNotes = ok(await t.gql(MY_NOTIFICATIONS, {}, bo.accessToken)).myNotifications.edges;
    expect(boNotes.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(
      expect.arrayContaining(['AMBASSADOR_ACTIVE', 'AMBASSADOR_PAUSED']),
    );

    // The member withdraws their own sign-up only; from a final status it is a CONFLICT.
    const own = ok(await signUp(hr, call.id)).signUpAsAmbassador.id as string;
    expect(codeOf(await t.gql(WITHDRAW_SIGN_UP, { id: own }, ann.accessToken))).toBe('NOT_FOUND');
    expect(ok(await t.gql(WITHDRAW_SIGN_UP, { id: own }, hr.accessToken)).withdrawSignUp.status).toBe('WITHDRAWN');
    const twice = await t.gql(WITHDRAW_SIGN_UP, { id: own }, hr.accessToken);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors![0].message).toMatch(/WITHDRAWN/);
    // Members cannot move sign-ups; comms of another organisation cannot see them.
    expect(codeOf(await t.gql(MOVE_SIGN_UP, { input: { signUpId: late, status: 'TALKED' } }, ann.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await t.gql(MOVE_SIGN_UP, { input: { signUpId: late, status: 'TALKED' } }, outsider.accessToken)),
    ).toBe('NOT_FOUND');
  });

  it('keeps intake notes for comms only: HR and the member cannot read them', async () => {
    const call = await openCall('Notes');
    const id = ok(await signUp(bo, call.id)).signUpAsAmbassador.id as string;
    ok(await move(id, 'TALKED', 'Runs a team blog; keen on Twitter; nervous about video.'));
    const note = ok(
      await t.gql(ADD_INTAKE_NOTE, { input: { signUpId: id, body: 'Suggests a blogging clinic.' } }, comms.accessToken),
    ).addIntakeNote;
    expect(note.authorMemberId).toBe(comms.member.id);

    const read = ok(await t.gql(INTAKE_NOTES, { signUpId: id }, comms.accessToken)).intakeNotes;
    expect(read.map((n: { body: string }) => n.body)).toEqual([
      'Runs a team blog; keen on Twitter; nervous about video.',
      'Suggests a blogging clinic.',
    ]);
    const viaField = ok(await t.gql(SIGN_UP_WITH_NOTES, { id }, admin.accessToken)).signUp;
    expect(viaField.intakeNotes).toHaveLength(2);

    expect(codeOf(await t.gql(INTAKE_NOTES, { signUpId: id }, hr.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SIGN_UPS, { callId: call.id }, hr.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(INTAKE_NOTES, { signUpId: id }, bo.accessToken))).toBe('FORBIDDEN');
    const ownView = await t.gql(SIGN_UP_WITH_NOTES, { id }, bo.accessToken);
    expect(codeOf(ownView)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SIGN_UP_WITH_NOTES, { id }, hr.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ADD_INTAKE_NOTE, { input: { signUpId: id, body: 'sneaky' } }, hr.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(INTAKE_NOTES, { signUpId: id }, outsider.accessToken))).toBe('NOT_FOUND');

    // The member's own data export will include them.
    const { SignUpsService } = await import('@crowdcomms/ambassadors');
    const ctx = {
      organisationId: admin.organisation.id,
      membershipId: bo.member.id,
      userId: bo.user.id,
      sessionId: 'export',
      roles: ['MEMBER'] as never,
    };
    // Called as a request of the organisation would call it.
    const exported = await withScope(ctx, () => t.app.get(SignUpsService).exportForMember(ctx, bo.member.id));
    const exportedNotes = exported.signUps.flatMap((s) => s.intakeNotes.map((n) => n.body));
    expect(exportedNotes).toContain('Suggests a blogging clinic.');
  });

  it('shows comms the pool of active ambassadors with profile summaries, and the ideas board', async () => {
    const call = await openCall('Pool');
    await t.gql(
      UPDATE_MY_PROFILE,
      { input: { headline: 'Planner who blogs', availableHoursPerMonth: 8, wantsToDevelop: [twitter] } },
      cy.accessToken,
    );
    const cySignUp = ok(
      await signUp(cy, call.id, { ideas: 'A monthly blogging clinic.', skills: [{ skillId: blogging, level: 4 }] }),
    ).signUpAsAmbassador.id as string;
    const boSignUp = ok(await signUp(bo, call.id, { ideas: '' })).signUpAsAmbassador.id as string;
    await move(cySignUp, 'TALKED');
    await move(cySignUp, 'ACTIVE');
    await move(boSignUp, 'TALKED');

    const pool = ok(await t.gql(AMBASSADOR_POOL, { callId: call.id }, comms.accessToken)).ambassadorPool;
    expect(pool.totalCount).toBe(1);
    expect(pool.edges[0].node).toMatchObject({
      memberId: cy.member.id,
      status: 'ACTIVE',
      member: { user: { displayName: 'cy person' } },
      profileSummary: {
        headline: 'Planner who blogs',
        availableHoursPerMonth: 8,
        skills: [{ level: 4, skill: { slug: 'blogging' } }],
        wantsToDevelop: [{ slug: 'x-twitter' }],
      },
    });
    expect(codeOf(await t.gql(AMBASSADOR_POOL, {}, ann.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(AMBASSADOR_POOL, {}, hr.accessToken))).toBe('FORBIDDEN');

    const ideas = ok(await t.gql(IDEAS_BOARD, {}, comms.accessToken)).ideasBoard;
    const texts = ideas.edges.map((e: { node: { ideas: string } }) => e.node.ideas);
    expect(texts).toEqual(
      expect.arrayContaining(['A monthly blogging clinic.', 'Let staff write the intranet news themselves.']),
    );
    expect(texts).not.toContain('');
    expect(codeOf(await t.gql(IDEAS_BOARD, {}, ann.accessToken))).toBe('FORBIDDEN');
    const outsiders = ok(await t.gql(IDEAS_BOARD, {}, outsider.accessToken)).ideasBoard;
    expect(outsiders.totalCount).toBe(0);
  });

  it('shows comms a sign-up’s profile summary only while the sign-up is live; the member keeps seeing theirs', async () => {
    const call = await openCall('Summary');
    await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Writes the staff newsletter' } }, ann.accessToken);
    await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Films short explainers' } }, bo.accessToken);
    const annSignUp = ok(await signUp(ann, call.id)).signUpAsAmbassador.id as string;
    const boSignUp = ok(await signUp(bo, call.id)).signUpAsAmbassador.id as string;
    const summaryOf = async (id: string, who: Session) =>
      ok(await t.gql(SIGN_UP_SUMMARY, { id }, who.accessToken)).signUp.profileSummary;

    expect(await summaryOf(annSignUp, comms)).toMatchObject({ headline: 'Writes the staff newsletter' });
    expect(await summaryOf(boSignUp, comms)).toMatchObject({ headline: 'Films short explainers' });

    // Ann withdraws; comms decline Bo. Neither sign-up shares their profile with comms any more.
    ok(await t.gql(WITHDRAW_SIGN_UP, { id: annSignUp }, ann.accessToken));
    ok(await move(boSignUp, 'DECLINED'));
    expect(await summaryOf(annSignUp, comms)).toBeNull();
    expect(await summaryOf(boSignUp, comms)).toBeNull();
    expect(await summaryOf(annSignUp, admin)).toBeNull();
    const pipeline = ok(await t.gql(SIGN_UP_SUMMARIES, { callId: call.id }, comms.accessToken)).signUps.edges;
    expect(pipeline.map((e: { node: { status: string; profileSummary: unknown } }) => e.node)).toEqual([
      { status: 'WITHDRAWN', profileSummary: null },
      { status: 'DECLINED', profileSummary: null },
    ]);

    // The member still sees their own, and the sign-up stays in their data export.
    expect(await summaryOf(annSignUp, ann)).toMatchObject({ headline: 'Writes the staff newsletter' });
    const { SignUpsService } = await import('@crowdcomms/ambassadors');
    const ctx = {
      organisationId: admin.organisation.id,
      membershipId: ann.member.id,
      userId: ann.user.id,
      sessionId: 'export',
      roles: ['MEMBER'] as never,
    };
    const exported = await withScope(ctx, () => t.app.get(SignUpsService).exportForMember(ctx, ann.member.id));
    expect(exported.signUps.find((s) => s.id === annSignUp)).toMatchObject({ status: 'WITHDRAWN' });
  });

  it('tells members about a new call matching the skills they declared, or their interests only with consent', async () => {
    const dee = await inviteAndJoin(t, admin, 'dee');
    const eli = await inviteAndJoin(t, admin, 'eli');
    const fay = await inviteAndJoin(t, admin, 'fay');
    const podcasting = await skillId('podcasting', 'podcasting');
    // Dee declared the skill; Eli has it as an interest and consents; Fay has the interest without consent.
    await t.gql(UPDATE_MY_PROFILE, { input: { wantsToDevelop: [podcasting] } }, dee.accessToken);
    await t.gql(UPDATE_MY_PROFILE, { input: { interests: ['Podcasting'] } }, eli.accessToken);
    await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { interestsTargetingConsent: true } }, eli.accessToken);
    await t.gql(UPDATE_MY_PROFILE, { input: { interests: ['podcasting'] } }, fay.accessToken);

    const call = await openCall('Podcast crew', { skillIds: [podcasting] });
    const kindsFor = async (who: Session) =>
      ok(await t.gql(MY_NOTIFICATIONS, {}, who.accessToken))
        .myNotifications.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'AMBASSADOR_CALL_OPENED')
        .map((e: { node: { data: { callId: string } } }) => e.node.data.callId);
    expect(await kindsFor(dee)).toEqual([call.id]);
    expect(await kindsFor(eli)).toEqual([call.id]);
    expect(await kindsFor(fay)).toEqual([]);
    expect(await kindsFor(comms)).toEqual([]);
  });
});
