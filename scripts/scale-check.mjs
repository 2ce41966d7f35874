// `npm run scale-check`: runs Crowdcomms as it runs scaled out — two API replicas and two
// workers (separate processes, different ports) on one PostgreSQL and one Redis, behind
// a small round-robin HTTP + WebSocket proxy — and checks what scaling out relies on:
//   (a) a subscription opened on one replica hears an event caused through the other;
//   (b) rate limits are shared by the replicas;
//   (c) the outbox relay hands each job to BullMQ once, and scheduled jobs are registered once;
//   (d) matching recomputes for one volunteer never run at the same time, whichever worker has them;
//   (e) no request fails while a replica is stopped (SIGTERM) and started again.
// `-- --redis-cluster` runs the same on a three-master Redis Cluster (REDIS_CLUSTER=true).
// Prints PASS or FAIL per claim and exits non-zero on any FAIL. Builds first when the build is stale.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freePort,
  makeReachableDir,
  startEmbeddedPostgres,
  startRedis,
  startRedisCluster,
  track,
} from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onCluster = process.argv.includes('--redis-cluster');
const scratch = makeReachableDir(mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-scale-')));
const stops = [];
const results = [];
const started = Date.now();

// Loaded after the build check: they come from node_modules like the app's own.
const { default: pg } = await import('pg');
const { Cluster, Redis } = await import('ioredis');
const { Queue } = await import('bullmq');
const { createClient } = await import('graphql-ws');
const { default: WebSocket } = await import('ws');

function step(message) {
  console.log(`\x1b[36m›\x1b[0m ${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function record(claim, ok, detail) {
  results.push({ claim, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${claim}: ${detail}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(probe, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------- build

function newestSource(dir, newest = 0) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'web') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(full, newest);
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const main = path.join(root, 'dist/apps/api/src/main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  const sources = Math.max(newestSource(path.join(root, 'apps')), newestSource(path.join(root, 'libs')));
  if (built > sources) return step('The build is up to date (dist/)');
  step('Building (tsc)…');
  const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
}

// ---------------------------------------------------------------- processes

/** A started API replica or worker: a real `node dist/…/main.js` process with its own log file. */
class Service {
  constructor(name, script, env) {
    Object.assign(this, { name, script, env, logFile: path.join(scratch, `${name}.log`) });
  }

  start() {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    this.child = track(
      spawn(process.execPath, ['-r', './scripts/register-aliases.js', this.script], {
        cwd: root,
        env: this.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
      this.name,
    );
    this.output = '';
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream.on('data', (d) => {
        log.write(d);
        if (this.output.length < 1_000_000) this.output += d;
      });
    }
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    return this;
  }

  async ready() {
    await until(
      async () => {
        if (this.child.exitCode !== null) throw new Error(`${this.name} exited:\n${this.tail()}`);
        if (this.env.PORT && !this.isWorker) {
          try {
            return (await fetch(`http://127.0.0.1:${this.env.PORT}/health/ready`)).ok;
          } catch {
            return false;
          }
        }
        return this.output.includes('Worker ready');
      },
      `${this.name} to be ready`,
      120_000,
    );
  }

  get isWorker() {
    return this.script.includes('worker');
  }

  /** SIGTERM, as an orchestrator stops a replica; resolves once it has exited. */
  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    return this.exited;
  }

  tail() {
    return this.output.split('\n').slice(-15).join('\n');
  }
}

// ---------------------------------------------------------------- the proxy

/**
 * Round-robin over the replicas, as a load balancer would: a new upstream connection per
 * request (nothing half-closed is reused), and a replica that refuses the connection (stopped)
 * is skipped at once and marked down until its readiness check answers again. A read-only
 * request that loses its connection before any answer is retried on the next replica; a
 * mutation is not (it may have run).
 */
function startProxy(upstreams) {
  const state = upstreams.map((port) => ({ port, down: false, served: 0, sockets: 0 }));
  let next = 0;
  const pick = () => {
    for (let i = 0; i < state.length; i++) {
      const candidate = state[next++ % state.length];
      if (!candidate.down) return candidate;
    }
    return state[next++ % state.length];
  };
  const markDown = (upstream) => {
    upstream.down = true;
    clearTimeout(upstream.probe);
    const probe = () =>
      http
        .get({ host: '127.0.0.1', port: upstream.port, path: '/health/ready', agent: false }, (res) => {
          res.resume();
          if (res.statusCode === 200) upstream.down = false;
          else upstream.probe = setTimeout(probe, 200);
        })
        .on('error', () => (upstream.probe = setTimeout(probe, 200)));
    upstream.probe = setTimeout(probe, 200);
  };

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const readOnly = req.method === 'GET' || !/^\s*\{?\s*"query"\s*:\s*"\s*mutation/.test(body.toString());
      const attempt = (tries) => {
        const upstream = pick();
        const forward = http.request(
          {
            host: '127.0.0.1',
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, connection: 'close' },
            agent: false,
          },
          (answer) => {
            upstream.served++;
            res.writeHead(answer.statusCode, { ...answer.headers, 'x-upstream': String(upstream.port) });
            answer.pipe(res);
          },
        );
        forward.on('error', (error) => {
          if (error.code === 'ECONNREFUSED') markDown(upstream);
          const retry = (error.code === 'ECONNREFUSED' || readOnly) && tries < state.length * 2;
          if (retry && !res.headersSent) return attempt(tries + 1);
          if (!res.headersSent) res.writeHead(502).end(`proxy: ${error.message}`);
        });
        forward.end(body);
      };
      attempt(1);
    });
  });

  // WebSocket: the upgrade request is replayed to the chosen replica, then bytes flow both ways.
  server.on('upgrade', (req, socket, head) => {
    const upstream = pick();
    const target = net.connect(upstream.port, '127.0.0.1', () => {
      upstream.sockets++;
      server.lastUpgrade = upstream.port;
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      target.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length) target.write(head);
      target.pipe(socket).pipe(target);
    });
    target.on('error', () => socket.destroy());
    socket.on('error', () => target.destroy());
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, state, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------- GraphQL helpers

async function gql(base, query, variables = {}, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }));
  return { status: res.status, upstream: res.headers.get('x-upstream'), ...body };
}

async function ok(base, query, variables, token) {
  const res = await gql(base, query, variables, token);
  if (res.errors || res.status !== 200) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const AUTH = `accessToken member { id } organisation { id }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${AUTH} } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH} } }`;
const FOLLOW = `mutation($id: ID!) { follow(targetType: MEMBER, targetId: $id) }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const NEW_POSTS = `subscription { newPostAvailable { postId authorId } }`;
const EDIT_PROFILE = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`;
const ME = `query { me { member { id } } }`;
const PASSWORD = 'correct horse battery staple 42';

/** The decoded text of the e-mails the workers wrote (file transport), by recipient. */
function mails(mailDir) {
  const byRecipient = new Map();
  for (const file of readdirSync(mailDir)) {
    const text = readFileSync(path.join(mailDir, file), 'utf8')
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
    const to = /^To: (.+)$/m.exec(text)?.[1]?.trim();
    if (to) byRecipient.set(to, [...(byRecipient.get(to) ?? []), text]);
  }
  return byRecipient;
}

// ---------------------------------------------------------------- main

async function main() {
  buildIfStale();

  step('Starting one PostgreSQL');
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg'), persistent: false });
  stops.push(postgres.stop);
  await postgres.createDatabase('crowdcomms');

  let redisUrl;
  let redisKeys;
  if (onCluster) {
    step('Starting a Redis Cluster of three masters');
    const cluster = await startRedisCluster({ masters: 3, dir: makeReachableDir(path.join(scratch, 'redis')) });
    stops.push(cluster.stop);
    redisUrl = cluster.url;
    redisKeys = () => new Cluster([{ host: '127.0.0.1', port: cluster.ports[0] }]);
  } else {
    step('Starting one Redis');
    const redis = await startRedis();
    stops.push(redis.stop);
    redisUrl = redis.url;
    redisKeys = () => new Redis(redis.url);
  }

  const mailDir = makeReachableDir(path.join(scratch, 'mail'));
  const prefix = 'crowdcomms';
  const bullPrefix = onCluster ? `{${prefix}}:bull` : `${prefix}:bull`;
  const [portA, portB] = [await freePort(), await freePort()];
  const common = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    REDIS_URL: redisUrl,
    REDIS_CLUSTER: String(onCluster),
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    MAIL_DIR: mailDir,
    SEED_DEMO: 'false',
    OUTBOX_POLL_MS: '200',
    SHUTDOWN_GRACE_MS: '10000',
    // Every request of the check comes from 127.0.0.1: only the per-e-mail limit is under test.
    AUTH_LIMIT_PER_IP: '100000',
    AUTH_LIMIT_PER_EMAIL: '5',
    AUTH_DELAY_AFTER_FAILURES: '1000',
    INVITATIONS_PER_HOUR: '100000',
  };
  // application_name tells the processes apart in pg_stat_activity (claim d).
  const dbUrl = (name) => `${postgres.urlFor('crowdcomms')}?application_name=${name}`;
  const apiEnv = (name, port) => ({
    ...common,
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: dbUrl(name),
  });
  const apiA = new Service('api-a', 'dist/apps/api/src/main.js', apiEnv('api-a', portA));
  const apiB = new Service('api-b', 'dist/apps/api/src/main.js', {
    ...apiEnv('api-b', portB),
    MIGRATIONS_RUN: 'false',
  });
  const workers = [1, 2].map(
    (n) =>
      new Service(`worker-${n}`, 'dist/apps/worker/src/main.js', {
        ...common,
        DATABASE_URL: dbUrl(`worker-${n}`),
        MIGRATIONS_RUN: 'false',
      }),
  );
  const services = [apiA, apiB, ...workers];
  stops.push(() => Promise.all(services.map((s) => s.child && s.stop())));

  step('Starting API replica A (it runs the migrations)');
  await apiA.start().ready();
  step('Starting API replica B and two workers');
  await Promise.all([apiB, ...workers].map((s) => s.start().ready()));
  const proxy = await startProxy([portA, portB]);
  stops.push(() => new Promise((r) => proxy.server.close(r)));
  step(`Proxy at ${proxy.url} → replicas on ${portA} and ${portB}`);
  const A = `http://127.0.0.1:${portA}`;
  const B = `http://127.0.0.1:${portB}`;

  const owner = new pg.Client({ connectionString: `${postgres.urlFor('crowdcomms')}?application_name=scale-check` });
  await owner.connect();
  stops.push(() => owner.end());
  const redis = redisKeys();
  stops.push(() => redis.quit());
  const redisPort = Number(new URL(redisUrl).port);
  const queueConnection = onCluster
    ? new Cluster([{ host: '127.0.0.1', port: redisPort }], { redisOptions: { maxRetriesPerRequest: null } })
    : { host: '127.0.0.1', port: redisPort, maxRetriesPerRequest: null };
  if (queueConnection instanceof Cluster) stops.push(() => queueConnection.quit());
  /** A BullMQ handle on one of the app's queues, to read its jobs and schedulers. */
  const openQueue = (name) => {
    const queue = new Queue(name, { connection: queueConnection, prefix: bullPrefix });
    stops.push(() => queue.close());
    return queue;
  };

  // ---- people: an admin, and a colleague who joins through the e-mailed invitation
  const stamp = Date.now().toString(36);
  const admin = (
    await ok(proxy.url, SIGN_UP, {
      input: {
        email: `admin-${stamp}@scale.example`,
        password: PASSWORD,
        displayName: 'Ada Admin',
        organisationName: 'Scale Check',
      },
    })
  ).signUp;
  const benEmail = `ben-${stamp}@scale.example`;
  await ok(proxy.url, INVITE, { input: { email: benEmail, roles: ['MEMBER'] } }, admin.accessToken);
  const invitation = await until(() => mails(mailDir).get(benEmail)?.[0], 'the invitation e-mail');
  const token = /invitation#token=([\w.-]+)/.exec(invitation)?.[1];
  const ben = (await ok(proxy.url, ACCEPT, { input: { token, password: PASSWORD, displayName: 'Ben Volunteer' } }))
    .acceptInvitation;

  // ---- (a) a subscription through one replica hears a post made through the other
  {
    await ok(proxy.url, FOLLOW, { id: admin.member.id }, ben.accessToken);
    const heard = [];
    let connected;
    const ready = new Promise((r) => (connected = r));
    const client = createClient({
      url: proxy.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ben.accessToken}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => connected() },
    });
    client.subscribe(
      { query: NEW_POSTS },
      { next: (v) => heard.push(v.data?.newPostAvailable), error() {}, complete() {} },
    );
    await ready;
    await sleep(300); // the subscription is registered
    const subscribedOn = proxy.server.lastUpgrade;
    const other = subscribedOn === portA ? B : A;
    const post = (await ok(other, CREATE_POST, { input: { body: 'Hello from the other replica' } }, admin.accessToken))
      .createPost;
    const got = await until(() => heard.find((n) => n?.postId === post.id), 'the live notice', 15000).catch(() => null);
    record(
      '(a) subscription across replicas',
      Boolean(got),
      got
        ? `a subscriber on the replica at :${subscribedOn} heard post ${post.id} created through :${other.split(':')[2]}`
        : `nothing heard on :${subscribedOn} within 15 s`,
    );
    await client.dispose();
  }

  // ---- (b) rate limits are shared: sign-in attempts for one e-mail alternate between the replicas
  {
    const email = `nobody-${stamp}@scale.example`;
    const outcomes = [];
    for (let i = 0; i < 10; i++) {
      const res = await gql(i % 2 ? B : A, LOGIN, { input: { email, password: 'wrong password 1234' } });
      outcomes.push(res.errors?.[0]?.extensions?.code ?? 'OK');
    }
    const limited = outcomes.filter((c) => c === 'TOO_MANY_REQUESTS').length;
    const pass = outcomes.slice(0, 5).every((c) => c !== 'TOO_MANY_REQUESTS') && limited === 5;
    record(
      '(b) rate limits shared',
      pass,
      `limit 5 per e-mail; 10 attempts alternating A/B answered ${outcomes.join(', ')} — ` +
        `${limited} refused (each replica counting alone would refuse none)`,
    );
  }

  // ---- (c) the outbox relay queues each job once; schedulers are registered once
  {
    const emails = Array.from({ length: 30 }, (_, i) => `invitee-${i}-${stamp}@scale.example`);
    await Promise.all(
      emails.map((email) => ok(proxy.url, INVITE, { input: { email, roles: ['MEMBER'] } }, admin.accessToken)),
    );
    await until(
      async () =>
        (
          await owner.query(
            `SELECT count(*)::int AS n FROM email_message WHERE to_address = ANY($1) AND status = 'SENT'`,
            [emails],
          )
        ).rows[0].n === emails.length,
      'the 30 invitation e-mails to be sent',
      30000,
    );
    await sleep(1000); // a second delivery, were there one, would land meanwhile
    const delivered = mails(mailDir);
    const copies = emails.map((e) => delivered.get(e)?.length ?? 0);
    const ids = (await owner.query(`SELECT id FROM email_message WHERE to_address = ANY($1)`, [emails])).rows.map(
      (r) => `email-${r.id}`,
    );
    const events = await redis.xrange(`${bullPrefix}:mail:events`, '-', '+');
    const added = new Map();
    let duplicated = 0;
    for (const [, fields] of events) {
      const f = Object.fromEntries(fields.flatMap((v, i) => (i % 2 ? [] : [[v, fields[i + 1]]])));
      if (!ids.includes(f.jobId)) continue;
      if (f.event === 'added') added.set(f.jobId, (added.get(f.jobId) ?? 0) + 1);
      if (f.event === 'duplicated') duplicated++;
    }
    const relayedOnce = ids.every((id) => added.get(id) === 1) && duplicated === 0;
    const deliveredOnce = copies.every((n) => n === 1);
    record(
      '(c) outbox relayed once',
      relayedOnce && deliveredOnce,
      `30 invitations through both replicas, relayed by two workers: ${[...added.values()].reduce((a, b) => a + b, 0)} ` +
        `"added" and ${duplicated} "duplicated" events on the mail queue, ` +
        `e-mails per invitee ${Math.min(...copies)}–${Math.max(...copies)}`,
    );

    const queueNames = ['community', 'campaigns', 'privacy', 'retention', 'profiles', 'workshops'];
    const lines = [];
    let once = true;
    for (const name of queueNames) {
      const queue = openQueue(name);
      const schedulers = await queue.getJobSchedulers();
      const delayed = (await queue.getJobs(['delayed', 'wait', 'prioritized'])).filter((j) =>
        j?.id?.startsWith('repeat:'),
      );
      for (const s of schedulers) {
        const next = delayed.filter((j) => j.id.startsWith(`repeat:${s.key}:`)).length;
        lines.push(`${s.key}: ${next} next run`);
        once &&= next === 1;
      }
      once &&= schedulers.length === new Set(schedulers.map((s) => s.key)).size && schedulers.length > 0;
    }
    record(
      '(c) schedulers registered once',
      once && lines.length >= 6,
      `two workers registered ${lines.length} schedulers, each with exactly one pending run (${lines.join('; ')})`,
    );
  }

  // ---- (d) one volunteer's recomputes never run at the same time
  {
    const org = ben.organisation.id;
    const lockOf = `SELECT a.application_name AS app, l.granted FROM pg_locks l JOIN pg_stat_activity a USING (pid)
      WHERE l.locktype = 'advisory' AND l.objsubid = 1
        AND l.objid = (hashtext($1)::bigint & 4294967295)::oid`;
    const key = `matching:${org}`;
    const matching = openQueue('matching');
    const recomputes = async () =>
      new Set(
        (await matching.getJobs(['completed', 'failed', 'active', 'wait', 'delayed', 'prioritized']))
          .map((j) => j?.id)
          .filter((id) => id?.startsWith(`match-volunteer-${org}-${ben.member.id}-`)),
      );
    const jobsBefore = await recomputes();
    // Hold the organisation's matching lock while the edits come in, so that the recomputes they
    // queue fall due together on both workers; then let go and watch them take turns.
    const holder = new pg.Client({
      connectionString: `${postgres.urlFor('crowdcomms')}?application_name=scale-check-holder`,
    });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    const samples = [];
    let sampling = true;
    const sampler = (async () => {
      const probe = new pg.Client({
        connectionString: `${postgres.urlFor('crowdcomms')}?application_name=scale-check`,
      });
      await probe.connect();
      while (sampling) {
        const { rows } = await probe.query(lockOf, [key]);
        samples.push(rows);
        await sleep(5);
      }
      await probe.end();
    })();
    const edits = 40;
    for (let i = 0; i < edits; i++) {
      // Through the proxy: the edits alternate between the replicas; spread over ~2 s, i.e. several debounce windows.
      await ok(
        proxy.url,
        EDIT_PROFILE,
        { input: { headline: `Edit ${i}`, availableHoursPerMonth: i % 20 } },
        ben.accessToken,
      );
      await sleep(50);
    }
    await sleep(800); // the last window's job falls due
    const waitingWhileHeld = samples.at(-1).filter((r) => !r.granted);
    await holder.query('COMMIT');
    await holder.end();
    // Every recompute runs once the lock is free; then none waits any more.
    await until(async () => (await owner.query(lockOf, [key])).rows.length === 0, 'the recomputes to finish', 30000);
    sampling = false;
    await sampler;
    const holdersMax = Math.max(...samples.map((rows) => rows.filter((r) => r.granted).length));
    const waitersMax = Math.max(...samples.map((rows) => rows.filter((r) => !r.granted).length));
    const workersSeen = new Set(
      samples
        .flat()
        .filter((r) => r.app.startsWith('worker-'))
        .map((r) => r.app),
    );
    const crossWorker = samples.filter((rows) => {
      const holding = rows.find((r) => r.granted)?.app;
      return holding?.startsWith('worker-') && rows.some((r) => !r.granted && r.app !== holding);
    }).length;
    const jobs = [...(await recomputes())].filter((id) => !jobsBefore.has(id));
    const pass =
      holdersMax === 1 && waitingWhileHeld.length >= 2 && workersSeen.size === 2 && crossWorker > 0 && jobs.length >= 2;
    record(
      '(d) one recompute at a time',
      pass,
      `${edits} profile edits through both replicas queued ${jobs.length} recompute jobs; ` +
        `with the lock held by the check meanwhile, so that they fell due together, ` +
        `${waitingWhileHeld.length} were waiting at once (${[...new Set(waitingWhileHeld.map((r) => r.app))].join(', ')}); ` +
        `over ${samples.length} samples of pg_locks at most ${holdersMax} recompute held the organisation's matching lock ` +
        `while up to ${waitersMax} waited; ${crossWorker} samples caught one worker waiting for the other`,
    );
  }

  // ---- (e) no request fails while replica A stops (SIGTERM) and starts again
  {
    let sent = 0;
    const failures = [];
    let streaming = true;
    const stream = async () => {
      while (streaming) {
        sent++;
        try {
          const res = await gql(proxy.url, ME, {}, ben.accessToken);
          if (res.status !== 200 || res.errors || res.data?.me?.member?.id !== ben.member.id) {
            failures.push(`${res.status} ${JSON.stringify(res.errors ?? res.data)}`);
          }
        } catch (error) {
          failures.push(error.message);
        }
        await sleep(10);
      }
    };
    const streams = Array.from({ length: 4 }, stream);
    await sleep(1000);
    const servedBefore = proxy.state.map((s) => s.served);
    step('Stopping replica A (SIGTERM) under a steady stream of requests');
    const exit = await apiA.stop();
    const servedWhileDown = proxy.state.map((s) => s.served);
    await sleep(1000);
    step('Starting replica A again');
    apiA.start();
    await apiA.ready();
    const servedAtRestart = proxy.state.map((s) => s.served);
    await sleep(2000);
    streaming = false;
    await Promise.all(streams);
    const servedAfter = proxy.state.map((s) => s.served);
    const backOnA = servedAfter[0] - servedAtRestart[0];
    record(
      '(e) no failed request during a restart',
      failures.length === 0 && sent > 50 && backOnA > 0 && exit.signal === 'SIGTERM',
      `${sent} requests, ${failures.length} failed${failures.length ? ` (${failures.slice(0, 3).join(' | ')})` : ''}; ` +
        `A exited on ${exit.signal ?? `code ${exit.code}`}; served by A/B: before ${servedBefore.join('/')}, ` +
        `while A was down +${servedAtRestart[0] - servedWhileDown[0]}/+${servedAtRestart[1] - servedWhileDown[1]}, ` +
        `after A was back +${backOnA}/+${servedAfter[1] - servedAtRestart[1]}`,
    );
  }
}

let code = 1;
try {
  console.log(
    `Scale check: two API replicas and two workers on one PostgreSQL and ${onCluster ? 'a three-master Redis Cluster' : 'one Redis'}`,
  );
  await main();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  code = failed === 0 && results.length > 0 ? 0 : 1;
} catch (error) {
  console.error(`FAIL the scale check stopped: ${error instanceof Error ? error.message : error}`);
  console.error(`Logs of the replicas and workers: ${scratch}`);
  code = 1;
} finally {
  for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => {});
  if (code === 0) rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}
