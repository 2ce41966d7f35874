import { createServer } from 'node:net';
import { DataSource, QueryRunner } from 'typeorm';
import { MY_PROFILE, UPDATE_MY_PROFILE } from './utils/operations';
import { SpawnedApp, spawnApp } from './utils/spawned-app';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

/**
 * SIGTERM to an API replica in the middle of its work, as a deployment's
 * rolling restart sends it: it takes no new connection, and every request it
 * already holds completes and is answered.
 */
describe('the API stopped with SIGTERM under load', () => {
  let t: TestApp;
  let db: DataSource;
  let api: SpawnedApp;
  let url = '';
  let people: Session[] = [];
  let profileLock: QueryRunner | undefined;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.db; // the owner: sees what is stored, whatever the organisation
    const admin = await signUpAdmin(t, 'Northgate Council');
    people = await Promise.all(['ana', 'bea', 'cas', 'dev', 'eli', 'fay'].map((name) => inviteAndJoin(t, admin, name)));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = await spawnApp('api', { PORT: String(port), APP_URL: url, MIGRATIONS_RUN: 'false' }, 'Crowdcomms ready');
  }, 300_000);
  afterAll(async () => {
    if (api?.child.exitCode === null) api.child.kill('SIGKILL');
    await profileLock?.release();
    await t.close();
  });

  const post = (query: string, variables: Record<string, unknown>, token: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  const waitingOnLock = async () =>
    (
      await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )
    )[0].n;

  it('refuses new connections once it has stopped listening and answers every request in flight', async () => {
    // Every profile read and write waits behind this lock until the test lets go: the requests are provably in flight.
    profileLock = db.createQueryRunner();
    await profileLock.startTransaction();
    await profileLock.query('LOCK TABLE profile IN ACCESS EXCLUSIVE MODE');

    const inFlight = people.map((person, i) =>
      i % 2 === 0
        ? post(UPDATE_MY_PROFILE, { input: { availableHoursPerMonth: 10 + i } }, person.accessToken)
        : post(MY_PROFILE, {}, person.accessToken),
    );
    await eventually(waitingOnLock, (n) => n >= people.length, 'every request to wait on the lock');

    api.child.kill('SIGTERM');
    // The replica stops listening first and says so. A connection that reached it before then may still be
    // reset when it stops listening (the kernel's accept queue goes with the socket); every one after is refused,
    // so a load balancer sends it elsewhere rather than half-serving it.
    await eventually(
      () => Promise.resolve(api.output()),
      (output) => output.includes('SIGTERM: refusing new connections'),
      'the replica to stop listening',
    );
    expect(api.output()).toContain(`finishing ${people.length} request(s) in hand`);
    const refused = await fetch(`${url}/health/live`).then(
      () => 'answered',
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
    );
    expect(refused).toBe('ECONNREFUSED');
    expect(await waitingOnLock()).toBe(people.length); // still held, still waiting

    await profileLock.rollbackTransaction();
    const answers = await Promise.all(
      inFlight.map(async (response) => {
        const res = await response;
        return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown } };
      }),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toBeTruthy();
    }
    const saved = await db.query<{ hours: number }[]>(
      `SELECT available_hours_per_month AS hours FROM profile WHERE membership_id = ANY($1::uuid[])
        ORDER BY available_hours_per_month`,
      [people.filter((_, i) => i % 2 === 0).map((p) => p.member.id)],
    );
    expect(saved.map((row) => row.hours)).toEqual([10, 12, 14]);
    expect(await api.exited).toBe('SIGTERM');
  }, 90_000);
});
