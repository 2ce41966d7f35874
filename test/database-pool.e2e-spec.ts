import { TransactionalConnection } from '@crowdcomms/data-access';
import { ADD_COMMENT, CREATE_POST, REACT, UPDATE_MY_PROFILE } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/**
 * A launch-day burst on a small pool: every write that runs in a transaction
 * must use that transaction's connection, never wait for a second one from the
 * pool (which, with every connection held by a waiting transaction, never comes).
 */
describe('a burst of writes on a pool of five connections', () => {
  const MEMBERS = 60;
  let t: TestApp;
  let admin: Session;
  let members: Session[];
  let postId: string;

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '5' });
    admin = await signUpAdmin(t, 'Launch Day Council', 'launchadmin');
    members = [];
    // A few at a time: joining hashes a password, which is slow on purpose.
    for (let i = 0; i < MEMBERS; i += 6) {
      const batch = Array.from({ length: Math.min(6, MEMBERS - i) }, (_, j) =>
        inviteAndJoin(t, admin, `colleague${i + j}`),
      );
      members.push(...(await Promise.all(batch)));
    }
    const post = await t.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { body: 'Welcome to the ambassador programme! #launch' } },
      admin.accessToken,
    );
    postId = post.data!.createPost.id;
  }, 120_000);
  afterAll(() => t.close());

  /** Runs `burst` while polling readiness; returns every answer and every readiness status seen. */
  async function duringBurst<T>(burst: () => Promise<T[]>): Promise<{ answers: T[]; readiness: number[] }> {
    const readiness: number[] = [];
    let done = false;
    const poll = (async () => {
      while (!done) {
        const res = await t.http().get('/health/ready').timeout(60_000);
        readiness.push(res.status);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    try {
      return { answers: await burst(), readiness };
    } finally {
      done = true;
      await poll;
    }
  }

  /**
   * One GraphQL call with a generous bound (a loaded machine is slow, not frozen), so a frozen API fails
   * the test instead of hanging it.
   */
  async function gql(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse> {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .timeout(60_000)
      .send({ query, variables });
    return res.body as GraphQLResponse;
  }

  it('answers sixty first-time profile saves at once, and stays ready', async () => {
    const { answers, readiness } = await duringBurst(() =>
      Promise.all(
        members.map((m, i) =>
          gql(
            UPDATE_MY_PROFILE,
            { input: { headline: `Colleague ${i} — happy to help`, interests: ['blogging'] } },
            m.accessToken,
          ),
        ),
      ),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(answers.map((a) => a.data?.updateMyProfile?.headline)).toEqual(
      members.map((_, i) => `Colleague ${i} — happy to help`),
    );
    expect(readiness.length).toBeGreaterThan(0);
    expect(readiness.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);

  it('answers sixty reactions at once, and stays ready', async () => {
    const { answers, readiness } = await duringBurst(() =>
      Promise.all(members.map((m) => gql(REACT, { postId, kind: 'LIKE' }, m.accessToken))),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(answers.every((a) => a.data?.react?.myReaction === 'LIKE')).toBe(true);
    expect(readiness.filter((s) => s !== 200)).toEqual([]);
    const after = await gql(REACT, { postId, kind: 'LIKE' }, admin.accessToken);
    expect(after.data?.react?.reactionCount).toBe(MEMBERS + 1);
  }, 120_000);

  it('answers sixty comments that mention someone at once, and stays ready', async () => {
    const { answers, readiness } = await duringBurst(() =>
      Promise.all(
        members.map((m, i) =>
          gql(ADD_COMMENT, { input: { postId, body: `Count me in, @launchadmin.person (${i})` } }, m.accessToken),
        ),
      ),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(answers.filter((a) => a.data?.addComment?.id)).toHaveLength(MEMBERS);
    expect(readiness.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);

  it('runs the app sessions with a statement timeout and an idle-in-transaction timeout', async () => {
    const db = t.app.get(TransactionalConnection);
    const [row] = await db.query<{ statement: string; idle: string }[]>(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(row).toEqual({ statement: '30s', idle: '15s' });
  });
});
