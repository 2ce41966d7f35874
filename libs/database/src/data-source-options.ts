import { DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './schema';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** How the app's connection pool behaves (see the README's configuration table). */
export interface PoolSettings {
  /** Connections in the pool. */
  size: number;
  /** How long a caller waits for a free connection before its query fails. */
  acquireTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer than this (0: never). */
  statementTimeoutMs: number;
  /** PostgreSQL ends a session left idle inside a transaction longer than this (0: never). */
  idleInTransactionTimeoutMs: number;
  /**
   * The role the sessions work as (`SET ROLE` at connection start): the app's
   * `crowdcomms_app`, which owns no table, so row-level security binds it.
   * Tooling (migrations, loaders) works as the connecting owner.
   */
  role?: string;
}

/** Tooling (migrations, benchmarks' loaders) runs long statements on purpose: no timeouts. */
const TOOLING_POOL: PoolSettings = {
  size: 10,
  acquireTimeoutMs: 0,
  statementTimeoutMs: 0,
  idleInTransactionTimeoutMs: 0,
};

/**
 * The one TypeORM configuration, shared by the apps, the migration tooling and the tests. With a
 * `replicaUrl` every statement still goes to the primary unless it asks for the replica
 * (`TransactionalConnection.queryReplica`): reading one's own writes stays the default.
 */
export function dataSourceOptions(
  url: string,
  pool: PoolSettings = TOOLING_POOL,
  replicaUrl?: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    ...(replicaUrl
      ? { replication: { master: { url }, slaves: [{ url: replicaUrl }], defaultMode: 'master' } }
      : { url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    // node-postgres options: the timeouts travel as session settings in the start-up packet.
    extra: {
      max: pool.size,
      connectionTimeoutMillis: pool.acquireTimeoutMs,
      statement_timeout: pool.statementTimeoutMs,
      idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs,
      application_name: 'crowdcomms',
      ...(pool.role ? { options: `-c role=${pool.role}` } : {}),
    },
  };
}
