import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  ACCEPT_ASSIGNMENT,
  CANCEL_TASK,
  COMPLETE_ASSIGNMENT,
  COMPLETE_TASK,
  CREATE_CALL,
  CREATE_TASK,
  DEACTIVATE,
  DECLINE_ASSIGNMENT,
  EXPRESS_INTEREST,
  LOOKUP_SKILLS,
  MARK_ASSIGNMENT_DONE,
  MOVE_SIGN_UP,
  MY_ASSIGNMENTS,
  OFFER_TASK,
  OPEN_CALL,
  OPEN_TASK,
  PROGRAMME_DASHBOARD,
  SIGN_UP_AS_AMBASSADOR,
  TAKE_UP_TASK,
  TASK,
  TASK_ASSIGNMENTS,
  TASK_WAITLIST,
  TASKS,
  UPDATE_TASK,
  WITHDRAW_ASSIGNMENT,
  AMBASSADOR_POOL,
} from './utils/operations';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const MY_NOTIFICATIONS = `query { myNotifications(first: 50) { edges { node { kind title data } } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind title data createdAt readAt } }`;

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

interface Live {
  notificationAdded: { kind: string; title: string; data: Record<string, string> };
}

function subscribe(url: string, token: string, received: Live[]): { client: Client; ready: Promise<void> } {
  let onOpen: () => void = () => {};
  const ready = new Promise<void>((r) => (onOpen = r));
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: { connected: () => onOpen() },
  });
  client.subscribe<Live>(
    { query: NOTIFICATION_ADDED },
    { next: (value) => value.data && received.push(value.data), error: () => {}, complete: () => {} },
  );
  return { client, ready };
}

/** The worker's e-mail to `to` whose text contains `about` (an address also gets its invitation). */
async function waitForMailAbout(t: TestApp, to: string, about: string, timeoutMs = 10000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(t.mailDir)) {
      const text = readFileSync(path.join(t.mailDir, file), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      if (text.includes(`To: ${to}`) && text.includes(about)) return text;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no e-mail to ${to} about "${about}" within ${timeoutMs} ms`);
}

async function eventually(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('comms tasks and assignments', () => {
  let t: TestApp;
  let url: string;
  let admin: Session;
  let comms: Session;
  let hr: Session;
  let ann: Session;
  let bo: Session;
  let cy: Session;
  let dee: Session;
  let outsider: Session;
  let twitter: string;
  let blogging: string;

  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const skillId = async (name: string, slug: string) => {
    const res = await t.gql(LOOKUP_SKILLS, { name, first: 10 }, admin.accessToken);
    const skill = (res.data!.lookupSkills as { id: string; slug: string }[]).find((s) => s.slug === slug);
    expect(skill).toBeDefined();
    return skill!.id;
  };
  const taskInput = (extra: Record<string, unknown> = {}) => ({
    title: 'Web content tidy-up',
    kind: 'CONTENT_TIDY_UP',
    description: 'Find and fix out-of-date pages in the planning section.',
    effortHours: 3,
    seats: 1,
    ...extra,
  });
  const openTask = async (extra: Record<string, unknown> = {}) => {
    const created = ok(await t.gql(CREATE_TASK, { input: taskInput(extra) }, comms.accessToken)).createCommsTask;
    return ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken)).openCommsTask;
  };
  const offer = (taskId: string, who: Session, message?: string) =>
    t.gql(OFFER_TASK, { input: { taskId, memberId: who.member.id, message } }, comms.accessToken);
  const accept = (assignmentId: string, who: Session) =>
    t.gql(ACCEPT_ASSIGNMENT, { id: assignmentId }, who.accessToken);
  const kinds = async (who: Session) =>
    ok(await t.gql(MY_NOTIFICATIONS, {}, who.accessToken)).myNotifications.edges.map(
      (e: { node: { kind: string } }) => e.node.kind,
    ) as string[];

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.listen();
    await t.startWorker();
    admin = await signUpAdmin(t, 'Harbour Council');
    [comms, hr, ann, bo, cy, dee] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'harriet', ['HR', 'MEMBER']),
      inviteAndJoin(t, admin, 'ann'),
      inviteAndJoin(t, admin, 'bo'),
      inviteAndJoin(t, admin, 'cy'),
      inviteAndJoin(t, admin, 'dee'),
    ]);
    outsider = await signUpAdmin(t, 'Other Council', 'outsider');
    twitter = await skillId('Twitter', 'x-twitter');
    blogging = await skillId('blogging', 'blogging');
  });
  afterAll(() => t.close());

  it('tells the whole story: call → sign-up → talk → active → task → offer (in-app and e-mail) → accept → completed with impact', async () => {
    // A comms lead with no resources posts a call for digital ambassadors.
    const call = ok(
      await t.gql(
        CREATE_CALL,
        { input: { title: 'Digital ambassadors', pitch: 'Help us get our news out.', skillIds: [twitter, blogging] } },
        comms.accessToken,
      ),
    ).createAmbassadorCall;
    ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken));
    // A colleague answers, with ideas and the skills they have.
    const signUp = ok(
      await t.gql(
        SIGN_UP_AS_AMBASSADOR,
        {
          input: {
            callId: call.id,
            motivation: 'I tweet for the planning team already.',
            ideas: 'Thank people who retweet us, by name.',
            availableHoursPerMonth: 5,
            skills: [{ skillId: twitter, level: 4 }],
          },
        },
        ann.accessToken,
      ),
    ).signUpAsAmbassador;
    // The lead talks to them, notes what they know, and makes them an ambassador.
    ok(
      await t.gql(
        MOVE_SIGN_UP,
        { input: { signUpId: signUp.id, status: 'TALKED', note: 'Confident on Twitter; happy to use own name.' } },
        comms.accessToken,
      ),
    );
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'ACTIVE' } }, comms.accessToken));
    const pool = ok(await t.gql(AMBASSADOR_POOL, {}, comms.accessToken)).ambassadorPool;
    expect(pool.edges.map((e: { node: { memberId: string } }) => e.node.memberId)).toEqual([ann.member.id]);

    // Then pairs them with comms work.
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const dueAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const created = ok(
      await t.gql(
        CREATE_TASK,
        {
          input: {
            title: 'Thank retweeters on the corporate account',
            kind: 'SOCIAL_ACCOUNT',
            description: 'Reply in your own name to people who share our posts.',
            requiredSkills: [{ skillId: twitter, minLevel: 3, weight: 2 }],
            effortHours: 4,
            seats: 2,
            startsAt,
            dueAt,
            remote: true,
          },
        },
        comms.accessToken,
      ),
    ).createCommsTask;
    expect(created).toMatchObject({
      status: 'DRAFT',
      effortHours: 4,
      seats: 2,
      seatsTaken: 0,
      requiredSkills: [{ skillId: twitter, minLevel: 3, weight: 2, skill: { slug: 'x-twitter' } }],
    });
    const task = ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken)).openCommsTask;
    expect(task.status).toBe('OPEN');

    const offered = ok(await offer(task.id, ann, 'You would be perfect for this, Ann.')).offerTask;
    expect(offered).toMatchObject({
      status: 'OFFERED',
      offerMessage: 'You would be perfect for this, Ann.',
      score: null,
    });
    expect(await kinds(ann)).toContain('ASSIGNMENT_OFFERED');
    const mail = await waitForMailAbout(t, ann.user.email, 'offered a comms task');
    expect(mail).toMatch(/Subject: You have been offered a comms task:/);
    expect(mail).toMatch(/offer you \S*Thank retweeters on the corporate account\S* \(about 4 hours\)/);
    expect(mail).toContain('You would be perfect for this, Ann.');
    expect(mail).toContain('Open Crowdcomms to accept or decline the offer.');

    const accepted = ok(await accept(offered.id, ann)).acceptAssignment;
    expect(accepted.status).toBe('ACCEPTED');
    expect(ok(await t.gql(TASK, { id: task.id }, ann.accessToken)).commsTask).toMatchObject({
      seatsTaken: 1,
      seatsFree: 1,
      status: 'OPEN',
    });
    expect(await kinds(comms)).toContain('ASSIGNMENT_ACCEPTED');

    const done = ok(
      await t.gql(
        COMPLETE_ASSIGNMENT,
        {
          input: {
            assignmentId: offered.id,
            feedback: 'Warm, quick and on-brand. Thank you!',
            impact: 'Replies to 140 retweeters; followers up 6% in a month.',
            endorseSkillIds: [twitter],
          },
        },
        comms.accessToken,
      ),
    ).completeAssignment;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      feedback: 'Warm, quick and on-brand. Thank you!',
      impact: 'Replies to 140 retweeters; followers up 6% in a month.',
      hoursContributed: 4,
      endorsedSkills: [{ slug: 'x-twitter' }],
    });
    expect(await kinds(ann)).toContain('ASSIGNMENT_COMPLETED');
    const mine = ok(await t.gql(MY_ASSIGNMENTS, {}, ann.accessToken)).myAssignments;
    expect(mine.edges[0].node).toMatchObject({
      status: 'COMPLETED',
      task: { title: 'Thank retweeters on the corporate account' },
    });
    expect(ok(await t.gql(COMPLETE_TASK, { id: task.id }, comms.accessToken)).completeCommsTask.status).toBe('DONE');

    const dashboard = ok(await t.gql(PROGRAMME_DASHBOARD, { months: 3 }, comms.accessToken)).programmeDashboard;
    expect(dashboard.ambassadorsByStatus).toContainEqual({ status: 'ACTIVE', count: 1 });
    expect(dashboard).toMatchObject({ doneTasks: 1, hoursContributed: 4, completedAssignments: 1, acceptanceRate: 1 });
    expect(dashboard.perMonth).toHaveLength(3);
    const thisMonth = dashboard.perMonth[2];
    expect(thisMonth.month).toBe(new Date().toISOString().slice(0, 7));
    expect(thisMonth).toMatchObject({
      signUps: 1,
      newAmbassadors: 1,
      tasksOpened: 1,
      offers: 1,
      accepted: 1,
      completed: 1,
    });
    expect(codeOf(await t.gql(PROGRAMME_DASHBOARD, {}, ann.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(PROGRAMME_DASHBOARD, {}, hr.accessToken))).toBe('FORBIDDEN');
  });

  it('refuses zero or negative effort, dates out of order and no seats', async () => {
    for (const bad of [{ effortHours: 0 }, { effortHours: -2 }, { seats: 0 }]) {
      const res = await t.gql(CREATE_TASK, { input: taskInput(bad) }, comms.accessToken);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
    const backwards = await t.gql(
      CREATE_TASK,
      {
        input: taskInput({
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          dueAt: new Date().toISOString(),
        }),
      },
      comms.accessToken,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const task = await openTask({ dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    const moved = await t.gql(
      UPDATE_TASK,
      { input: { id: task.id, startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString() } },
      comms.accessToken,
    );
    expect(codeOf(moved)).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(UPDATE_TASK, { input: { id: task.id, effortHours: 0 } }, comms.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets only comms offer, and only to active members of the organisation', async () => {
    const task = await openTask();
    expect(
      codeOf(await t.gql(OFFER_TASK, { input: { taskId: task.id, memberId: bo.member.id } }, ann.accessToken)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(OFFER_TASK, { input: { taskId: task.id, memberId: bo.member.id } }, hr.accessToken)),
    ).toBe('FORBIDDEN');
    expect(codeOf(await offer(task.id, outsider))).toBe('NOT_FOUND');
    const gone = await inviteAndJoin(t, admin, 'gone');
    ok(await t.gql(DEACTIVATE, { id: gone.member.id }, admin.accessToken));
    expect(codeOf(await offer(task.id, gone))).toBe('NOT_FOUND');
    // A task of another organisation is as missing as one that never existed.
    expect(
      codeOf(
        await t.gql(OFFER_TASK, { input: { taskId: task.id, memberId: outsider.member.id } }, outsider.accessToken),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(TASK, { id: task.id }, outsider.accessToken))).toBe('NOT_FOUND');
    // One live offer per member and task.
    ok(await offer(task.id, bo));
    const twice = await offer(task.id, bo);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors![0].message).toMatch(/OFFERED/);
  });

  it('moves tasks only along DRAFT → OPEN → FILLED → DONE | CANCELLED, naming the status on a conflict', async () => {
    const draft = ok(await t.gql(CREATE_TASK, { input: taskInput() }, comms.accessToken)).createCommsTask;
    // Members never see drafts; offers on drafts are refused.
    expect(codeOf(await t.gql(TASK, { id: draft.id }, ann.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(EXPRESS_INTEREST, { taskId: draft.id }, ann.accessToken))).toBe('NOT_FOUND');
    const offerDraft = await offer(draft.id, ann);
    expect(codeOf(offerDraft)).toBe('CONFLICT');
    expect(offerDraft.errors![0].message).toMatch(/DRAFT/);
    const completeDraft = await t.gql(COMPLETE_TASK, { id: draft.id }, comms.accessToken);
    expect(codeOf(completeDraft)).toBe('CONFLICT');
    expect(completeDraft.errors![0].message).toBe('The task is DRAFT; it cannot become DONE');

    ok(await t.gql(OPEN_TASK, { id: draft.id }, comms.accessToken));
    const reopen = await t.gql(OPEN_TASK, { id: draft.id }, comms.accessToken);
    expect(reopen.errors![0].message).toBe('The task is OPEN; it cannot become OPEN');
    const a = ok(await offer(draft.id, cy)).offerTask;
    ok(await accept(a.id, cy));
    expect(ok(await t.gql(TASK, { id: draft.id }, comms.accessToken)).commsTask.status).toBe('FILLED');
    const cancelled = ok(
      await t.gql(CANCEL_TASK, { input: { id: draft.id, reason: 'Budget moved' } }, comms.accessToken),
    ).cancelCommsTask;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', seatsTaken: 0 });
    expect(await kinds(cy)).toContain('TASK_CANCELLED');
    const after = await t.gql(COMPLETE_TASK, { id: draft.id }, comms.accessToken);
    expect(after.errors![0].message).toBe('The task is CANCELLED; it cannot become DONE');
    expect(codeOf(await t.gql(UPDATE_TASK, { input: { id: draft.id, seats: 3 } }, comms.accessToken))).toBe('CONFLICT');
    expect(codeOf(await t.gql(OPEN_TASK, { id: draft.id }, ann.accessToken))).toBe('FORBIDDEN');
  });

  it('follows the seats: never fewer than accepted, FILLED and OPEN by themselves', async () => {
    const task = await openTask({ seats: 3 });
    for (const who of [ann, bo]) {
      const a = ok(await offer(task.id, who)).offerTask;
      ok(await accept(a.id, who));
    }
    const tooFew = await t.gql(UPDATE_TASK, { input: { id: task.id, seats: 1 } }, comms.accessToken);
    expect(codeOf(tooFew)).toBe('CONFLICT');
    expect(tooFew.errors![0].message).toMatch(/2 seat\(s\) are already taken/);
    const exact = ok(await t.gql(UPDATE_TASK, { input: { id: task.id, seats: 2 } }, comms.accessToken)).updateCommsTask;
    expect(exact).toMatchObject({ seats: 2, seatsTaken: 2, status: 'FILLED' });
    const more = ok(await t.gql(UPDATE_TASK, { input: { id: task.id, seats: 4 } }, comms.accessToken)).updateCommsTask;
    expect(more).toMatchObject({ seats: 4, seatsTaken: 2, status: 'OPEN' });
  });

  it('lets members decline with a reason, withdraw, and never act on someone else’s offer', async () => {
    const task = await openTask({ seats: 2 });
    const toAnn = ok(await offer(task.id, ann)).offerTask;
    const toBo = ok(await offer(task.id, bo)).offerTask;
    expect(codeOf(await accept(toAnn.id, bo))).toBe('NOT_FOUND');
    expect(codeOf(await accept(toAnn.id, outsider))).toBe('NOT_FOUND');
    const declined = ok(
      await t.gql(
        DECLINE_ASSIGNMENT,
        { input: { assignmentId: toAnn.id, reason: 'Busy with year-end.' } },
        ann.accessToken,
      ),
    ).declineAssignment;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'Busy with year-end.' });
    expect(await kinds(comms)).toContain('ASSIGNMENT_DECLINED');
    const late = await accept(toAnn.id, ann);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toBe('The assignment is DECLINED; it cannot be accepted');
    // After a decline comms may offer again.
    ok(await offer(task.id, ann));

    ok(await accept(toBo.id, bo));
    const withdrawn = ok(
      await t.gql(WITHDRAW_ASSIGNMENT, { input: { assignmentId: toBo.id, reason: 'New job.' } }, bo.accessToken),
    ).withdrawAssignment;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawnBy: 'MEMBER', withdrawReason: 'New job.' });
    expect(ok(await t.gql(TASK, { id: task.id }, comms.accessToken)).commsTask.seatsTaken).toBe(0);
    expect(codeOf(await t.gql(WITHDRAW_ASSIGNMENT, { input: { assignmentId: toBo.id } }, bo.accessToken))).toBe(
      'CONFLICT',
    );
    // Another member cannot withdraw it; comms can withdraw anyone's.
    const toCy = ok(await offer(task.id, cy)).offerTask;
    expect(codeOf(await t.gql(WITHDRAW_ASSIGNMENT, { input: { assignmentId: toCy.id } }, ann.accessToken))).toBe(
      'NOT_FOUND',
    );
    const byComms = ok(
      await t.gql(WITHDRAW_ASSIGNMENT, { input: { assignmentId: toCy.id } }, comms.accessToken),
    ).withdrawAssignment;
    expect(byComms.withdrawnBy).toBe('COMMS');
    expect(await kinds(cy)).toContain('ASSIGNMENT_WITHDRAWN');
    // Completing needs an accepted assignment.
    const notYet = await t.gql(
      COMPLETE_ASSIGNMENT,
      { input: { assignmentId: toCy.id, impact: 'x' } },
      comms.accessToken,
    );
    expect(notYet.errors![0].message).toBe('The assignment is WITHDRAWN; it cannot be completed');
    expect(
      codeOf(await t.gql(COMPLETE_ASSIGNMENT, { input: { assignmentId: toCy.id, impact: 'x' } }, cy.accessToken)),
    ).toBe('FORBIDDEN');
  });

  it('lets a volunteer mark their own accepted work done with an impact note; comms may then add feedback', async () => {
    const task = await openTask({ title: 'Newsletter proofread', seats: 1 });
    const toAnn = ok(await offer(task.id, ann)).offerTask;
    const markDone = (who: Session, input: Record<string, unknown>) =>
      t.gql(MARK_ASSIGNMENT_DONE, { input }, who.accessToken);
    // Not before accepting, never someone else's, never an empty note.
    const early = await markDone(ann, { assignmentId: toAnn.id, impact: 'Done' });
    expect(early.errors![0].message).toBe('The assignment is OFFERED; it cannot be marked done');
    ok(await accept(toAnn.id, ann));
    expect(codeOf(await markDone(bo, { assignmentId: toAnn.id, impact: 'Mine now' }))).toBe('NOT_FOUND');
    expect(codeOf(await markDone(ann, { assignmentId: toAnn.id, impact: '   ' }))).toBe('BAD_USER_INPUT');

    const done = ok(
      await markDone(ann, { assignmentId: toAnn.id, impact: 'Caught 12 typos before it went to 4 000 readers.' }),
    ).markAssignmentDone;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      impact: 'Caught 12 typos before it went to 4 000 readers.',
      hoursContributed: 3,
    });
    expect(await kinds(comms)).toContain('ASSIGNMENT_DONE');
    expect(codeOf(await markDone(ann, { assignmentId: toAnn.id, impact: 'Again' }))).toBe('CONFLICT');

    // Comms add feedback afterwards; the volunteer's note and hours stay.
    const thanked = ok(
      await t.gql(
        COMPLETE_ASSIGNMENT,
        { input: { assignmentId: toAnn.id, feedback: 'Sharp eyes, thank you.' } },
        comms.accessToken,
      ),
    ).completeAssignment;
    expect(thanked).toMatchObject({
      status: 'COMPLETED',
      feedback: 'Sharp eyes, thank you.',
      impact: 'Caught 12 typos before it went to 4 000 readers.',
      hoursContributed: 3,
    });
  });

  it('lets a volunteer take up an open-to-all task in one step and report it; comms endorse the report', async () => {
    const reasonOf = (res: GraphQLResponse) => (res.errors?.[0]?.extensions as { reason?: string })?.reason;
    const takeUp = (taskId: string, who: Session) => t.gql(TAKE_UP_TASK, { taskId }, who.accessToken);
    // A task comms offer themselves cannot be taken up directly.
    const offered = await openTask({ title: 'Draft the CEO’s blog', seats: 1 });
    expect(offered.takeUpDirectly).toBe(false);
    const refused = await takeUp(offered.id, ann);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(reasonOf(refused)).toBe('TAKE_UP_NOT_ALLOWED');
    expect(ok(await t.gql(TASK, { id: offered.id }, comms.accessToken)).commsTask.seatsTaken).toBe(0);

    const task = await openTask({ title: 'Photograph the library reopening', seats: 2, takeUpDirectly: true });
    expect(task.takeUpDirectly).toBe(true);
    // Ann said she was interested first; taking it up turns that into a seat, not a second assignment.
    const interest = ok(await t.gql(EXPRESS_INTEREST, { taskId: task.id }, ann.accessToken)).expressInterestInTask;
    const annTook = ok(await takeUp(task.id, ann)).takeUpTask;
    expect(annTook).toMatchObject({ id: interest.id, status: 'ACCEPTED', memberId: ann.member.id });
    expect(annTook.acceptedAt).toBeTruthy();
    expect(await kinds(comms)).toContain('ASSIGNMENT_TAKEN_UP');
    const again = await takeUp(task.id, ann);
    expect(reasonOf(again)).toBe('ALREADY_ON_TASK');

    // Bo takes the last seat; Cy finds it full and nothing of Cy's is stored.
    ok(await takeUp(task.id, bo));
    const full = await takeUp(task.id, cy);
    expect(codeOf(full)).toBe('CONFLICT');
    expect(reasonOf(full)).toBe('TASK_FULL');
    expect(full.errors![0].message).toBe('Every seat is taken: join the waitlist instead');
    const afterFull = ok(await t.gql(TASK, { id: task.id }, comms.accessToken)).commsTask;
    expect(afterFull).toMatchObject({ status: 'FILLED', seatsTaken: 2 });
    const everyone = ok(await t.gql(TASK_ASSIGNMENTS, { taskId: task.id }, comms.accessToken)).taskAssignments;
    expect(everyone.edges.map((e: { node: { memberId: string } }) => e.node.memberId).sort()).toEqual(
      [ann.member.id, bo.member.id].sort(),
    );
    // A foreign organisation's member cannot see it; a draft reads as missing.
    expect(codeOf(await takeUp(task.id, outsider))).toBe('NOT_FOUND');
    const draft = ok(
      await t.gql(CREATE_TASK, { input: taskInput({ title: 'Not yet', takeUpDirectly: true }) }, comms.accessToken),
    ).createCommsTask;
    expect(codeOf(await takeUp(draft.id, ann))).toBe('NOT_FOUND');

    // Ann writes her own completion report; comms endorse it with feedback.
    const report = ok(
      await t.gql(
        MARK_ASSIGNMENT_DONE,
        {
          input: {
            assignmentId: annTook.id,
            workDone: 'Took 40 photos at the reopening and picked the best six.',
            impact: 'Used in the press release and on the intranet front page.',
            hoursContributed: 2.5,
          },
        },
        ann.accessToken,
      ),
    ).markAssignmentDone;
    expect(report).toMatchObject({
      status: 'COMPLETED',
      workDone: 'Took 40 photos at the reopening and picked the best six.',
      hoursContributed: 2.5,
      endorsedAt: null,
    });
    const endorsed = ok(
      await t.gql(
        COMPLETE_ASSIGNMENT,
        { input: { assignmentId: annTook.id, feedback: 'Lovely pictures.' } },
        comms.accessToken,
      ),
    ).completeAssignment;
    expect(endorsed).toMatchObject({
      feedback: 'Lovely pictures.',
      workDone: 'Took 40 photos at the reopening and picked the best six.',
      impact: 'Used in the press release and on the intranet front page.',
      hoursContributed: 2.5,
    });
    expect(endorsed.endorsedAt).toBeTruthy();
  });

  it('says a full task is full, with the reason TASK_FULL', async () => {
    const task = await openTask({ title: 'One-seat photo walk', seats: 1 });
    const toAnn = ok(await offer(task.id, ann)).offerTask;
    const toBo = ok(await offer(task.id, bo)).offerTask;
    ok(await accept(toAnn.id, ann));
    const full = await accept(toBo.id, bo);
    expect(full.errors![0].extensions).toMatchObject({ code: 'CONFLICT', status: 'FILLED', reason: 'TASK_FULL' });
  });

  it('hands a freed seat to the first on the waitlist, and tells them', async () => {
    const task = await openTask({ title: 'Boost your blog workshop', kind: 'WORKSHOP', seats: 1 });
    // Interest in an open task: comms are told and may turn it into an offer.
    const interest = ok(await t.gql(EXPRESS_INTEREST, { taskId: task.id }, dee.accessToken)).expressInterestInTask;
    expect(interest.status).toBe('INTERESTED');
    expect(await kinds(comms)).toContain('TASK_INTEREST');
    const offered = ok(await offer(task.id, dee)).offerTask;
    expect(offered).toMatchObject({ id: interest.id, status: 'OFFERED' });
    ok(await accept(offered.id, dee));
    expect(ok(await t.gql(TASK, { id: task.id }, ann.accessToken)).commsTask.status).toBe('FILLED');

    // Full: Bo, then Cy, then Ann join the waitlist, in that order.
    for (const who of [bo, cy, ann]) {
      const res = ok(await t.gql(EXPRESS_INTEREST, { taskId: task.id }, who.accessToken)).expressInterestInTask;
      expect(res.status).toBe('WAITLISTED');
    }
    const twice = await t.gql(EXPRESS_INTEREST, { taskId: task.id }, bo.accessToken);
    expect(codeOf(twice)).toBe('CONFLICT');
    const line = ok(await t.gql(TASK_WAITLIST, { taskId: task.id }, comms.accessToken)).taskWaitlist;
    expect(line.map((a: { memberId: string }) => a.memberId)).toEqual([bo.member.id, cy.member.id, ann.member.id]);
    expect(codeOf(await t.gql(TASK_WAITLIST, { taskId: task.id }, bo.accessToken))).toBe('FORBIDDEN');

    // Dee steps back: the seat goes to Bo, first in line, who is told.
    ok(await t.gql(WITHDRAW_ASSIGNMENT, { input: { assignmentId: offered.id } }, dee.accessToken));
    const bos = ok(await t.gql(MY_ASSIGNMENTS, { statuses: ['ACCEPTED'] }, bo.accessToken)).myAssignments;
    expect(bos.edges.map((e: { node: { taskId: string } }) => e.node.taskId)).toContain(task.id);
    expect(await kinds(bo)).toContain('WAITLIST_SEAT');
    expect(await kinds(cy)).not.toContain('WAITLIST_SEAT');
    expect(ok(await t.gql(TASK, { id: task.id }, comms.accessToken)).commsTask).toMatchObject({
      status: 'FILLED',
      seatsTaken: 1,
    });
    // Cy leaves the line; a new seat then goes to Ann, next in line.
    const cyEntry = line[1].id as string;
    ok(await t.gql(WITHDRAW_ASSIGNMENT, { input: { assignmentId: cyEntry } }, cy.accessToken));
    const grown = ok(await t.gql(UPDATE_TASK, { input: { id: task.id, seats: 2 } }, comms.accessToken)).updateCommsTask;
    expect(grown).toMatchObject({ seats: 2, seatsTaken: 2, status: 'FILLED' });
    const everyone = ok(
      await t.gql(TASK_ASSIGNMENTS, { taskId: task.id, statuses: ['ACCEPTED'] }, comms.accessToken),
    ).taskAssignments;
    expect(everyone.edges.map((e: { node: { memberId: string } }) => e.node.memberId).sort()).toEqual(
      [bo.member.id, ann.member.id].sort(),
    );
    expect(ok(await t.gql(TASK_WAITLIST, { taskId: task.id }, comms.accessToken)).taskWaitlist).toEqual([]);
  });

  it('lists and filters tasks; members never see drafts', async () => {
    await t.gql(
      CREATE_TASK,
      {
        input: taskInput({ title: 'Secret draft', kind: 'CONTENT_CREATION', requiredSkills: [{ skillId: blogging }] }),
      },
      comms.accessToken,
    );
    const blogTask = await openTask({
      title: 'Write a blog series',
      kind: 'CONTENT_CREATION',
      remote: false,
      location: 'Town Hall',
      requiredSkills: [{ skillId: blogging, minLevel: 2 }],
    });
    const forMember = ok(await t.gql(TASKS, { filter: { kinds: ['CONTENT_CREATION'] } }, ann.accessToken)).commsTasks;
    expect(forMember.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Write a blog series']);
    const forComms = ok(await t.gql(TASKS, { filter: { kinds: ['CONTENT_CREATION'] } }, comms.accessToken)).commsTasks;
    expect(forComms.totalCount).toBe(2);
    const bySkill = ok(
      await t.gql(TASKS, { filter: { skillId: blogging, statuses: ['OPEN'] } }, ann.accessToken),
    ).commsTasks;
    expect(bySkill.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([blogTask.id]);
    const onSite = ok(await t.gql(TASKS, { filter: { remote: false, search: 'blog' } }, ann.accessToken)).commsTasks;
    expect(onSite.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([blogTask.id]);
    const paged = ok(await t.gql(TASKS, { first: 2 }, ann.accessToken)).commsTasks;
    expect(paged.edges).toHaveLength(2);
    expect(paged.pageInfo.hasNextPage).toBe(true);
    const next = ok(await t.gql(TASKS, { first: 2, after: paged.pageInfo.endCursor }, ann.accessToken)).commsTasks;
    expect(next.edges[0].node.id).not.toBe(paged.edges[1].node.id);
    expect(ok(await t.gql(TASKS, {}, outsider.accessToken)).commsTasks.totalCount).toBe(0);
  });

  it('delivers offer notifications live to their member only, never to another member or organisation', async () => {
    const forAnn: Live[] = [];
    const forBo: Live[] = [];
    const forOutsider: Live[] = [];
    const subs = [
      subscribe(url, ann.accessToken, forAnn),
      subscribe(url, bo.accessToken, forBo),
      subscribe(url, outsider.accessToken, forOutsider),
    ];
    await Promise.all(subs.map((s) => s.ready));
    await new Promise((r) => setTimeout(r, 200)); // subscriptions registered

    const task = await openTask({ title: 'Live offer' });
    const a = ok(await offer(task.id, ann)).offerTask;
    await eventually(() => forAnn.length > 0);
    expect(forAnn[0].notificationAdded).toMatchObject({
      kind: 'ASSIGNMENT_OFFERED',
      title: 'You have been offered “Live offer”',
      data: { taskId: task.id, assignmentId: a.id },
    });
    // The outsider's own organisation offers them something: Ann and Bo hear nothing of it.
    const theirs = ok(
      await t.gql(CREATE_TASK, { input: taskInput({ title: 'Elsewhere' }) }, outsider.accessToken),
    ).createCommsTask;
    ok(await t.gql(OPEN_TASK, { id: theirs.id }, outsider.accessToken));
    ok(await t.gql(OFFER_TASK, { input: { taskId: theirs.id, memberId: outsider.member.id } }, outsider.accessToken));
    await eventually(() => forOutsider.length > 0);
    expect(forOutsider.map((n) => n.notificationAdded.title)).toEqual(['You have been offered “Elsewhere”']);
    await new Promise((r) => setTimeout(r, 300));
    expect(forAnn).toHaveLength(1);
    expect(forBo).toEqual([]);
    for (const s of subs) await s.client.dispose();
  });
});
