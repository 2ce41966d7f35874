import { dataSourceOptions, ORGANISATION_POLICY, organisationTables } from '@crowdcomms/database';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './utils/test-database';

/** Tables whose rows are not organisation data, or are looked up across organisations by design. */
const CROSS_ORGANISATION_INDEXES = new Set([
  // "Which organisations do I belong to?" is asked by user, before any organisation is chosen.
  'membership_user_idx',
]);

/** Indexes whose every key starts with its organisation (a prefix of the id; rows are still checked against it). */
const ORGANISATION_IN_KEYS = new Set(['profile_search_keys_idx']);

/** The functions of the operators search and the feed reach their rows with (migration OrganisationRowSecurityEnforced). */
const SEARCH_OPERATORS = ['arraycontains', 'arrayoverlap', 'int2um', 'similarity_op', 'ts_match_vq'];

/** Tables without an organisation_id, so without row-level security, and why. */
const NOT_ORGANISATION_DATA: Record<string, string> = {
  organisation: 'the tenants themselves: a member reads only their own, by id',
  user: 'a person belongs to several organisations and signs in before choosing one',
  password_reset: 'a reset link belongs to a person, not an organisation (only its hash is stored)',
  schema_migration: 'the migrations applied, read by tooling only',
};

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

  it('puts every organisation table under forced row-level security with the organisation policy', async () => {
    const tables = await organisationTables(dataSource);
    expect(tables.length).toBeGreaterThan(20);
    const rows: { table: string; enabled: boolean; forced: boolean; policies: string[] }[] = await dataSource.query(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              array(SELECT p.polname::text FROM pg_policy p WHERE p.polrelid = c.oid ORDER BY 1) AS policies
         FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)
        ORDER BY 1`,
      [tables],
    );
    expect(rows).toEqual(
      tables.map((table) => ({ table, enabled: true, forced: true, policies: [ORGANISATION_POLICY] })),
    );
  });

  it('marks the operators people search finds its rows with LEAKPROOF, so they stay index conditions under the policies', async () => {
    const rows: { name: string; leakproof: boolean }[] = await dataSource.query(
      `SELECT p.proname AS name, p.proleakproof AS leakproof FROM pg_proc p WHERE p.proname = ANY($1) ORDER BY 1`,
      [SEARCH_OPERATORS],
    );
    expect(rows).toEqual(SEARCH_OPERATORS.map((name) => ({ name, leakproof: true })));
  });

  it('names a reason for every table left without an organisation', async () => {
    const organisationOwned = new Set(await organisationTables(dataSource));
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const others = rows.map((r) => r.table_name).filter((table) => !organisationOwned.has(table));
    expect(others.sort()).toEqual(Object.keys(NOT_ORGANISATION_DATA).sort());
  });
});
