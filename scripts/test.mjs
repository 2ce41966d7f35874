// `npm test`: every unit and end-to-end test against a real PostgreSQL and Redis.
// Uses DATABASE_URL / REDIS_URL when set (the database user must be allowed to
// CREATE DATABASE: each test file gets its own); otherwise starts throwaway servers.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeReachableDir, startEmbeddedPostgres, startRedis } from './services.mjs';

const stops = [];
let exitCode = 1;
const scratch = makeReachableDir(mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-test-')));
const env = { ...process.env, NODE_ENV: 'test', TEST_TEMPLATE_DB: `crowdcomms_template_${process.pid}` };

async function main() {
  if (!env.DATABASE_URL) {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg'), persistent: false });
    stops.push(pg.stop);
    env.DATABASE_URL = pg.adminUrl;
  }
  if (!env.REDIS_URL) {
    const redis = await startRedis();
    stops.push(redis.stop);
    env.REDIS_URL = redis.url;
  }
  const report = path.join(scratch, 'jest.json');
  const jestArgs = ['--json', '--outputFile', report, ...process.argv.slice(2)];
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/jest/bin/jest.js', ...jestArgs], { stdio: 'inherit', env });
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  let passed = 0;
  let failed = 0;
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed = result.numPassedTests;
    // A suite that fails to load has no failing test of its own: count it as one.
    failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
  } catch {
    failed = Math.max(failed, 1);
  }
  console.log(`${passed} passed, ${failed} failed`);
  exitCode = code === 0 && failed === 0 && passed > 0 ? 0 : 1;
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
  process.exit(exitCode);
}
