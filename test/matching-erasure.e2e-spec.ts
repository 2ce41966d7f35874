import { MatchingLoader } from '@crowdcomms/matching';
import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  CREATE_CALL,
  CREATE_TASK,
  LOOKUP_SKILLS,
  MOVE_SIGN_UP,
  MY_MATCHED_TASKS,
  OPEN_CALL,
  OPEN_TASK,
  SIGN_UP_AS_AMBASSADOR,
  UPDATE_MY_PROFILE,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A matching recompute that read a volunteer just before they were erased must not write
 * suggestions or a notification for them afterwards (the erasure would miss them).
 */
describe('matching and erasure', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Session;
  let comms: Session;
  let wynn: Session; // will be erased
  let ivo: Session; // stays
  let blogSkill: string;
  let callId: string;

  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const becomeBlogger = async (who: Session) => {
    const signUp = ok(
      await t.gql(SIGN_UP_AS_AMBASSADOR, { input: { callId, motivation: 'Happy to help.' } }, who.accessToken),
    ).signUpAsAmbassador;
    ok(
      await t.gql(
        UPDATE_MY_PROFILE,
        { input: { availableHoursPerMonth: 6, skills: [{ skillId: blogSkill, level: 4 }] } },
        who.accessToken,
      ),
    );
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'TALKED' } }, comms.accessToken));
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'ACTIVE' } }, comms.accessToken));
  };
  const openTask = async (title: string) => {
    const input = {
      title,
      kind: 'WORKSHOP',
      requiredSkills: [{ skillId: blogSkill, minLevel: 2, weight: 1 }],
      effortHours: 2,
      seats: 4,
    };
    const created = ok(await t.gql(CREATE_TASK, { input }, comms.accessToken)).createCommsTask;
    ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken));
    return created.id as string;
  };
  const rowsNaming = async (membershipId: string) =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM match_suggestion WHERE membership_id = $1)::int AS suggestions,
                (SELECT count(*) FROM notification WHERE recipient_membership_id = $1 OR data::text LIKE '%' || $1 || '%')::int AS notifications`,
        [membershipId],
      )
    )[0] as { suggestions: number; notifications: number };

  beforeAll(async () => {
    t = await createTestApp({ ERASURE_COOLING_OFF_HOURS: '1' });
    worker = await t.startWorker();
    admin = await signUpAdmin(t, 'Matchmore Council');
    [comms, wynn, ivo] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'wynn'),
      inviteAndJoin(t, admin, 'ivo'),
    ]);
    const skills = ok(await t.gql(LOOKUP_SKILLS, { name: 'Blogging', first: 10 }, admin.accessToken)).lookupSkills;
    blogSkill = (skills as { id: string; slug: string }[]).find((s) => s.slug === 'blogging')!.id;
    callId = ok(
      await t.gql(
        CREATE_CALL,
        { input: { title: 'Digital ambassadors', pitch: 'Help us get our news out.', skillIds: [blogSkill] } },
        comms.accessToken,
      ),
    ).createAmbassadorCall.id;
    ok(await t.gql(OPEN_CALL, { id: callId }, comms.accessToken));
    await becomeBlogger(wynn);
    await becomeBlogger(ivo);
  }, 60_000);
  afterAll(() => t.close());

  it('skips a volunteer erased while a recompute that had read them was running', async () => {
    const workshop = await openTask('Boost your blog');
    for (const who of [wynn, ivo]) {
      await eventually(
        async () => ok(await t.gql(MY_MATCHED_TASKS, { first: 10 }, who.accessToken)).myMatchedTasks,
        (m: { task: { id: string } }[]) => m.some((x) => x.task.id === workshop),
      );
    }
    // Wynn's erasure stays in its cooling-off until the interruption below: the scheduled sweep of due erasures
    // (every quarter hour) must not carry it out before the recompute has read her.
    const { requestErasure } = ok(await t.gql('mutation { requestErasure { id } }', {}, wynn.accessToken));

    // The next recompute reads the volunteers, then Wynn's erasure is carried out and committed,
    // then the recompute goes on to write what it computed from what it had read.
    const loader = worker.get(MatchingLoader, { strict: false });
    const load = loader.load.bind(loader);
    const privacy = worker.get<Queue>(getQueueToken(QueueName.PRIVACY), { strict: false });
    let erasedMidway = false;
    const spy = jest.spyOn(loader, 'load').mockImplementation(async (...args) => {
      const inputs = await load(...args);
      // Only the first recompute of a task (it loads every volunteer) is interrupted.
      if (erasedMidway || args[1]?.membershipIds || !inputs.volunteers.some((v) => v.id === wynn.member.id)) {
        return inputs;
      }
      await t.db.query(`UPDATE privacy_request SET not_before = now() WHERE id = $1`, [requestErasure.id]);
      await privacy.add('erase', { organisationId: admin.organisation.id, requestId: requestErasure.id });
      await eventually(
        async () => (await t.db.query('SELECT status FROM privacy_request WHERE id = $1', [requestErasure.id]))[0],
        (row: { status: string }) => row.status === 'COMPLETED',
      );
      erasedMidway = true;
      return inputs;
    });
    try {
      // A second workshop: a recompute of it ranks both volunteers, and changes both their top matches.
      const second = await openTask('Write for the intranet blog');
      // The task's own recompute is the one interrupted; a volunteer's pending recompute may give Ivo the
      // task first, so wait for the interruption itself.
      await eventually(
        () => Promise.resolve(erasedMidway),
        (midway: boolean) => midway,
      );
      await eventually(
        async () => ok(await t.gql(MY_MATCHED_TASKS, { first: 10 }, ivo.accessToken)).myMatchedTasks,
        (m: { task: { id: string } }[]) => m.some((x) => x.task.id === second),
      );
    } finally {
      spy.mockRestore();
    }
    expect(erasedMidway).toBe(true);
    // Nothing was written for Wynn after the erasure; Ivo, still here, was told as usual.
    expect(await rowsNaming(wynn.member.id)).toEqual({ suggestions: 0, notifications: 0 });
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_membership_id = $1 AND kind = 'MATCHES_CHANGED'`,
      [ivo.member.id],
    );
    expect(n).toBeGreaterThanOrEqual(1);
    const receipt = (await t.db.query('SELECT receipt FROM privacy_request WHERE id = $1', [requestErasure.id]))[0];
    expect(receipt.receipt.deleted.membership).toBe(1);
  }, 60_000);
});
