/**
 * Row-level security names shared by the migration, the app's connection and
 * the tests (this file loads no entities: the test set-up imports it).
 */

/** The role the app works as: it owns no table, so the organisation policies bind it. */
export const APP_ROLE = 'crowdcomms_app';

/** The one policy on every organisation table. */
export const ORGANISATION_POLICY = 'organisation_isolation';

/** Every base table of the current schema with an organisation_id column, from the catalogue. */
export const ORGANISATION_TABLES_SQL = `
  SELECT c.table_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
   WHERE c.table_schema = current_schema() AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE'
   ORDER BY 1`;

export async function organisationTables(db: {
  query: (sql: string) => Promise<{ table_name: string }[]>;
}): Promise<string[]> {
  return (await db.query(ORGANISATION_TABLES_SQL)).map((r) => r.table_name);
}
