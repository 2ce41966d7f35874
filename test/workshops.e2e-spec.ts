import { QueueName } from '@crowdcomms/queue';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import {
  ACCEPT_ASSIGNMENT,
  CANCEL_WORKSHOP_REGISTRATION,
  CANDIDATES_WITH_MEMBERS,
  CREATE_CALL,
  CREATE_TASK,
  LOOKUP_SKILLS,
  MOVE_SIGN_UP,
  MY_WORKSHOP_SUGGESTIONS,
  OFFER_TASK,
  OPEN_CALL,
  OPEN_TASK,
  PROPOSE_ASSIGNMENTS,
  REGISTER_FOR_WORKSHOP,
  SIGN_UP_AS_AMBASSADOR,
  UPDATE_MY_PROFILE,
  UPDATE_TASK,
  WORKSHOP,
  WORKSHOP_ATTENDANCE,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin, waitForMail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const MY_NOTIFICATIONS = `query { myNotifications(first: 50) { edges { node { kind title data } } } }`;
const PLAN_MEMBERS = `query PlanMembers($id: ID!) { matchPlan(id: $id) { status lines { memberId member { id user { displayName } } } } }`;
const HOUR = 3_600_000;

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * "Boost your blog": a blogger facilitates a workshop for colleagues who want
 * to develop their blogging. The facilitator is matched and takes the seat;
 * attendees register for three places (the fourth waits and is promoted when
 * one cancels); the day before, each attendee gets exactly one reminder.
 */
describe('workshops: a facilitator, attendees, a waitlist and the day-before reminder', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Session;
  let comms: Session;
  let bea: Session; // the blogger who facilitates
  let cy: Session; // an ambassador who wants to learn blogging: an attendee, never the facilitator
  let ann: Session;
  let bo: Session;
  let dee: Session;
  let outsider: Session;
  let blogging: string;
  let workshopId: string;

  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const failure = (res: GraphQLResponse) => ({
    code: res.errors?.[0]?.extensions?.code,
    reason: res.errors?.[0]?.extensions?.reason,
    field: res.errors?.[0]?.extensions?.field,
  });
  const register = (who: Session, taskId = workshopId) => t.gql(REGISTER_FOR_WORKSHOP, { taskId }, who.accessToken);
  const workshop = async (who: Session) => ok(await t.gql(WORKSHOP, { id: workshopId }, who.accessToken)).commsTask;
  const attendance = async () =>
    ok(await t.gql(WORKSHOP_ATTENDANCE, { taskId: workshopId }, comms.accessToken)).workshopAttendance;
  const names = (list: { member: { user: { displayName: string } } }[]) => list.map((r) => r.member.user.displayName);
  const createOpen = async (input: Record<string, unknown>) => {
    const created = ok(await t.gql(CREATE_TASK, { input }, comms.accessToken)).createCommsTask;
    ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken));
    return created.id as string;
  };
  const runReminders = async (now: Date) => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.WORKSHOPS), { strict: false });
    const job = await queue.add(
      'workshop-reminders',
      { organisationId: admin.organisation.id, now: now.toISOString() },
      { jobId: `test-reminders-${Math.random()}` },
    );
    const deadline = Date.now() + 20000;
    while (!(await job.isCompleted())) {
      if (Date.now() > deadline || (await job.isFailed())) {
        throw new Error(`workshop-reminders job: ${(await queue.getJob(job.id!))?.failedReason}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return (await queue.getJob(job.id!))!.returnvalue as { sent: number };
  };
  const reminderMails = async (who: Session): Promise<number> =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM email_message WHERE to_address = $1 AND subject = $2`, [
        who.user.email,
        'Reminder: Boost your blog is tomorrow',
      ])
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    worker = await t.startWorker();
    admin = await signUpAdmin(t, 'Harbour Council');
    [comms, bea, cy, ann, bo, dee] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'bea', ['MEMBER'], { department: 'Planning' }),
      inviteAndJoin(t, admin, 'cy', ['MEMBER'], { department: 'Libraries' }),
      inviteAndJoin(t, admin, 'ann', ['MEMBER'], { department: 'Housing' }),
      inviteAndJoin(t, admin, 'bo', ['MEMBER'], { department: 'Parks' }),
      inviteAndJoin(t, admin, 'dee', ['MEMBER'], { department: 'Museums' }),
    ]);
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'otto');
    const found = ok(await t.gql(LOOKUP_SKILLS, { name: 'Blogging', first: 10 }, admin.accessToken)).lookupSkills as {
      id: string;
      slug: string;
    }[];
    blogging = found.find((s) => s.slug === 'blogging')!.id;

    const call = ok(
      await t.gql(
        CREATE_CALL,
        { input: { title: 'Digital ambassadors', pitch: 'Help us get our news out.', skillIds: [blogging] } },
        comms.accessToken,
      ),
    ).createAmbassadorCall;
    ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken));
    const ambassador = async (who: Session, profile: Record<string, unknown>) => {
      const signUp = ok(
        await t.gql(
          SIGN_UP_AS_AMBASSADOR,
          { input: { callId: call.id, motivation: 'Happy to help.' } },
          who.accessToken,
        ),
      ).signUpAsAmbassador;
      ok(await t.gql(UPDATE_MY_PROFILE, { input: profile }, who.accessToken));
      ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'TALKED' } }, comms.accessToken));
      ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'ACTIVE' } }, comms.accessToken));
    };
    await ambassador(bea, {
      availableHoursPerMonth: 6,
      skills: [{ skillId: blogging, level: 4 }],
      links: [{ kind: 'BLOG', url: 'https://blog.example.org/' }],
    });
    await ambassador(cy, { availableHoursPerMonth: 6, wantsToDevelop: [blogging] });
    for (const learner of [ann, bo]) {
      ok(await t.gql(UPDATE_MY_PROFILE, { input: { wantsToDevelop: [blogging] } }, learner.accessToken));
    }
  });
  afterAll(() => t?.close());

  it('comms create the workshop; the blogger is matched and takes the facilitator seat, by name', async () => {
    workshopId = await createOpen({
      title: 'Boost your blog',
      kind: 'WORKSHOP',
      description: 'An hour on writing posts people finish.',
      requiredSkills: [{ skillId: blogging, minLevel: 3, weight: 1 }],
      effortHours: 2,
      seats: 1,
      attendeeCapacity: 3,
      startsAt: new Date(Date.now() + 3 * 24 * HOUR).toISOString(),
      remote: false,
      location: 'Civic Centre, room 4.12',
      onlineLink: 'https://meet.example.org/boost-your-blog',
    });
    const candidates = await eventually(
      async () =>
        ok(await t.gql(CANDIDATES_WITH_MEMBERS, { taskId: workshopId, first: 10 }, comms.accessToken))
          .candidatesForTask as { memberId: string; member: { department: string; user: { displayName: string } } }[],
      (c) => c.length > 0,
    );
    // Names, not ids: the candidate comes with the member. Wanting to learn blogging makes cy an attendee, not a facilitator.
    expect(candidates.map((c) => [c.member.user.displayName, c.member.department])).toEqual([
      ['bea person', 'Planning'],
    ]);

    const plan = ok(await t.gql(PROPOSE_ASSIGNMENTS, {}, comms.accessToken)).proposeAssignments;
    const ready = await eventually(
      async () =>
        ok(await t.gql(PLAN_MEMBERS, { id: plan.id }, comms.accessToken)).matchPlan as {
          status: string;
          lines: { member: { user: { displayName: string } } }[];
        },
      (p) => p.status !== 'PENDING',
    );
    // A plan line names its volunteer too.
    expect(ready.lines.map((l) => l.member.user.displayName)).toContain('bea person');

    const offered = ok(
      await t.gql(OFFER_TASK, { input: { taskId: workshopId, memberId: bea.member.id } }, comms.accessToken),
    ).offerTask;
    ok(await t.gql(ACCEPT_ASSIGNMENT, { id: offered.id }, bea.accessToken));
    const task = await workshop(comms);
    expect(task).toMatchObject({ seatsTaken: 1, status: 'FILLED', attendeeCapacity: 3, attendeesRegistered: 0 });
  });

  it('suggests the workshop to those who want to develop blogging, saying why', async () => {
    const suggestions = ok(await t.gql(MY_WORKSHOP_SUGGESTIONS, { first: 5 }, ann.accessToken)).myWorkshopSuggestions;
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].task.title).toBe('Boost your blog');
    expect(suggestions[0].reasons).toEqual(expect.arrayContaining(['wants to develop Blogging', '3 places left']));
    expect(suggestions[0].explanation).toContain('wants to develop Blogging');
    // The facilitator and someone with no wish to learn blogging are not told to attend.
    expect(ok(await t.gql(MY_WORKSHOP_SUGGESTIONS, {}, bea.accessToken)).myWorkshopSuggestions).toEqual([]);
    expect(ok(await t.gql(MY_WORKSHOP_SUGGESTIONS, {}, dee.accessToken)).myWorkshopSuggestions).toEqual([]);
  });

  it('three attendees get the places; of two at once for the last, one gets it and one is waitlisted', async () => {
    expect(ok(await register(ann)).registerForWorkshop).toMatchObject({ status: 'REGISTERED', waitlistPosition: null });
    expect(ok(await register(bo)).registerForWorkshop.status).toBe('REGISTERED');
    const [cyResult, deeResult] = await Promise.all([register(cy), register(dee)]);
    const statuses = [ok(cyResult).registerForWorkshop, ok(deeResult).registerForWorkshop];
    expect(statuses.map((s) => s.status).sort()).toEqual(['REGISTERED', 'WAITLISTED']);
    const waiting = statuses.find((s) => s.status === 'WAITLISTED')!;
    expect(waiting.waitlistPosition).toBe(1);

    const seen = await workshop(ann);
    expect(seen).toMatchObject({ attendeeCapacity: 3, attendeesRegistered: 3, attendeePlacesLeft: 0 });
    expect(seen.myWorkshopRegistration.status).toBe('REGISTERED');
    const list = await attendance();
    expect(names(list.registered).sort()).toEqual(
      ['ann person', 'bo person', waiting.memberId === cy.member.id ? 'dee person' : 'cy person'].sort(),
    );
    expect(list.waitlist).toHaveLength(1);
    expect(list.waitlist[0]).toMatchObject({ memberId: waiting.memberId, waitlistPosition: 1 });
    const stored = await t.db.query(
      `SELECT attendees_registered FROM comms_task WHERE organisation_id = $1 AND id = $2`,
      [admin.organisation.id, workshopId],
    );
    expect(stored[0].attendees_registered).toBe(3);
  });

  it('refuses bad registrations with clear codes, and keeps what is stored', async () => {
    expect(failure(await register(ann))).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
    const waiting = (await attendance()).waitlist[0].memberId === cy.member.id ? cy : dee;
    expect(failure(await register(waiting))).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });

    const tidyUp = await createOpen({
      title: 'Tidy the planning pages',
      kind: 'CONTENT_TIDY_UP',
      effortHours: 2,
      seats: 1,
    });
    expect(failure(await register(ann, tidyUp))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_A_WORKSHOP' });
    const past = await createOpen({
      title: 'Last month’s blog clinic',
      kind: 'WORKSHOP',
      effortHours: 1,
      seats: 1,
      attendeeCapacity: 10,
      startsAt: new Date(Date.now() - 24 * HOUR).toISOString(),
    });
    expect(failure(await register(ann, past))).toMatchObject({ code: 'CONFLICT', reason: 'WORKSHOP_PAST' });

    // Capacity below the places taken is refused at the field; nothing changes.
    expect(
      failure(await t.gql(UPDATE_TASK, { input: { id: workshopId, attendeeCapacity: 2 } }, comms.accessToken)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeCapacity' });
    expect(
      failure(
        await t.gql(
          CREATE_TASK,
          { input: { title: 'Not a workshop', kind: 'OTHER', effortHours: 1, seats: 1, attendeeCapacity: 5 } },
          comms.accessToken,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeCapacity' });
    expect(await workshop(comms)).toMatchObject({ attendeeCapacity: 3, attendeesRegistered: 3 });

    // Another organisation's workshop reads as missing; only comms see the attendee list.
    expect(failure(await register(outsider)).code).toBe('NOT_FOUND');
    expect(failure(await t.gql(CANCEL_WORKSHOP_REGISTRATION, { taskId: workshopId }, outsider.accessToken)).code).toBe(
      'NOT_FOUND',
    );
    // (The outsider is their own organisation's admin: the list of ours is missing to them, not forbidden.)
    expect(failure(await t.gql(WORKSHOP_ATTENDANCE, { taskId: workshopId }, outsider.accessToken)).code).toBe(
      'NOT_FOUND',
    );
    expect(failure(await t.gql(WORKSHOP_ATTENDANCE, { taskId: workshopId }, ann.accessToken)).code).toBe('FORBIDDEN');
    expect(failure(await register(ann, '7a4f1c7e-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
    expect(failure(await t.gql(CANCEL_WORKSHOP_REGISTRATION, { taskId: tidyUp }, ann.accessToken)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a cancellation hands the place at once to the first person waiting, who is told', async () => {
    const waiting = (await attendance()).waitlist[0].memberId === cy.member.id ? cy : dee;
    const cancelled = ok(
      await t.gql(CANCEL_WORKSHOP_REGISTRATION, { taskId: workshopId }, bo.accessToken),
    ).cancelWorkshopRegistration;
    expect(cancelled.status).toBe('CANCELLED');
    // Promoted in the same transaction: the next read already shows it.
    const list = await attendance();
    expect(list.waitlist).toEqual([]);
    expect(list.registered.map((r: { memberId: string }) => r.memberId)).toContain(waiting.member.id);
    expect((await workshop(waiting)).myWorkshopRegistration.status).toBe('REGISTERED');
    expect((await workshop(bo)).myWorkshopRegistration).toBeNull();
    const told = ok(await t.gql(MY_NOTIFICATIONS, {}, waiting.accessToken)).myNotifications.edges.map(
      (e: { node: { kind: string } }) => e.node.kind,
    );
    expect(told).toContain('WORKSHOP_PLACE');
    await waitForMail(t, waiting.user.email, 10000, 'you were first on the waitlist');
  });

  it('the day before, the reminder job sends each attendee exactly one reminder, however often it runs', async () => {
    const startsAt = new Date(Date.now() + 20 * HOUR);
    ok(await t.gql(UPDATE_TASK, { input: { id: workshopId, startsAt: startsAt.toISOString() } }, comms.accessToken));
    // Two days before, nothing is due.
    expect(await runReminders(new Date(Date.now() - 30 * HOUR))).toEqual({ sent: 0 });
    expect(await runReminders(new Date())).toEqual({ sent: 3 });
    expect(await runReminders(new Date())).toEqual({ sent: 0 });
    const attendees = (await attendance()).registered.map((r: { memberId: string }) => r.memberId);
    const sessions = [ann, cy, dee].filter((s) => attendees.includes(s.member.id));
    expect(sessions).toHaveLength(3);
    for (const who of sessions) {
      expect(await reminderMails(who)).toBe(1);
      const reminders = ok(await t.gql(MY_NOTIFICATIONS, {}, who.accessToken)).myNotifications.edges.filter(
        (e: { node: { kind: string } }) => e.node.kind === 'WORKSHOP_REMINDER',
      );
      expect(reminders).toHaveLength(1);
    }
    const mail = await waitForMail(t, ann.user.email, 10000, 'Reminder: Boost your blog is tomorrow');
    expect(mail).toContain('Civic Centre, room 4.12');
    expect(mail).toContain('https://meet.example.org/boost-your-blog');
    // Who cancelled, and the facilitator, get none.
    expect(await reminderMails(bo)).toBe(0);
    expect(await reminderMails(bea)).toBe(0);
  });
});
