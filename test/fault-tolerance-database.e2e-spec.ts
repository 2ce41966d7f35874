import { ConsoleLogger } from '@nestjs/common';
import { Client } from 'pg';
import { FEED, ME, UPDATE_MY_PROFILE } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/** "Did not hang" bound for one request: generous, since a loaded machine is slow, not frozen. */
const HANG_MS = 30_000;

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Every PostgreSQL connection of the app ends at once, mid-load (a failover, a
 * restart, an operator's `pg_terminate_backend`). The pool must not keep dead
 * connections: requests caught in flight fail with a clear error, the next ones
 * succeed.
 */
describe('when every database connection is terminated mid-load', () => {
  const MEMBERS = 6;
  let t: TestApp;
  let admin: Session;
  let members: Session[];
  let operator: Client;
  /** What the API logs as an error (a bug, with its stack): an outage must not produce any. */
  const loggedErrors: string[] = [];
  class ErrorCollector extends ConsoleLogger {
    override error(message: unknown, ...rest: unknown[]) {
      loggedErrors.push([message, ...rest].map(String).join(' ').slice(0, 2000));
    }
    override log() {}
    override warn() {}
    override debug() {}
    override verbose() {}
  }

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .timeout(HANG_MS)
      .send({ query, variables });
    return res.body as GraphQLResponse;
  };
  const readiness = async () => (await t.http().get('/health/ready').timeout(HANG_MS)).status;
  /** The app's sessions as PostgreSQL sees them (the operator's own excluded). */
  const backends = async () =>
    (
      await operator.query<{ pid: number; wait_event_type: string | null; query: string }>(
        `SELECT pid, wait_event_type, query FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      )
    ).rows;

  /** A mixed load: every member saves their profile, reads the feed and asks who they are. */
  const load = (round: string) =>
    Promise.all(
      members.flatMap((m, i) => [
        gql(UPDATE_MY_PROFILE, { input: { headline: `Round ${round}, colleague ${i}` } }, m.accessToken),
        gql(FEED, { first: 10 }, m.accessToken),
        gql(ME, {}, m.accessToken),
      ]),
    );

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '5' }, { logger: new ErrorCollector() });
    admin = await signUpAdmin(t, 'Northgate Council');
    members = await Promise.all(Array.from({ length: MEMBERS }, (_, i) => inviteAndJoin(t, admin, `colleague${i}`)));
    await t.startWorker();
    const url = new URL(process.env.DATABASE_URL!);
    operator = new Client({ connectionString: url.toString() });
    await operator.connect();
  }, 90_000);
  afterAll(async () => {
    await operator.end();
    await t.close();
  });

  it('fails the requests caught in flight with a clear error, then recovers by itself', async () => {
    expect((await load('one')).flatMap((a) => a.errors ?? [])).toEqual([]);

    // Hold the profiles table, so the profile saves of the next round are certainly mid-transaction.
    const holder = new Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    holder.on('error', () => undefined); // terminated along with the rest (its notice may come before the operator's answer)
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE profile IN ACCESS EXCLUSIVE MODE');
    const round = load('two');
    // Every connection of the API's pool (5) is then a profile save waiting on the table. (Counting any one
    // waiter is not enough: the worker's matching of round one can be the first to wait, before any save.)
    await eventually(
      async () =>
        (await backends()).filter((b) => b.wait_event_type === 'Lock' && b.query.includes('"Profile"')).length,
      (waiting) => waiting >= 5,
      'the API’s profile saves to be waiting in PostgreSQL',
    );

    const killed = await operator.query<{ pid: number }>(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    expect(killed.rowCount).toBeGreaterThan(1);
    await holder.end().catch(() => undefined);

    const answers = await round;
    const errors = answers.flatMap((a) => a.errors ?? []);
    expect(loggedErrors).toEqual([]);
    // At least the waiting saves were caught; whatever failed says so plainly.
    expect(errors.length).toBeGreaterThanOrEqual(1);
    for (const error of errors) {
      // With its path: should one slip through unmapped, the failure says which field (and the log above, what).
      expect({ path: error.path, ...error.extensions }).toEqual({ path: error.path, code: 'SERVICE_UNAVAILABLE' });
      expect(error.message).toBe('The service is briefly unavailable; try again in a moment');
    }

    await eventually(readiness, (status) => status === 200, 'readiness to report up');
    const after = await load('three');
    expect(after.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(after.filter((a) => a.data?.updateMyProfile).map((a) => a.data!.updateMyProfile.headline)).toEqual(
      members.map((_, i) => `Round three, colleague ${i}`),
    );
    // The worker's relay listens for new jobs again (it does not fall back to polling for good).
    await eventually(
      async () => (await backends()).some((b) => b.query === 'LISTEN outbox_entry'),
      (listening) => listening,
      'the outbox relay to listen again',
    );
  }, 90_000);
});
