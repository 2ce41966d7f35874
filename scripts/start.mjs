// `npm start`: builds Crowdcomms, starts what it needs (embedded PostgreSQL and a
// local redis-server unless DATABASE_URL / REDIS_URL are set), then the API and
// the worker. Ctrl-C stops everything it started; data stays in .data/.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './build-web.mjs';
import { makeReachableDir, startEmbeddedPostgres, startRedis, track } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data');
const require = createRequire(import.meta.url);
const stops = [];
const children = [];
let shuttingDown = false;

function step(message) {
  console.log(`\x1b[36m›\x1b[0m ${message}`);
}

/** postgres runs as its own user and must be able to reach .data/ through every parent. */
function assertReachableByOthers(dir) {
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    if ((statSync(d).mode & 0o005) !== 0o005) {
      throw new Error(
        `${d} is not readable by other users, so the embedded PostgreSQL cannot reach ${dir}: run \`chmod o+rx ${d}\` or set DATABASE_URL.`,
      );
    }
  }
}

function jwtSecret() {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function run(name, script, env) {
  const child = track(
    spawn(process.execPath, ['-r', './scripts/register-aliases.js', script], { cwd: root, env, stdio: 'inherit' }),
    name,
  );
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`The ${name} stopped (${signal ?? `exit ${code}`}); stopping everything.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForReady(url, api) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error('the API exited during start-up');
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not become ready at ${url}`);
}

/**
 * Stops the API and the worker first (they finish what is in hand), then the
 * servers. Whatever path ends the process, the 'exit' handler of services.mjs
 * signals anything still running by its PID.
 */
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  // A child that does not stop in time is left to the exit handler rather than waited for forever.
  setTimeout(() => process.exit(code), 30_000).unref();
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const stop of stops.reverse()) await stop().catch(() => {});
  process.exit(code);
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0));

  step('Building (tsc)…');
  const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
  await buildWeb({ log: step });

  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env };
  env.NODE_ENV ??= 'development';
  env.PORT ??= '3000';
  env.APP_URL ??= `http://localhost:${env.PORT}`;
  env.MAIL_DIR ??= path.join(dataDir, 'mail');
  env.SEED_DEMO ??= 'true';

  if (!env.DATABASE_URL) {
    step('Starting the embedded PostgreSQL (data in .data/postgres)…');
    assertReachableByOthers(dataDir);
    makeReachableDir(dataDir);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), persistent: true });
    stops.push(pg.stop);
    await pg.createDatabase('crowdcomms');
    env.DATABASE_URL = pg.urlFor('crowdcomms');
  }
  if (!env.REDIS_URL) {
    step('Starting redis-server on 127.0.0.1 (data in .data/redis)…');
    const redis = await startRedis({ dataDir: path.join(dataDir, 'redis') });
    stops.push(redis.stop);
    env.REDIS_URL = redis.url;
  }
  env.JWT_SECRET = jwtSecret();

  step('Starting the API (migrations run first)…');
  const api = run('API', 'dist/apps/api/src/main.js', env);
  await waitForReady(`http://127.0.0.1:${env.PORT}/health/ready`, api);
  step('Starting the worker…');
  run('worker', 'dist/apps/worker/src/main.js', { ...env, MIGRATIONS_RUN: 'false' });

  require('./register-aliases.js');
  const { DEMO_ORGANISATION, DEMO_PASSWORD } = require(path.join(root, 'dist/apps/api/src/demo/demo-data.js'));
  const lines = [
    '',
    `Crowdcomms is running: open ${env.APP_URL}/ in your browser.`,
    `GraphQL: ${env.APP_URL}/graphql  (Apollo Sandbox in the browser)`,
    `Health: ${env.APP_URL}/health/ready   E-mails (file transport): ${env.MAIL_DIR}`,
    '',
    `Demo organisation "${DEMO_ORGANISATION.name}" — every account's password is ${DEMO_PASSWORD}`,
    ...DEMO_ORGANISATION.people
      .slice(0, 6)
      .map((p) => `  ${p.email.padEnd(38)} ${p.roles.join(', ').padEnd(14)} ${p.note}`),
    `  …and ${DEMO_ORGANISATION.people.length - 6} more members (query \`members\` once signed in).`,
    '',
    'API clients sign in with  mutation { login(input: { email: "colin.comms@harbourside.example", password: "' +
      DEMO_PASSWORD +
      '" }) { accessToken } }',
    'then send the header  Authorization: Bearer <accessToken>.   Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch(async (error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
