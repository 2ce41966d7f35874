import { dataSourceOptions } from '@crowdcomms/database';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './utils/test-database';

/** Tables whose rows are not organisation data, or are looked up across organisations by design. */
const CROSS_ORGANISATION_INDEXES = new Set([
  // "Which organisations do I belong to?" is asked by user, before any organisation is chosen.
  'membership_user_idx',
]);

/** Indexes whose every key starts with its organisation (a prefix of the id; rows are still checked against it). */
const ORGANISATION_IN_KEYS = new Set(['profile_search_keys_idx']);

describe('database schema', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('matches the entities exactly once the migrations have run', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('leads every index and unique key of organisation data with organisation_id', async () => {
    const rows: { table: string; index: string; definition: string }[] = await dataSource.query(`
      SELECT i.tablename AS table, i.indexname AS index, i.indexdef AS definition
        FROM pg_indexes i
        JOIN information_schema.columns c
          ON c.table_schema = i.schemaname AND c.table_name = i.tablename AND c.column_name = 'organisation_id'
       WHERE i.schemaname = 'public'`);
    expect(rows.length).toBeGreaterThan(5);
    const offenders = rows
      .filter(
        (r) => !/^PK_/.test(r.index) && !CROSS_ORGANISATION_INDEXES.has(r.index) && !ORGANISATION_IN_KEYS.has(r.index),
      )
      .filter((r) => !/\(\s*"?organisation_id"?[\s,)]/.test(r.definition.slice(r.definition.indexOf('('))))
      .map((r) => `${r.table}.${r.index}: ${r.definition}`);
    // The outbox is infrastructure: its organisation_id is for tracing only.
    expect(offenders.filter((o) => !o.startsWith('outbox_entry.'))).toEqual([]);
  });
});
