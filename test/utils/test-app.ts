import { INestApplication, INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: string[] }[];
}

export interface TestApp {
  app: INestApplication;
  /**
   * The test database as its owner, for fixtures and assertions on what is stored:
   * it sees every organisation's rows (the app's own connections work as a role
   * that row-level security limits to the request's organisation).
   */
  db: DataSource;
  mailDir: string;
  redisPrefix: string;
  /** Runs one GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  http(): ReturnType<typeof request>;
  /** Listens on a free loopback port (for WebSocket subscriptions); returns the base URL. */
  listen(): Promise<string>;
  /** Starts the worker (processors and outbox relay) on the same database and Redis. */
  startWorker(): Promise<INestApplicationContext>;
  /** Starts another API replica on the same database and Redis, listening on a free port; returns its base URL. */
  startReplica(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the real API on its own fresh database and its own Redis key prefix,
 * so test files never see each other's data.
 */
let created = false;

export async function createTestApp(
  env: Record<string, string> = {},
  options: { logger?: LoggerService; asynchronousReplica?: boolean } = {},
): Promise<TestApp> {
  // Configuration is read once, when the app modules first load in this file's module registry.
  if (created) throw new Error('createTestApp runs once per test file; put other settings in another file');
  created = true;
  const db = await createTestDatabase({ asynchronousReplica: options.asynchronousReplica });
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-mail-'));
  const redisPrefix = `test-${randomBytes(6).toString('hex')}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    ...(db.replicaUrl ? { DATABASE_REPLICA_URL: db.replicaUrl } : {}),
    MIGRATIONS_RUN: 'false',
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    MAIL_DIR: mailDir,
    OUTBOX_POLL_MS: '50',
    AUTH_LIMIT_PER_IP: '1000',
    AUTH_LIMIT_PER_EMAIL: '1000',
    AUTH_DELAY_AFTER_FAILURES: '1000',
    AUTH_REFRESH_LIMIT_PER_IP: '100000',
    INVITATIONS_PER_HOUR: '100000',
    SEED_DEMO: 'false',
    ...env,
  });
  // Imported only now: configuration is read when the modules load.
  const { AppModule } = await import('../../apps/api/src/app.module');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: options.logger ?? false });
  await app.init();
  const { dataSourceOptions } = await import('@crowdcomms/database');
  const owner = await new DataSource({ ...dataSourceOptions(db.url), extra: { max: 3 } }).initialize();
  const workers: INestApplicationContext[] = [];
  const replicas: INestApplication[] = [];

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body;
  };

  return {
    app,
    db: owner,
    mailDir,
    redisPrefix,
    gql,
    http: () => request(app.getHttpServer()),
    listen: async () => {
      await app.listen(0, '127.0.0.1');
      const address = app.getHttpServer().address() as { port: number };
      return `http://127.0.0.1:${address.port}`;
    },
    startWorker: async () => {
      const { WorkerModule } = await import('../../apps/worker/src/worker.module');
      // The app's logger, if the test gave one: a worker made silent would silence every static Logger in the process.
      const context = await NestFactory.createApplicationContext(WorkerModule, { logger: options.logger ?? false });
      workers.push(context);
      return context;
    },
    startReplica: async () => {
      const replicaRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
      const replica = replicaRef.createNestApplication({ logger: false });
      replicas.push(replica);
      await replica.listen(0, '127.0.0.1');
      const address = replica.getHttpServer().address() as { port: number };
      return `http://127.0.0.1:${address.port}`;
    },
    close: async () => {
      for (const replica of replicas) await replica.close();
      for (const worker of workers) await worker.close();
      await app.close();
      await owner.destroy();
      await db.drop();
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
