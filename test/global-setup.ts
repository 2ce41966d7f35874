/*
 * Creates the migrated template database every test file copies (see
 * utils/test-database.ts). It runs in Jest's parent process, outside the test
 * module registry: it loads only the migrations, never the decorated entities,
 * whose global GraphQL/TypeORM metadata would otherwise leak into the tests.
 */
import { runMigrations } from '../libs/database/src/migrate';
import { MIGRATIONS } from '../libs/database/src/migrations';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseUrl } from './utils/test-database';

export default async function globalSetup(): Promise<void> {
  const admin = process.env.DATABASE_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  if (!admin || !process.env.REDIS_URL || !template) {
    throw new Error('Run the tests with `npm test`: it provides PostgreSQL and Redis (DATABASE_URL, REDIS_URL).');
  }
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${template}"`);
    await client.query(`CREATE DATABASE "${template}"`);
  } finally {
    await client.end();
  }
  const dataSource = await new DataSource({
    type: 'postgres',
    url: databaseUrl(admin, template),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
  }).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
