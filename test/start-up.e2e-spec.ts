import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { LOGIN } from './utils/operations';
import { databaseUrl } from './utils/test-database';

/**
 * Start-up as `npm start` and a deployment do it: an empty database, migrations
 * run by the API itself (on their own single connection, under the advisory
 * lock), the demo organisation seeded, the default pool settings. Two replicas
 * start together on the same database; a restart finds nothing left to do.
 */
describe('the API starts on an empty database', () => {
  const server = process.env.DATABASE_URL!;
  const name = `startup_${randomBytes(6).toString('hex')}`;
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-mail-'));
  const apps: INestApplication[] = [];

  async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await query(server, `CREATE DATABASE "${name}"`);
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl(server, name),
      MIGRATIONS_RUN: 'true',
      SEED_DEMO: 'true',
      REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      MAIL_DIR: mailDir,
    });
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await query(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(mailDir, { recursive: true, force: true });
  });

  async function start(): Promise<INestApplication> {
    const { AppModule } = await import('../apps/api/src/app.module');
    const app = await NestFactory.create(AppModule, { logger: false });
    apps.push(app);
    await app.init();
    return app;
  }

  it('two replicas migrate once, seed the demo and answer', async () => {
    const started = Promise.all([start(), start()]);
    // A start-up that waits forever (a deadlocked migrator) fails here rather than at Jest's timeout;
    // the bound is generous because two replicas migrating and seeding on a busy two-core machine take a while.
    const [first, second] = await Promise.race([
      started,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('start-up did not finish in 100 s')), 100_000),
      ),
    ]);

    for (const app of [first, second]) {
      const ready = await request(app.getHttpServer()).get('/health/ready');
      expect(ready.status).toBe(200);
    }
    const login = await request(first.getHttpServer())
      .post('/graphql')
      .send({
        query: LOGIN,
        variables: { input: { email: 'colin.comms@harbourside.example', password: 'crowdcomms-demo-2026' } },
      });
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data.login.accessToken).toEqual(expect.any(String));

    const [{ applied, distinct }] = await query(
      databaseUrl(server, name),
      'SELECT count(*)::int AS applied, count(DISTINCT name)::int AS distinct FROM schema_migration',
    );
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBe(distinct);
  }, 120_000);

  it('a restart on the migrated, seeded database starts and answers', async () => {
    const app = await start();
    const ready = await request(app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
  }, 30_000);
});
