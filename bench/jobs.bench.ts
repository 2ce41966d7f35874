/**
 * The job pipeline (issue 19, W5): outbox → relay → BullMQ → worker, with faults.
 *
 *   npm run bench -- jobs [--changes 100000] [--recomputes 500] [--workers 2] [--redis-delay 0] [--faults 1]
 *
 * On a throwaway database and a redis-server of its own (append-only file, so that it can be
 * restarted mid-run without losing what it had accepted), in one run:
 *
 * 1. Enqueue: `--changes` changes are committed to the outbox (one transaction, one NOTIFY), and the
 *    product's relay moves them to BullMQ; timed from the commit to the last row marked dispatched.
 *    Baseline, same run, same Redis and job options: a plain `await queue.add()` loop of as many jobs.
 * 2. Drain: worker processes (bench/jobs/worker.ts: the product's WorkerModule plus one cheap job that
 *    records its effect in PostgreSQL) run them; the queue is paused until they are ready, then timed
 *    from resume to the last effect row.
 * 3. Matching recomputes: `--recomputes` real `recompute-volunteer` jobs (for an organisation set up
 *    through GraphQL) go the same way; timed from commit to the last completed.
 * 4. Faults: another `--changes` changes are committed in batches while the workers drain; mid-run
 *    Redis is restarted and a worker is SIGKILLed (and a replacement started). Then the database
 *    is checked: every change has exactly one effect row, and `runs` counts how many executions it
 *    took (BullMQ delivers at least once: a job that was running when its worker died runs again).
 *
 * `--redis-delay D` puts Redis D ms away in each direction (bench/feed/delay-proxy.mjs) for everything
 * but the CPU probe, as a managed Redis in the same zone is (0.25: a 0.5 ms round trip).
 */
import { AppConfigModule } from '@crowdcomms/config';
import { DatabaseModule } from '@crowdcomms/database';
import { DEFAULT_JOB_OPTIONS, OutboxRelayModule, QueueModule, QueueName, matchVolunteerJob } from '@crowdcomms/queue';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/global-setup';
import { type TestApp, createTestApp } from '../test/utils/test-app';
import { BENCH_JOB, BENCH_QUEUE } from './jobs/worker';
import { arg, matchingOrganisation } from './support';

const CHANGES = arg('changes', 100_000);
// BullMQ keeps the last 5 000 completed jobs (DEFAULT_JOB_OPTIONS): their count is what is waited for.
const RECOMPUTES = arg('recomputes', 500);
if (RECOMPUTES > 4000) throw new Error('--recomputes must be ≤ 4000');
const WORKERS = arg('workers', 2);
const REDIS_DELAY = arg('redis-delay', 0, 0);
/** `--faults 0` stops after step 3 (to compare the rates of two versions quickly). */
const FAULTS = arg('faults', 1, 0);
const VOLUNTEERS = 40;
const TASKS = 20;

const root = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`;

async function until<T>(
  probe: () => T | Promise<T>,
  done: (v: T) => boolean,
  what: string,
  stallMs = 120_000,
  everyMs = 50,
): Promise<T> {
  // Gives up only when nothing has changed for `stallMs` (a slow drain is measured, a stuck one reported).
  let last = JSON.stringify(await probe());
  let changedAt = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    const now = JSON.stringify(value);
    if (now !== last) [last, changedAt] = [now, Date.now()];
    if (Date.now() - changedAt > stallMs) throw new Error(`stuck waiting for ${what}; last: ${now}`);
    await sleep(everyMs);
  }
}

/** How often the long waits look (counting 100 000 rows costs PostgreSQL time the pipeline would use). */
const LOOK_MS = 250;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server this bench owns, so that it can stop it and start it again on the same port and files. */
class RedisServer {
  private child?: ChildProcess;
  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--bind', '127.0.0.1', '--port', String(this.port), '--dir', this.dir, '--save', ''];
    args.push('--appendonly', 'yes', '--maxmemory-policy', 'noeviction');
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    process.once('exit', () => child.kill('SIGKILL'));
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    await until(
      () => output.includes('Ready to accept connections') || child.exitCode !== null,
      Boolean,
      'redis-server',
      20_000,
    );
    if (child.exitCode !== null) throw new Error(`redis-server exited:\n${output}`);
  }

  /** SIGTERM: Redis finishes its append-only file and exits, as a restart by systemd or an orchestrator does. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

/** Starts the delay proxy in front of Redis's port; returns the proxy's port. */
async function startDelayProxy(port: number, delayMs: number): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [path.join(__dirname, 'feed', 'delay-proxy.mjs'), String(port), String(delayMs)],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  process.once('exit', () => child.kill('SIGKILL'));
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  await until(() => output.includes('\n') || child.exitCode !== null, Boolean, 'the delay proxy', 20_000);
  if (child.exitCode !== null) throw new Error('the delay proxy exited');
  return { port: (JSON.parse(output) as { port: number }).port, child };
}

/** A worker process (bench/jobs/worker.ts), started from source as the tests start one. */
class WorkerProcess {
  child!: ChildProcess;
  output = '';
  exited!: Promise<string>;
  constructor(readonly name: string) {}

  async start(): Promise<this> {
    const child = spawn(
      process.execPath,
      ['-r', './test/utils/transpile-cached.js', '-r', 'tsconfig-paths/register', 'bench/jobs/worker.ts'],
      {
        cwd: root,
        env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json'), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    process.once('exit', () => child.kill('SIGKILL'));
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((r) => child.once('exit', (code, signal) => r(String(signal ?? code))));
    await until(
      () => this.output.includes('Worker ready') || child.exitCode !== null,
      Boolean,
      `${this.name} to start`,
      150_000,
    );
    if (child.exitCode !== null) throw new Error(`${this.name} exited:\n${this.output}`);
    return this;
  }

  /** What it logged besides being ready: warnings by source, and errors, counted per kind. */
  warnings(): string[] {
    const counts = new Map<string, number>();
    // eslint-disable-next-line no-control-regex
    for (const line of this.output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
      const kind =
        /WARN\s+\[(\w+)\]\s+(.{0,60})/.exec(line)?.slice(1).join(': ') ??
        /^(\[ioredis\] Unhandled error event|Error: .{0,50})/.exec(line)?.[1];
      if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...counts].map(([m, n]) => `${n}× ${m}`);
  }
}

/** CPU time (µs) a process has used, from /proc: `[own, of its exited children]`. */
function processCpu(pid: number): [number, number] {
  try {
    // Fields after the command name (which may hold spaces): utime, stime, cutime, cstime are the 12th–15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const tick = 1e6 / 100; // USER_HZ
    return [(Number(fields[11]) + Number(fields[12])) * tick, (Number(fields[13]) + Number(fields[14])) * tick];
  } catch {
    return [0, 0]; // exited
  }
}

/** CPU time (µs) of a PostgreSQL server: the postmaster, its live processes, and those that have exited. */
function postgresCpu(postmaster: number): number {
  const [own, exited] = processCpu(postmaster);
  let children = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (ppid === postmaster) children += processCpu(Number(entry))[0];
    } catch {
      // gone meanwhile
    }
  }
  return own + exited + children;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-jobs-'));
  const redis = new RedisServer(await freePort(), scratch);
  await redis.start();
  const proxy = REDIS_DELAY > 0 ? await startDelayProxy(redis.port, REDIS_DELAY) : undefined;
  /** Where the app, the workers and the bench's queues find Redis (the proxy, if any). */
  const redisPort = proxy?.port ?? redis.port;
  const workers: WorkerProcess[] = [];
  let relayContext: INestApplicationContext | undefined;
  let t: TestApp | undefined;
  const queues: Queue[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  try {
    process.env.TEST_TEMPLATE_DB = 'bench_jobs_template';
    await globalSetup();
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${redisPort}`, OUTBOX_POLL_MS: '500' });
    const db = t.db;
    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
    console.log(`${os.cpus().length} cores, load ${load()}; ${CHANGES.toLocaleString('en')} changes per run`);

    // ---- an organisation with volunteers and open tasks, for the real recomputes
    const setupStart = performance.now();
    const { admin, volunteers } = await matchingOrganisation(t, { volunteers: VOLUNTEERS, tasks: TASKS });
    await db.query(`CREATE TABLE bench_job_effect (change int PRIMARY KEY, job_id text NOT NULL, runs int NOT NULL DEFAULT 1,
                      done_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    console.log(
      `set-up: 1 organisation, ${VOLUNTEERS} active ambassadors, ${TASKS} open tasks (${secs(performance.now() - setupStart)})`,
    );

    // ---- 1. enqueue: outbox + relay vs a plain add() loop
    @Module({
      imports: [
        AppConfigModule.forRoot(),
        DatabaseModule,
        QueueModule.forRoot(),
        OutboxRelayModule,
        BullModule.registerQueue({ name: BENCH_QUEUE, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
      ],
    })
    class RelayOnlyModule {}
    relayContext = await NestFactory.createApplicationContext(RelayOnlyModule, { logger: ['error'] });
    relayContext.get<Queue>(getQueueToken(BENCH_QUEUE)).on('error', () => undefined);
    const connection = { host: '127.0.0.1', port: redisPort, maxRetriesPerRequest: null };
    const prefix = `${t.redisPrefix}:bull`;
    const open = (name: string) => {
      const queue = new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', () => undefined); // Redis restarting (step 4): the bench's own handles just wait
      queues.push(queue);
      return queue;
    };
    const bench = open(BENCH_QUEUE);
    const matching = open(QueueName.MATCHING);
    await bench.pause(); // nothing runs the jobs yet (and no worker runs yet either)
    const pending = async () => {
      const [row]: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM outbox_entry WHERE dispatched_at IS NULL`,
      );
      return row.n;
    };
    await until(pending, (n) => n === 0, 'the set-up’s own jobs to be relayed');
    /** Commits changes [from, to) to the outbox in one transaction, as the product's enqueue writes them. */
    const commitChanges = async (from: number, to: number) => {
      await db.transaction(async (m) => {
        await m.query(
          `INSERT INTO outbox_entry (queue, job_name, job_id, payload)
           SELECT $1, $2, 'change-' || g, jsonb_build_object('change', g) FROM generate_series($3::int, $4::int - 1) g`,
          [BENCH_QUEUE, BENCH_JOB, from, to],
        );
        await m.query(`SELECT pg_notify('outbox_entry', '')`);
      });
    };
    const probe = new Redis(redis.port, { maxRetriesPerRequest: null }).on('error', () => undefined);
    closers.push(() => probe.quit());
    const redisCpu = async () => {
      const info = await probe.info('cpu');
      return (Number(/used_cpu_user:([\d.]+)/.exec(info)![1]) + Number(/used_cpu_sys:([\d.]+)/.exec(info)![1])) * 1e6;
    };
    const [{ setting: dataDirectory }]: { setting: string }[] = await db.query(
      `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
    );
    const postmaster = Number(readFileSync(path.join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    /**
     * CPU spent per job, in µs: by Node — this process (which runs the relay and the loop), or the given
     * worker processes —, by Redis, and by PostgreSQL (the whole server: the bench's own progress queries
     * included).
     */
    const cpuPerJob = async <T>(work: () => Promise<T>, pids?: number[]): Promise<string> => {
      const nodeCpu = () =>
        pids
          ? pids.reduce((sum, pid) => sum + processCpu(pid)[0], 0)
          : process.cpuUsage().user + process.cpuUsage().system;
      const [node, redisBefore, pg] = [nodeCpu(), await redisCpu(), postgresCpu(postmaster)];
      await work();
      const n = (nodeCpu() - node) / CHANGES;
      const r = ((await redisCpu()) - redisBefore) / CHANGES;
      const p = (postgresCpu(postmaster) - pg) / CHANGES;
      return `CPU per job ${(n + r + p).toFixed(0)} µs (Node ${n.toFixed(0)} + Redis ${r.toFixed(0)} + PostgreSQL ${p.toFixed(0)})`;
    };
    let started = performance.now();
    await commitChanges(0, CHANGES);
    const committedMs = performance.now() - started;
    started = performance.now();
    const relayCpu = await cpuPerJob(() => until(pending, (n) => n === 0, 'the relay', 120_000, LOOK_MS));
    const relayMs = performance.now() - started;
    const inQueue = (await bench.getJobCounts('wait', 'paused', 'prioritized')) as Record<string, number>;
    const relayed = Object.values(inQueue).reduce((a, b) => a + b, 0);

    const baselineQueue = open('bench-baseline');
    await baselineQueue.waitUntilReady();
    started = performance.now();
    const baselineCpu = await cpuPerJob(async () => {
      for (let i = 0; i < CHANGES; i++) await baselineQueue.add(BENCH_JOB, { change: i }, { jobId: `change-${i}` });
    });
    const baselineMs = performance.now() - started;
    await baselineQueue.obliterate({ force: true });
    const enqueueRatio = baselineMs / relayMs;
    const ping = new Redis(redisPort).on('error', () => undefined);
    const pings: number[] = [];
    for (let i = 0; i < 200; i++) {
      const at = performance.now();
      await ping.ping();
      pings.push(performance.now() - at);
    }
    ping.disconnect();
    pings.sort((a, b) => a - b);
    console.log(
      `\nRedis round trip (PING, median of 200): ${pings[100].toFixed(2)} ms${proxy ? ` through a ${REDIS_DELAY} ms delay each way` : ', loopback'}`,
    );
    console.log(`\n1. enqueue ${CHANGES.toLocaleString('en')} jobs (load ${load()})`);
    console.log(`   outbox: committed in one transaction in ${secs(committedMs)} (${rate(CHANGES, committedMs)})`);
    console.log(
      `   relay (outbox → BullMQ, addBulk): ${secs(relayMs)} = ${rate(CHANGES, relayMs)}; ${relayed.toLocaleString('en')} jobs waiting in the queue; ${relayCpu}`,
    );
    console.log(`   baseline, plain add() loop: ${secs(baselineMs)} = ${rate(CHANGES, baselineMs)}; ${baselineCpu}`);
    console.log(`   ratio ${enqueueRatio.toFixed(1)}× (target ≥ 5×) ${enqueueRatio >= 5 ? 'MET' : 'NOT MET'}`);

    // ---- 2. drain the cheap jobs
    for (let i = 1; i <= WORKERS; i++) workers.push(new WorkerProcess(`worker-${i}`));
    await Promise.all(workers.map((w) => w.start()));
    const effects = async () => {
      const [row]: { n: number; runs: number }[] = await db.query(
        `SELECT count(*)::int AS n, coalesce(sum(runs), 0)::int AS runs FROM bench_job_effect`,
      );
      return row;
    };
    // The set-up's own recomputes run first, so that the drain has the workers to itself.
    await until(
      async () => (await matching.getJobCounts('wait', 'active', 'delayed', 'prioritized')) as Record<string, number>,
      (c) => Object.values(c).every((n) => n === 0),
      'the set-up’s recomputes',
    );
    started = performance.now();
    const drainCpu = await cpuPerJob(
      async () => {
        await bench.resume();
        await until(effects, (e) => e.n >= CHANGES, 'the drain', 120_000, LOOK_MS);
      },
      workers.map((w) => w.child.pid!),
    );
    const drainMs = performance.now() - started;
    const [window]: { ms: number }[] = await db.query(
      `SELECT extract(epoch FROM max(done_at) - min(done_at)) * 1000 AS ms FROM bench_job_effect`,
    );
    console.log(
      `\n2. drain ${CHANGES.toLocaleString('en')} cheap jobs with ${WORKERS} worker processes (load ${load()})`,
    );
    console.log(
      `   ${secs(drainMs)} = ${rate(CHANGES, drainMs)} (first to last effect row: ${rate(CHANGES, Number(window.ms))}) (target ≥ 2 000/s) ${
        (CHANGES / drainMs) * 1000 >= 2000 ? 'MET' : 'NOT MET'
      }; ${drainCpu}`,
    );

    // ---- 3. real matching recomputes
    const org = admin.organisation.id;
    const before = (await matching.getJobCounts('completed')).completed;
    const base = Date.now() - 24 * 3600_000; // past debounce windows: each job a distinct window, due at once
    const jobs = Array.from({ length: RECOMPUTES }, (_, k) =>
      matchVolunteerJob(org, volunteers[k % VOLUNTEERS].member.id, base + k * 250),
    );
    started = performance.now();
    await db.transaction(async (m) => {
      await m.query(
        `INSERT INTO outbox_entry (queue, job_name, job_id, payload, organisation_id)
         SELECT $1, $2, j->>'jobId', j->'payload', $3 FROM jsonb_array_elements($4::jsonb) j`,
        [QueueName.MATCHING, 'recompute-volunteer', org, JSON.stringify(jobs)],
      );
      await m.query(`SELECT pg_notify('outbox_entry', '')`);
    });
    await until(
      async () => (await matching.getJobCounts('completed')).completed - before,
      (n) => n >= RECOMPUTES,
      'the recomputes',
    );
    const recomputeMs = performance.now() - started;
    const failedRecomputes = (await matching.getJobCounts('failed')).failed;
    console.log(
      `\n3. ${RECOMPUTES.toLocaleString('en')} matching recomputes (recompute-volunteer, ${VOLUNTEERS} volunteers × ${TASKS} tasks, one organisation) (load ${load()})`,
    );
    console.log(
      `   ${secs(recomputeMs)} = ${rate(RECOMPUTES, recomputeMs)} from commit to the last completed; ${failedRecomputes} failed` +
        ` (after ${before} of the set-up's own)`,
    );

    // ---- 4. the same again while Redis restarts and a worker is SIGKILLed
    if (!FAULTS) return;
    const total = 2 * CHANGES;
    const batch = Math.max(1, Math.ceil(CHANGES / 100));
    let committed = CHANGES;
    const producer = (async () => {
      // Changes keep coming, Redis or not: the outbox only needs PostgreSQL.
      while (committed < total) {
        const to = Math.min(total, committed + batch);
        await commitChanges(committed, to);
        committed = to;
        await sleep(5);
      }
    })();
    started = performance.now();
    const events: string[] = [];
    const note = (what: string) => events.push(`${secs(performance.now() - started)} ${what}`);
    await until(effects, (e) => e.n >= CHANGES + CHANGES / 4, 'a quarter of the second run', 120_000, LOOK_MS);
    note('Redis stopped (SIGTERM)');
    await redis.stop();
    await sleep(2000);
    await redis.start();
    note('Redis started again');
    await until(effects, (e) => e.n >= CHANGES + CHANGES / 2, 'half of the second run', 120_000, LOOK_MS);
    const victim = workers[0];
    const runningAtKill = (await bench.getJobCounts('active')).active;
    victim.child.kill('SIGKILL');
    note(`${victim.name} SIGKILLed (${runningAtKill} jobs active in the queue)`);
    await victim.exited;
    const replacement = await new WorkerProcess(`worker-${WORKERS + 1}`).start();
    workers.push(replacement);
    note(`${replacement.name} started`);
    await producer;
    await until(effects, (e) => e.n >= total, 'the second run to drain', 60_000, LOOK_MS).catch((e: Error) =>
      console.log(`   ${e.message}`),
    );
    // Anything re-run late (a stalled job found after the drain looked complete) lands within a few lock periods.
    await sleep(12_000);
    const faultMs = performance.now() - started;
    const [check]: Record<
      'outbox' | 'dispatched' | 'lost' | 'foreign' | 'effects' | 'runs' | 'rerun' | 'rerun_first',
      number
    >[] = await db.query(
      `SELECT (SELECT count(*)::int FROM outbox_entry WHERE queue = $1) AS outbox,
              (SELECT count(*)::int FROM outbox_entry WHERE queue = $1 AND dispatched_at IS NOT NULL) AS dispatched,
              (SELECT count(*)::int FROM generate_series(0, $2::int - 1) g
                 WHERE NOT EXISTS (SELECT 1 FROM bench_job_effect e WHERE e.change = g)) AS lost,
              (SELECT count(*)::int FROM bench_job_effect WHERE change >= $2::int OR change < 0) AS foreign,
              (SELECT count(*)::int FROM bench_job_effect) AS effects,
              (SELECT coalesce(sum(runs), 0)::int FROM bench_job_effect) AS runs,
              (SELECT count(*)::int FROM bench_job_effect WHERE runs > 1) AS rerun,
              (SELECT count(*)::int FROM bench_job_effect WHERE runs > 1 AND change < $3::int) AS rerun_first`,
      [BENCH_QUEUE, total, CHANGES],
    );
    const counts = (await bench.getJobCounts('completed', 'failed', 'active', 'wait', 'delayed')) as Record<
      string,
      number
    >;
    console.log(
      `\n4. ${CHANGES.toLocaleString('en')} more changes committed in batches of ${batch} while the workers drain (load ${load()})`,
    );
    for (const e of events) console.log(`   ${e}`);
    console.log(`   drained in ${secs(faultMs - 12_000)} (${rate(CHANGES, faultMs - 12_000)} including the faults)`);
    console.log(
      `   database, both runs (${total.toLocaleString('en')} changes): ${check.outbox} outbox rows, ${check.dispatched} dispatched; ` +
        `${check.effects} effect rows, ${check.lost} changes without one (lost), ${check.foreign} unexpected`,
    );
    console.log(
      `   executions: ${check.runs} for ${check.effects} effects — ${check.rerun} jobs ran more than once ` +
        `(${check.rerun_first} of them in the clean run); the effect is keyed by change, so each is recorded once`,
    );
    console.log(`   BullMQ: ${JSON.stringify(counts)}`);
    for (const w of workers) {
      const warned = w.warnings();
      if (warned.length) console.log(`   ${w.name} logged: ${warned.slice(0, 6).join(' | ')}`);
    }
    const lostOrDoubled = check.lost === 0 && check.effects === total && check.foreign === 0;
    console.log(
      `   none lost, none recorded twice: ${lostOrDoubled ? 'MET' : 'NOT MET'}; ` +
        `jobs executed exactly once: ${check.rerun === 0 ? 'yes' : `no (${check.rerun} re-runs: at-least-once delivery)`}`,
    );
  } finally {
    for (const w of workers) {
      if (w.child.exitCode === null && w.child.signalCode === null) {
        w.child.kill('SIGTERM');
        await Promise.race([w.exited, sleep(15_000)]);
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      }
    }
    for (const q of queues) await q.close().catch(() => undefined);
    for (const close of closers) await close().catch(() => undefined);
    await relayContext?.close().catch(() => undefined);
    await t?.close();
    await redis.stop();
    proxy?.child.kill();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
