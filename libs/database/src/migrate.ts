import { DataSource, Migration, MigrationExecutor } from 'typeorm';

/** Any constant works; it only has to be the same for every replica. */
const MIGRATION_LOCK = 7_242_001;

/**
 * Runs pending migrations under a Postgres advisory lock, so several API
 * replicas starting together apply each migration exactly once. The lock and
 * the migrations share one session: a data source of a single connection
 * (as the API's migrator is) has no second one to give.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // Migrations move every organisation's rows: the row-level security escape hatch, for this session.
    await runner.query(`SELECT set_config('app.cross_organisation', 'on', false)`);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    return await executor.executePendingMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
