import { Client } from 'pg';
import { databaseUrl } from './utils/test-database';
import { MY_PROFILE, PEOPLE_SEARCH, PEOPLE_SEARCH_FACETS, UPDATE_MY_PROFILE } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * With DATABASE_REPLICA_URL set, people search and its facets read from the streaming replica and
 * everything else stays on the primary. `npm test` runs this file with a real standby made from its
 * PostgreSQL (scripts/services.mjs startReplica), asynchronous here as in production: pausing the
 * standby's replay shows which reads go where.
 */
describe('a read replica for people search', () => {
  let t: TestApp;
  let replica: Client;
  let admin: Session;
  let hr: Session;
  let member: Session;

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function replicaCaughtUp(): Promise<void> {
    const [{ lsn }] = await t.db.query<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn');
    for (;;) {
      const { rows } = await replica.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [
        lsn,
      ]);
      if (rows[0].done) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function searchFor(query: string): Promise<string[]> {
    const res = await t.gql<{ peopleSearch: { edges: { node: { displayName: string } }[] } }>(
      PEOPLE_SEARCH,
      { query },
      hr.accessToken,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.peopleSearch.edges.map((e) => e.node.displayName);
  }

  beforeAll(async () => {
    t = await createTestApp({}, { asynchronousReplica: true });
    replica = new Client({ connectionString: databaseUrl(process.env.TEST_REPLICA_URL!, 'postgres') });
    await replica.connect();
    admin = await signUpAdmin(t, 'Replica Council');
    hr = await inviteAndJoin(t, admin, 'hattie', ['HR', 'MEMBER'], { department: 'People' });
    member = await inviteAndJoin(t, admin, 'nadia', ['MEMBER'], { department: 'Comms' });
    const saved = await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Lantern walks' } }, member.accessToken);
    expect(saved.errors).toBeUndefined();
    await replicaCaughtUp();
  });

  afterAll(async () => {
    await replica?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await replica?.end();
    await t?.close();
  });

  it('is a standby that replays the primary', async () => {
    const { rows } = await replica.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
    expect(rows[0].standby).toBe(true);
    expect(await searchFor('lantern')).toEqual(['nadia person']);
  });

  it('serves search and facets from the replica, and the member’s own reads from the primary', async () => {
    await replica.query('SELECT pg_wal_replay_pause()');
    try {
      const saved = await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Podcast producer' } }, member.accessToken);
      expect(saved.errors).toBeUndefined();

      // The member reads their own write at once: that read is on the primary.
      const mine = await t.gql<{ myProfile: { headline: string } }>(MY_PROFILE, {}, member.accessToken);
      expect(mine.data!.myProfile.headline).toBe('Podcast producer');

      // Search trails on the paused replica: the old headline still matches, the new one not yet.
      expect(await searchFor('podcast')).toEqual([]);
      expect(await searchFor('lantern')).toEqual(['nadia person']);
      const facets = await t.gql<{ peopleSearch: { totalCount: number; facets: { departments: unknown[] } } }>(
        PEOPLE_SEARCH_FACETS,
        { query: 'podcast' },
        hr.accessToken,
      );
      expect(facets.data!.peopleSearch).toMatchObject({ totalCount: 0, facets: { departments: [] } });
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()');
    }

    await replicaCaughtUp();
    expect(await searchFor('podcast')).toEqual(['nadia person']);
    expect(await searchFor('lantern')).toEqual([]);
    const facets = await t.gql<{ peopleSearch: { facets: { departments: { value: string; count: number }[] } } }>(
      PEOPLE_SEARCH_FACETS,
      { query: 'podcast' },
      hr.accessToken,
    );
    expect(facets.data!.peopleSearch.facets.departments).toEqual([{ value: 'Comms', count: 1 }]);
  });
});
