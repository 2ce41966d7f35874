// `npm run cluster-check`: runs Crowdcomms's queue, outbox, subscription and
// rate-limit end-to-end tests against a three-master Redis Cluster (Debian's
// redis-server in cluster mode, started here on loopback) with REDIS_CLUSTER=true.
// Any arguments replace the list of test files. Exits non-zero when a test fails.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRedisCluster, track } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The tests of every Redis use: BullMQ queues and the outbox relay, pub/sub subscriptions, rate limits. */
const DEFAULT_TESTS = [
  'test/outbox.e2e-spec.ts',
  'test/queue-shutdown.e2e-spec.ts',
  'test/queue-dashboard.e2e-spec.ts',
  'test/fault-tolerance-worker.e2e-spec.ts',
  'test/notifications.e2e-spec.ts',
  'test/sessions-live.e2e-spec.ts',
  'test/auth-rate-limits.e2e-spec.ts',
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-cluster-'));
let cluster;
let code = 1;
try {
  console.log('Starting a Redis Cluster of three masters…');
  cluster = await startRedisCluster({ masters: 3, dir });
  console.log(`Redis Cluster on ports ${cluster.ports.join(', ')}`);
  const tests = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_TESTS;
  const env = { ...process.env, REDIS_URL: cluster.url, REDIS_CLUSTER: 'true' };
  code = await new Promise((resolve) => {
    const child = track(
      spawn(process.execPath, ['scripts/test.mjs', '--runInBand', ...tests], { cwd: root, env, stdio: 'inherit' }),
      'test launcher',
    );
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  // Each test file has its own prefix, hence its own hash slot: the keys spread over the masters.
  const keys = cluster.cli('dbsize').map(Number);
  console.log(`Keys left on each master: ${keys.join(' / ')}`);
  console.log(code === 0 ? 'PASS the tests above ran on a three-master Redis Cluster' : 'FAIL');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
}
