/**
 * Community feed benchmark: `npm run bench -- feed [--members 50000] [--posts 200000] [--requests 300]
 * [--concurrency 8] [--first 50] [--rounds 2] [--followed-members 100] [--followed-topics 10]
 * [--delay-ms 0.25] [--explain] [--db-only] [--cpu-profile feed.cpuprofile]` (`--posts 1000000` for the full size;
 * loading it takes a few minutes on 2 cores).
 *
 * Boots the real API twice in one process on the same throwaway PostgreSQL and Redis: once as shipped (a
 * page and its relations in one statement, through primed DataLoaders) and once as the naive N+1 resolver
 * (`COMMUNITY_LOADER_OPTIONS = { batch: false }`: one query per post and relation, nothing batched or
 * cached). Both answer the same GraphQL feed query (50 posts with author and name, topics, group, reaction
 * counts and my reaction) for a member following 100 people and 10 topics (by default). The load comes from
 * a separate client process, so the client's own work does not run on the API's event loop; the variants
 * take turns (`--rounds` times each) and each keeps its best round by p95. The bench prints SQL statements
 * per request, p50/p95 latency, requests per second, the CPU time per request of the API process, of
 * PostgreSQL and of the client, and the ratios. The API runs with `NODE_ENV=production`, as deployed.
 * A third variant boots the shipped API as it was before row-level security (the pool as the tables'
 * owner, connections borrowed without the organisation set first): the cost of row security is the
 * shipped variant's figures against it.
 *
 * The product runs with its database across a network, not on the same two cores: the shipped and naive
 * variants also run with PostgreSQL behind a proxy that delays each direction by `--delay-ms` (0.25 ms:
 * a 0.5 ms round trip, as between an app and a managed database in the same zone; `bench/feed/delay-proxy.mjs`),
 * and the bench prints the round trip it measured through it beside the loopback one.
 *
 * `--cpu-profile <file>` samples the API's CPU during the shipped variant's first round, writes the profile
 * (open it in Chrome's DevTools) and prints where the time went, by package and by function.
 */
import './production';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { Client } from 'pg';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { DataSource, QueryRunner } from 'typeorm';
import { TYPEORM_MODULE_OPTIONS } from '@nestjs/typeorm/dist/typeorm.constants';
import { APP_ROLE } from '@crowdcomms/database';
import { seedCommunity } from './feed/seed';
import { arg, gql, option, profileCpu } from './support';

const MEMBERS = arg('members', 50_000);
const POSTS = arg('posts', 200_000);
const REQUESTS = arg('requests', 300);
const CONCURRENCY = arg('concurrency', 8);
const FIRST = arg('first', 50);
const ROUNDS = arg('rounds', 2);
// Whom the viewer follows: with no topics, a sparse feed (100 of 50 000 people: 0.2 % of the posts).
const FOLLOWED_MEMBERS = arg('followed-members', 100, 0);
const FOLLOWED_TOPICS = arg('followed-topics', 10, 0);
// One-way delay between the API and PostgreSQL for the "at a distance" variants (0: those variants are not run).
const DELAY_MS = arg('delay-ms', 0.25, 0);
const WARMUP = 30;
const CPU_PROFILE = option('cpu-profile');
let profiled = false;

const FEED = `query Feed($first: Int, $after: String) {
  feed(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id kind bodyHtml hashtags createdAt edited commentCount reactionCount myReaction
      reactions { kind count }
      author { id user { displayName } }
      topics { id tag }
      group { id name }
    } }
  }
}`;

const SHIPPED = 'DataLoaders (as shipped)';

interface Variant {
  name: string;
  app: INestApplication;
  url: string;
  queries: () => number;
}

/**
 * Boots the API: with batched (or naive) loaders; `asOwner`: as before row-level security — its pool
 * works as the tables' owner (which the policies do not bind) and borrows connections without first
 * giving them the organisation — the baseline the shipped variant's cost of row security is read against.
 */
async function boot(
  name: string,
  batch: boolean,
  { asOwner = false, databaseUrl }: { asOwner?: boolean; databaseUrl?: string } = {},
): Promise<Variant> {
  // Loaded once the environment is set: graphql-js, for one, reads NODE_ENV when it loads.
  const { COMMUNITY_LOADER_OPTIONS } = await import('@crowdcomms/community');
  const { AppConfig } = await import('@crowdcomms/config');
  const { dataSourceOptions } = await import('@crowdcomms/database');
  const { AppModule } = await import('../apps/api/src/app.module');
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(COMMUNITY_LOADER_OPTIONS)
    .useValue({ batch });
  if (asOwner || databaseUrl) {
    builder = builder.overrideProvider(TYPEORM_MODULE_OPTIONS).useFactory({
      inject: [AppConfig],
      // As DatabaseModule's, on another URL or without the role (migrations have run: the shipped variant booted first).
      factory: (config: InstanceType<typeof AppConfig>) => ({
        ...dataSourceOptions(databaseUrl ?? config.get('DATABASE_URL'), {
          size: config.get('DATABASE_POOL_SIZE'),
          acquireTimeoutMs: config.get('DATABASE_ACQUIRE_TIMEOUT_MS'),
          statementTimeoutMs: config.get('DATABASE_STATEMENT_TIMEOUT_MS'),
          idleInTransactionTimeoutMs: config.get('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
          role: asOwner ? undefined : APP_ROLE,
        }),
        migrationsRun: false,
      }),
    });
  }
  const app = (await builder.compile()).createNestApplication({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as import('node:http').Server;
  const { port } = server.address() as { port: number };
  // Count every SQL statement this app's DataSource runs.
  const ds = app.get(DataSource);
  if (asOwner) {
    // TransactionalConnection wraps the driver's borrow to set the organisation first: back to the driver's own.
    delete (ds.driver as unknown as { obtainMasterConnection?: unknown }).obtainMasterConnection;
    const [{ role }] = await ds.query<{ role: string }[]>('SELECT current_user AS role');
    if (role === APP_ROLE) throw new Error('the baseline should work as the owner');
  }
  const create = ds.createQueryRunner.bind(ds);
  let count = 0;
  ds.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = create(...args);
    const query = runner.query.bind(runner);
    runner.query = ((...q: Parameters<QueryRunner['query']>) => {
      count++;
      return query(...q);
    }) as QueryRunner['query'];
    return runner;
  };
  return { name, app, url: `http://127.0.0.1:${port}/graphql`, queries: () => count };
}

interface Result {
  name: string;
  queriesPerRequest: number;
  p50: number;
  p95: number;
  rps: number;
  /** CPU time (user + system) of this process — the API, without its client — per request. */
  cpuMs: number;
  /** CPU time of every PostgreSQL process (server and backends) per request. */
  pgCpuMs: number;
  /** CPU time of the client process per request (sending, reading and parsing the JSON). */
  clientCpuMs: number;
}

/**
 * CPU time (user + system, ms) of the PostgreSQL server and each of its processes, by pid, from /proc
 * (Linux; empty elsewhere). Backends come and go with the connection pools, so rounds compare pid by pid.
 */
let postmaster = 0;
function pgCpu(): Map<string, number> {
  const cpu = new Map<string, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid));
  } catch {
    return cpu;
  }
  for (const pid of pids) {
    try {
      // After the command name: state, ppid, …; utime and stime are the 12th and 13th fields.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(pid) === postmaster || Number(fields[1]) === postmaster) {
        cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100); // USER_HZ = 100
      }
    } catch {
      // gone meanwhile
    }
  }
  return cpu;
}

/** PostgreSQL CPU used since `before`: processes still there, plus new ones (idle ones that ended used none). */
function pgCpuSince(before: Map<string, number>): number {
  let used = 0;
  for (const [pid, ms] of pgCpu()) used += ms - (before.get(pid) ?? 0);
  return used;
}

/** The load generator, in its own process: warms up, checks the page, then runs the timed requests. */
const CLIENT = `
process.once('message', async ({ url, token, query, variables, first, warmup, requests, concurrency }) => {
  const request = async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const page = await request();
  if (page.feed.edges.length !== first) throw new Error('expected ' + first + ' posts, got ' + page.feed.edges.length);
  for (let i = 0; i < warmup; i++) await request();
  process.send({ ready: true });
  await new Promise((resolve) => process.once('message', resolve));
  const latencies = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < requests) {
      const t0 = performance.now();
      await request();
      latencies.push(performance.now() - t0);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  process.send({ latencies, seconds, cpuMs: (used.user + used.system) / 1000 });
  process.disconnect();
});`;

async function measure(v: Variant, token: string): Promise<Result> {
  const client = spawn(process.execPath, ['-e', CLIENT], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const reply = <T>() =>
    new Promise<T>((resolve, reject) => {
      client.once('message', (m) => resolve(m as T));
      client.once('exit', (code) => reject(new Error(`${v.name}: the client exited (${code})`)));
    });
  const ready = reply<{ ready: true }>();
  client.send({
    url: v.url,
    token,
    query: FEED,
    variables: { first: FIRST },
    first: FIRST,
    warmup: WARMUP,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
  });
  await ready;
  const before = v.queries();
  const pgBefore = pgCpu();
  const cpu = process.cpuUsage();
  const done = reply<{ latencies: number[]; seconds: number; cpuMs: number }>();
  const profile = CPU_PROFILE && !profiled && v.name === SHIPPED ? await profileCpu() : undefined;
  profiled ||= !!profile;
  client.send({ go: true });
  const { latencies, seconds, cpuMs: clientCpuMs } = await done;
  const used = process.cpuUsage(cpu);
  if (profile) await profile.stop(CPU_PROFILE!, REQUESTS);
  const pgCpuMs = pgCpuSince(pgBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    name: v.name,
    queriesPerRequest: (v.queries() - before) / REQUESTS,
    p50: at(0.5),
    p95: at(0.95),
    rps: REQUESTS / seconds,
    cpuMs: (used.user + used.system) / 1000 / REQUESTS,
    pgCpuMs: pgCpuMs / REQUESTS,
    clientCpuMs: clientCpuMs / REQUESTS,
  };
}

/** Starts the delay proxy in front of `databaseUrl`; returns the proxied URL and a stop. */
async function startDelayProxy(databaseUrl: string, delayMs: number): Promise<{ url: string; stop: () => void }> {
  const target = new URL(databaseUrl);
  const proxy = spawn(
    process.execPath,
    [path.join(__dirname, 'feed', 'delay-proxy.mjs'), target.port || '5432', String(delayMs)],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const [line] = await Promise.race([
    createInterface({ input: proxy.stdout! })
      [Symbol.asyncIterator]()
      .next()
      .then((r) => [r.value as string]),
    new Promise<never>((_, reject) =>
      proxy.once('exit', (code) => reject(new Error(`the delay proxy exited (${code})`))),
    ),
  ]);
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((JSON.parse(line) as { port: number }).port);
  return { url: url.toString(), stop: () => proxy.kill() };
}

/** Median and p95 round trip (ms) of `SELECT 1` on one connection to `url`. */
async function roundTrip(url: string): Promise<{ p50: number; p95: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < 400; i++) {
      const t0 = performance.now();
      await client.query('SELECT 1');
      if (i >= 50) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  Object.assign(process.env, {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    MIGRATIONS_RUN: 'true',
    SEED_DEMO: 'false',
    REDIS_PREFIX: `bench-feed-${process.pid}`,
    JWT_SECRET: process.env.JWT_SECRET ?? 'bench-secret-bench-secret-bench-secret-000',
    AUTH_LIMIT_PER_IP: '100000',
    AUTH_LIMIT_PER_EMAIL: '100000',
    GRAPHQL_MAX_COST: '100000',
  });
  console.log(
    `feed bench: ${MEMBERS.toLocaleString('en')} members, ${POSTS.toLocaleString('en')} posts, ` +
      `page of ${FIRST}, ${REQUESTS} requests × ${CONCURRENCY} concurrent per round, ${ROUNDS} rounds per variant`,
  );
  const batched = await boot(SHIPPED, true);
  // The PostgreSQL server: the parent of this app's backend (Linux; elsewhere its CPU reads as 0).
  const [{ pid }] = await batched.app.get(DataSource).query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
  try {
    postmaster = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    postmaster = 0;
  }
  const naive = await boot('naive N+1 resolvers', false);
  const owner = await boot('DataLoaders, without row security (owner)', true, { asOwner: true });
  const proxy = DELAY_MS > 0 ? await startDelayProxy(process.env.DATABASE_URL!, DELAY_MS) : null;
  const far = proxy
    ? {
        batched: await boot(`DataLoaders, database ${2 * DELAY_MS} ms away`, true, { databaseUrl: proxy.url }),
        naive: await boot(`naive N+1, database ${2 * DELAY_MS} ms away`, false, { databaseUrl: proxy.url }),
      }
    : null;
  try {
    const signUp = await gql<{ signUp: { accessToken: string; organisation: { id: string }; member: { id: string } } }>(
      batched.url,
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken organisation { id } member { id } } }`,
      {
        input: {
          email: 'viewer@bench.example.org',
          password: 'a-long-and-quiet-passphrase',
          displayName: 'Bench Viewer',
          organisationName: 'Bench Org',
        },
      },
    );
    const { accessToken, organisation, member } = signUp.signUp;
    const started = Date.now();
    console.log('loading data:');
    // Loaded as the tables' owner with tooling settings (no statement timeout), as a bulk import would be:
    // the app's own pool works as crowdcomms_app, one organisation at a time, and cuts statements at 30 s.
    const { withScope } = await import('@crowdcomms/data-access');
    const { dataSourceOptions } = await import('@crowdcomms/database');
    const scope = { organisationId: organisation.id };
    const loader = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
    try {
      await seedCommunity(
        loader,
        {
          organisationId: organisation.id,
          viewerMembershipId: member.id,
          members: MEMBERS,
          posts: POSTS,
          topics: 200,
          followedMembers: FOLLOWED_MEMBERS,
          followedTopics: FOLLOWED_TOPICS,
        },
        (line) => console.log(line),
      );
    } finally {
      await loader.destroy();
    }
    console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    if (process.argv.includes('--explain')) {
      // The feed's page query for the viewer, as the API builds it, with its plan.
      const { FeedService } = await import('@crowdcomms/community');
      const [sql, params] = batched.app
        .get(FeedService)
        .feedQuery({ organisationId: organisation.id, membershipId: member.id }, { first: FIRST }, { relations: true });
      const plan: { 'QUERY PLAN': string }[] = await withScope(scope, () =>
        batched.app.get(DataSource).query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params),
      );
      console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
    }

    {
      // Database time of one page statement (planning + execution, from EXPLAIN ANALYZE) read three ways, taking
      // turns on one connection: as the API runs it (a prepared statement: planned until PostgreSQL settles on a
      // generic plan), the same statement planned on every execution, and the reading every feed had before
      // sparse feeds were read source by source (walking the history newest first), planned every time as it was.
      const { FeedService } = await import('@crowdcomms/community');
      const feed = batched.app.get(FeedService);
      const viewer = { organisationId: organisation.id, membershipId: member.id };
      const runner = await withScope(scope, async () => {
        const r = batched.app.get(DataSource).createQueryRunner();
        await r.connect();
        return r;
      });
      const [shippedSql, shippedParams] = feed.feedQuery(viewer, { first: FIRST }, { relations: true });
      await runner.query(`PREPARE feed_page AS ${shippedSql}`);
      const readings = {
        // EXPLAIN cannot bind parameters for EXECUTE: the values (two ids) are written in.
        'as shipped (prepared)': [`EXECUTE feed_page(${shippedParams.map((v) => `'${String(v)}'`).join(', ')})`, []],
        'the same, planned every time': [shippedSql, shippedParams],
        'walking the history (before)': feed.feedQuery(viewer, { first: FIRST }, { relations: true }, true),
      } satisfies Record<string, [string, unknown[]]>;
      const total = new Map<string, number[]>();
      const planning = new Map<string, number[]>();
      for (let i = 0; i < 40; i++) {
        for (const [name, [sql, params]] of Object.entries(readings)) {
          const [{ 'QUERY PLAN': plan }] = (await runner.query(
            `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`,
            params,
          )) as { 'QUERY PLAN': { 'Execution Time': number; 'Planning Time': number }[] }[];
          if (i < 5) continue; // the first executions of the prepared statement are planned for its parameters
          total.set(name, [...(total.get(name) ?? []), plan[0]['Execution Time'] + plan[0]['Planning Time']]);
          planning.set(name, [...(planning.get(name) ?? []), plan[0]['Planning Time']]);
        }
      }
      await runner.release();
      const pct = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.floor(q * list.length)];
      const before = pct(total.get('walking the history (before)')!, 0.95);
      console.log(
        `\ndatabase time of a feed page (${FIRST} posts with relations; the viewer follows ${FOLLOWED_MEMBERS} people ` +
          `and ${FOLLOWED_TOPICS} topics; 35 runs each)\n| reading | p50 ms | p95 ms | planning p50 ms | before ÷ this, p95 |\n` +
          `| --- | ---: | ---: | ---: | ---: |\n` +
          Object.keys(readings)
            .map((name) => {
              const times = total.get(name)!;
              return (
                `| ${name} | ${pct(times, 0.5).toFixed(1)} | ${pct(times, 0.95).toFixed(1)} | ` +
                `${pct(planning.get(name)!, 0.5).toFixed(1)} | ${(before / pct(times, 0.95)).toFixed(1)}× |`
              );
            })
            .join('\n'),
      );
    }
    if (process.argv.includes('--db-only')) return;

    // The variants take turns, so machine load and cache warmth fall on both; each keeps its best round.
    const runs: Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of [batched, owner, naive, ...(far ? [far.batched, far.naive] : [])]) {
        runs.push(await measure(variant, accessToken));
      }
    }
    const bestOf = (name: string) => runs.filter((r) => r.name === name).sort((a, b) => a.p95 - b.p95)[0];
    const fast = bestOf(batched.name);
    const slow = bestOf(naive.name);
    const base = bestOf(owner.name);

    const all = (r: Result) => r.cpuMs + r.pgCpuMs + r.clientCpuMs;
    const row = (r: Result) =>
      `| ${r.name} | ${r.queriesPerRequest.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ` +
      `${r.rps.toFixed(0)} | ${r.cpuMs.toFixed(2)} | ${r.pgCpuMs.toFixed(1)} | ${r.clientCpuMs.toFixed(1)} |`;
    const header =
      '| variant | SQL statements / request | p50 ms | p95 ms | requests/s | API CPU ms / request | ' +
      'PostgreSQL CPU ms / request | client CPU ms / request |';
    const rule = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
    console.log(`\nevery round:\n${header}\n${rule}\n${runs.map(row).join('\n')}`);
    console.log(`\nbest round of each:\n${header}\n${rule}\n${row(fast)}\n${row(base)}\n${row(slow)}`);
    console.log(
      `\nrow-level security (as shipped ÷ as the owner, both with DataLoaders): ` +
        `p50 ${(fast.p50 / base.p50).toFixed(2)}×, p95 ${(fast.p95 / base.p95).toFixed(2)}×, ` +
        `throughput ${(fast.rps / base.rps).toFixed(2)}×, API CPU ${(fast.cpuMs / base.cpuMs).toFixed(2)}×, ` +
        `PostgreSQL CPU ${(fast.pgCpuMs / base.pgCpuMs).toFixed(2)}×`,
    );
    console.log(
      `\nratios (N+1 ÷ DataLoaders): statements ${(slow.queriesPerRequest / fast.queriesPerRequest).toFixed(1)}×, ` +
        `p50 ${(slow.p50 / fast.p50).toFixed(1)}×, p95 ${(slow.p95 / fast.p95).toFixed(1)}×, ` +
        `throughput ${(fast.rps / slow.rps).toFixed(1)}×, API CPU ${(slow.cpuMs / fast.cpuMs).toFixed(1)}×, ` +
        `API + PostgreSQL + client CPU ${(all(slow) / all(fast)).toFixed(1)}×`,
    );
    if (far && proxy) {
      const fastFar = bestOf(far.batched.name);
      const slowFar = bestOf(far.naive.name);
      const direct = await roundTrip(process.env.DATABASE_URL!);
      const distant = await roundTrip(proxy.url);
      console.log(
        `\nat a distance:\n${header}\n${rule}\n${row(fastFar)}\n${row(slowFar)}\n` +
          `round trip of SELECT 1: loopback p50 ${direct.p50.toFixed(3)} ms (p95 ${direct.p95.toFixed(3)}), ` +
          `through the proxy p50 ${distant.p50.toFixed(3)} ms (p95 ${distant.p95.toFixed(3)}; asked for ${(2 * DELAY_MS).toFixed(2)} ms more)`,
      );
      console.log(
        `ratios at a distance (N+1 ÷ DataLoaders): p50 ${(slowFar.p50 / fastFar.p50).toFixed(1)}×, ` +
          `p95 ${(slowFar.p95 / fastFar.p95).toFixed(1)}×, throughput ${(fastFar.rps / slowFar.rps).toFixed(1)}×, ` +
          `statements ${(slowFar.queriesPerRequest / fastFar.queriesPerRequest).toFixed(1)}×`,
      );
    }
    console.log(
      `load average: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (${os.cpus().length} CPUs)`,
    );
  } finally {
    if (far) {
      await far.naive.app.close();
      await far.batched.app.close();
    }
    proxy?.stop();
    await naive.app.close();
    await owner.app.close();
    await batched.app.close();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
