import { AppConfig } from '@crowdcomms/config';
import { DataAccessModule } from '@crowdcomms/data-access';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';
import { APP_ROLE } from './row-security';

/**
 * PostgreSQL through TypeORM, reached by services through the TransactionalConnection
 * (DataAccessModule). Pending migrations run at start-up unless MIGRATIONS_RUN=false.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(
          config.get('DATABASE_URL'),
          {
            size: config.get('DATABASE_POOL_SIZE'),
            acquireTimeoutMs: config.get('DATABASE_ACQUIRE_TIMEOUT_MS'),
            statementTimeoutMs: config.get('DATABASE_STATEMENT_TIMEOUT_MS'),
            idleInTransactionTimeoutMs: config.get('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
            role: APP_ROLE,
          },
          config.get('DATABASE_REPLICA_URL'),
        ),
        migrationUrl: config.get('DATABASE_MIGRATION_URL') ?? config.get('DATABASE_URL'),
        migrationsRun: config.get('MIGRATIONS_RUN'),
      }),
      // Migrations run here, under an advisory lock, on their own connection without the
      // app's statement timeout (an index build may take longer than any request should).
      dataSourceFactory: async (options) => {
        const { migrationsRun, migrationUrl, ...rest } = options as typeof options & { migrationUrl: string };
        if (migrationsRun) {
          // As the tables' owner (the app's own role owns nothing).
          const migrator = await new DataSource({ ...dataSourceOptions(migrationUrl), extra: { max: 1 } }).initialize();
          try {
            await runMigrations(migrator);
          } finally {
            await migrator.destroy();
          }
        }
        return new DataSource({ ...rest, migrationsRun: false }).initialize();
      },
    }),
    DataAccessModule,
  ],
  exports: [DataAccessModule],
})
export class DatabaseModule {}
