import { MatchingProcessor } from '@crowdcomms/matching';
import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { DataSource, QueryRunner } from 'typeorm';
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
import { SpawnedApp, spawnApp } from './utils/spawned-app';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The BullMQ worker behind the matching processor of a worker app. */
function matchingWorker(app: INestApplicationContext): Worker {
  return app.get(MatchingProcessor, { strict: false }).worker;
}

/**
 * The first worker runs in a process of its own and is SIGKILLed while its
 * recompute waits for the organisation's matching lock, which the test holds:
 * the job is provably mid-way, and nothing of that worker can finish it later.
 */
describe('matching: a worker killed mid-job', () => {
  let t: TestApp;
  let first: SpawnedApp;
  let matchingLock: QueryRunner | undefined;
  let admin: Session;
  let comms: Session;
  let vera: Session;
  let db: DataSource;
  let queue: Queue;
  let blog = '';
  let tidy = '';
  let workshop = '';

  const ok = <T = Record<string, any>>(res: GraphQLResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const skillId = async (name: string, slug: string) => {
    const res = await t.gql(LOOKUP_SKILLS, { name, first: 10 }, admin.accessToken);
    return (res.data!.lookupSkills as { id: string; slug: string }[]).find((s) => s.slug === slug)!.id;
  };
  const topTask = async () =>
    (ok(await t.gql(MY_MATCHED_TASKS, { first: 3 }, vera.accessToken)).myMatchedTasks as { task: { id: string } }[])[0]
      ?.task.id;
  const matchNotifications = () =>
    db.query<{ count: number; data: { taskIds: string } }[]>(
      `SELECT count, data FROM notification WHERE recipient_membership_id = $1 AND kind = 'MATCHES_CHANGED'`,
      [vera.member.id],
    );

  beforeAll(async () => {
    t = await createTestApp();
    db = t.db;
    queue = t.app.get<Queue>(getQueueToken(QueueName.MATCHING));
    admin = await signUpAdmin(t, 'Harbour Council');
    [comms, vera] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'vera'),
    ]);
    blog = await skillId('Blogging', 'blogging');
    tidy = await skillId('Content tidy-up', 'content-tidy-up');
    const call = ok(
      await t.gql(
        CREATE_CALL,
        { input: { title: 'Ambassadors', pitch: 'Help us.', skillIds: [blog] } },
        comms.accessToken,
      ),
    ).createAmbassadorCall;
    ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken));
    const signUp = ok(
      await t.gql(SIGN_UP_AS_AMBASSADOR, { input: { callId: call.id, motivation: 'Yes.' } }, vera.accessToken),
    ).signUpAsAmbassador;
    ok(
      await t.gql(
        UPDATE_MY_PROFILE,
        { input: { availableHoursPerMonth: 10, skills: [{ skillId: tidy, level: 4 }] } },
        vera.accessToken,
      ),
    );
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'TALKED' } }, comms.accessToken));
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'ACTIVE' } }, comms.accessToken));
    for (const [title, kind, skill] of [
      ['Tidy up the planning pages', 'CONTENT_TIDY_UP', tidy],
      ['Boost your blog', 'WORKSHOP', blog],
    ] as const) {
      const created = ok(
        await t.gql(
          CREATE_TASK,
          { input: { title, kind, effortHours: 2, seats: 2, requiredSkills: [{ skillId: skill, minLevel: 2 }] } },
          comms.accessToken,
        ),
      ).createCommsTask;
      ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken));
      if (kind === 'WORKSHOP') workshop = created.id;
    }
    first = await spawnApp('worker', {}, 'Worker ready');
  }, 300_000);
  afterAll(async () => {
    if (first?.child.exitCode === null) first.child.kill('SIGKILL');
    await matchingLock?.release();
    await t.close();
  });

  it('leaves the job to another worker: one set of suggestions and one notification', async () => {
    await eventually(topTask, (id) => id !== undefined);
    // Let the setup's jobs settle first.
    await eventually(
      async () => (await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized')) as Record<string, number>,
      (counts) => Object.values(counts).every((n) => n === 0),
    );
    await eventually(
      async () => db.query(`SELECT count(*)::int AS n FROM outbox_entry WHERE dispatched_at IS NULL`),
      (rows: { n: number }[]) => rows[0].n === 0,
    );
    const [before] = await eventually(matchNotifications, (n) => n.length === 1);

    // Hold the lock every recompute of this organisation takes first.
    matchingLock = db.createQueryRunner();
    await matchingLock.startTransaction();
    await matchingLock.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`matching:${admin.organisation.id}`]);

    // The edit makes the blog workshop her best match; kill the worker while its recompute waits for the lock.
    ok(await t.gql(UPDATE_MY_PROFILE, { input: { skills: [{ skillId: blog, level: 5 }] } }, vera.accessToken));
    const [job] = await eventually(
      () => queue.getActive(),
      (jobs) => jobs.some((j) => j.name === 'recompute-volunteer'),
    );
    await eventually(
      () =>
        db.query(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                   WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted`),
      (rows: { n: number }[]) => rows[0].n >= 1,
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await matchingLock.rollbackTransaction();

    const second = await t.startWorker();
    const finishedBy: string[] = [];
    matchingWorker(second).on('completed', (done) => finishedBy.push(done.id!));
    await eventually(topTask, (id) => id === workshop);
    await eventually(
      async () => queue.getJobState(job.id!),
      (state) => state === 'completed',
    );
    // The second worker found the job stalled and finished it.
    expect(finishedBy).toContain(job.id);
    expect((await queue.getJob(job.id!))!.stalledCounter).toBeGreaterThanOrEqual(1);

    const suggestions: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM match_suggestion WHERE membership_id = $1 GROUP BY task_id`,
      [vera.member.id],
    );
    expect(suggestions.every((s) => s.n === 1)).toBe(true);
    const after = await matchNotifications();
    expect(after).toHaveLength(1);
    // Exactly one more "matches changed" event, however many times the job ran.
    expect(after[0].count).toBe(before.count + 1);
    expect(after[0].data.taskIds.split(',')[0]).toBe(workshop);
  }, 60_000);
});
