import { TransactionalConnection } from '@crowdcomms/data-access';
import { isServiceUnavailable } from '@crowdcomms/errors';
import { forOrganisation } from '@crowdcomms/request-context';
import { ConsoleLogger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
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

  it('never carries a transaction on without its connection: the rest of it is refused, nothing is half-written', async () => {
    const [member] = members;
    const saved = await gql(UPDATE_MY_PROFILE, { input: { headline: 'As saved' } }, member.accessToken);
    expect(saved.errors).toBeUndefined();
    const db = t.app.get(TransactionalConnection);
    const headline = 'UPDATE profile SET headline = $2 WHERE membership_id = $1';

    const outcome = await db
      .transaction(forOrganisation(admin.organisation.id), async () => {
        await db.query(headline, [member.member.id, 'First half']);
        const runner = db.manager.queryRunner!;
        const [{ pid }] = await db.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
        // Lost between two statements: the driver hears of it while the transaction waits for its next step.
        await operator.query('SELECT pg_terminate_backend($1)', [pid]);
        await eventually(
          () => Promise.resolve(runner.isReleased),
          (released) => released,
          'the driver to drop the connection',
        );
        await db.query(headline, [member.member.id, 'Second half']);
      })
      .then(
        () => 'committed',
        (error: unknown) => error,
      );

    expect(isServiceUnavailable(outcome)).toBe(true);
    // Neither half: the second statement did not run on another connection, outside the transaction.
    const [stored] = await t.db.query<{ headline: string }[]>('SELECT headline FROM profile WHERE membership_id = $1', [
      member.member.id,
    ]);
    expect(stored.headline).toBe('As saved');
    expect(loggedErrors).toEqual([]);
  }, 60_000);

  it('survives a connection that fails as the pool hands it out, before its borrower listens', async () => {
    const [member] = members;
    const pool = (t.app.get(DataSource).driver as unknown as { master: EventEmitter }).master;
    // What node-postgres does when PostgreSQL's "terminating connection" arrives with no statement in
    // flight: the connection is no longer queryable and emits 'error'. Here it arrives just after the pool
    // handed the connection out, before the borrower's next step adds a listener: unheard, it would end the process.
    pool.once('acquire', (client: { connection: EventEmitter }) =>
      queueMicrotask(() =>
        client.connection.emit(
          'errorMessage',
          Object.assign(new Error('terminating connection due to administrator command'), {
            severity: 'FATAL',
            code: '57P01',
          }),
        ),
      ),
    );

    const caught = await gql(ME, {}, member.accessToken);
    expect(caught.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    const next = await gql(ME, {}, member.accessToken);
    expect(next.errors).toBeUndefined();
    expect(next.data?.me).toBeTruthy();
    expect(loggedErrors).toEqual([]);
  }, 60_000);
});
