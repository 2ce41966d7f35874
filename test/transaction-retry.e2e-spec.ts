import { TransactionalConnection } from '@crowdcomms/data-access';
import { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { retryTransaction } from '../libs/errors/src/transaction-retry';
import { createTestDatabase } from './utils/test-database';

/**
 * Two transactions that take the same rows in opposite orders deadlock for
 * real; PostgreSQL aborts one (40P01). Run through retryTransaction, the
 * victim runs again after the winner commits, and both changes are kept.
 * TransactionalConnection.transaction applies it to every outermost
 * transaction, so services never call it themselves.
 */
describe('deadlocks and serialization failures are retried', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 4 });
    await pool.query(`CREATE TABLE counter (id int PRIMARY KEY, hits int NOT NULL)`);
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  async function inTransaction(work: (client: PoolClient) => Promise<void>, isolation = 'READ COMMITTED') {
    const client = await pool.connect();
    try {
      await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  /** A one-shot barrier: both parties wait until both have arrived (only on the first attempt). */
  function barrier() {
    let arrived = 0;
    let release!: () => void;
    const all = new Promise<void>((r) => (release = r));
    return () => {
      arrived++;
      if (arrived === 2) release();
      return arrived <= 2 ? all : Promise.resolve();
    };
  }

  it('resolves a real deadlock: both transactions commit, one of them on its second run', async () => {
    await pool.query(`INSERT INTO counter VALUES (1, 0), (2, 0)`);
    const meet = barrier();
    let runs = 0;
    const crossing = (first: number, second: number) =>
      retryTransaction(() =>
        inTransaction(async (client) => {
          runs++;
          await client.query(`UPDATE counter SET hits = hits + 1 WHERE id = $1`, [first]);
          await meet();
          await client.query(`UPDATE counter SET hits = hits + 1 WHERE id = $1`, [second]);
        }),
      );
    await Promise.all([crossing(1, 2), crossing(2, 1)]);
    expect(runs).toBe(3);
    const { rows } = await pool.query(`SELECT id, hits FROM counter ORDER BY id`);
    expect(rows).toEqual([
      { id: 1, hits: 2 },
      { id: 2, hits: 2 },
    ]);
  });

  it('is what every service transaction does: a deadlock victim reruns its whole work, a joined transaction is not run apart', async () => {
    await pool.query(`TRUNCATE counter`);
    await pool.query(`INSERT INTO counter VALUES (1, 0), (2, 0)`);
    const dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize: 3 });
    await dataSource.initialize();
    try {
      const db = new TransactionalConnection(dataSource);
      const scope = { organisationId: '00000000-0000-4000-8000-000000000001' };
      const meet = barrier();
      let runs = 0;
      // The way services write: one outer transaction, and a service inside it that asks for its own.
      const crossing = (first: number, second: number) =>
        db.transaction(scope, async () => {
          runs++;
          await db.query(`UPDATE counter SET hits = hits + 1 WHERE id = $1`, [first]);
          await meet();
          await db.transaction(scope, () => db.query(`UPDATE counter SET hits = hits + 1 WHERE id = $1`, [second]));
        });
      await Promise.all([crossing(1, 2), crossing(2, 1)]);
      expect(runs).toBe(3);
      const { rows } = await pool.query(`SELECT id, hits FROM counter ORDER BY id`);
      expect(rows).toEqual([
        { id: 1, hits: 2 },
        { id: 2, hits: 2 },
      ]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('resolves a serialization failure under SERIALIZABLE', async () => {
    await pool.query(`TRUNCATE counter`);
    await pool.query(`INSERT INTO counter VALUES (1, 0), (2, 0)`);
    const meet = barrier();
    let runs = 0;
    // Each reads both rows and writes the other's sum into its own: no serial order explains both.
    const writeSkew = (mine: number) =>
      retryTransaction(() =>
        inTransaction(async (client) => {
          runs++;
          const { rows } = await client.query<{ total: number }>(`SELECT sum(hits)::int AS total FROM counter`);
          await meet();
          await client.query(`UPDATE counter SET hits = $2 WHERE id = $1`, [mine, rows[0].total + 1]);
        }, 'SERIALIZABLE'),
      );
    await Promise.all([writeSkew(1), writeSkew(2)]);
    expect(runs).toBe(3);
    const { rows } = await pool.query(`SELECT hits FROM counter ORDER BY hits`);
    expect(rows.map((r) => r.hits)).toEqual([1, 2]);
  });
});
