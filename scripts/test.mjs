// `npm test`: every unit, end-to-end and browser test against a real PostgreSQL and Redis.
// Uses DATABASE_URL / REDIS_URL when set (the database user must be allowed to
// CREATE DATABASE: each test file gets its own); otherwise starts throwaway servers.
// Jest runs the API and browser tests (test/web drives Debian's chromium against the
// built web app); Vitest runs the web app's component tests (apps/web). Both count
// towards the one summary line.
//   npm test                       everything
//   npm test -- test/web           only the browser tests (any Jest arguments work)
//   npm test -- apps/web           only the web app's component tests
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWeb } from './build-web.mjs';
import { ensureChromium, makeReachableDir, startEmbeddedPostgres, startRedis, track } from './services.mjs';

const stops = [];
let exitCode = 1;
const scratch = makeReachableDir(mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-test-')));
const env = { ...process.env, NODE_ENV: 'test', TEST_TEMPLATE_DB: `crowdcomms_template_${process.pid}` };

const args = process.argv.slice(2);
const webUnitArgs = args.filter((a) => a.startsWith('apps/web'));
const jestArgs = args.filter((a) => !a.startsWith('apps/web'));
const runVitest = args.length === 0 || webUnitArgs.length > 0;
const runJest = args.length === 0 || jestArgs.length > 0;
// Browser tests need the built app and chromium; a run that selects other files skips both.
const paths = jestArgs.filter((a) => !a.startsWith('-'));
const runBrowser = runJest && (paths.length === 0 || paths.some((a) => /^(\.\/)?test(\/web)?(\/|$)/.test(a)));

let running = null;
// Ctrl-C or SIGTERM (also through npm): stop the test runner; the servers are stopped below as on any other end.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (running && running.exitCode === null) running.kill(signal);
    else process.exit(1);
  });
}

function run(args) {
  return new Promise((resolve) => {
    const child = (running = track(spawn(process.execPath, args, { stdio: 'inherit', env }), 'test runner'));
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
}

/** Counts from a Jest-format JSON report (Vitest writes the same shape). */
function counts(report) {
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    // A suite that fails to load has no failing test of its own: count it as one.
    return {
      passed: result.numPassedTests ?? 0,
      failed: (result.numFailedTests ?? 0) + (result.numRuntimeErrorTestSuites ?? 0),
    };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

async function main() {
  let passed = 0;
  let failed = 0;
  let ok = true;

  if (runVitest) {
    const report = path.join(scratch, 'vitest.json');
    const code = await run([
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'apps/web/vite.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...webUnitArgs.map((a) => path.relative('apps/web', a)).filter(Boolean),
    ]);
    const c = counts(report);
    passed += c.passed;
    // A runner that failed without a failing test (e.g. a file that did not load) still counts.
    failed += c.failed || (code === 0 ? 0 : 1);
    ok &&= code === 0;
  }

  if (runJest) {
    if (runBrowser) {
      ensureChromium();
      await buildWeb();
    }
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
    const code = await run(['node_modules/jest/bin/jest.js', '--json', '--outputFile', report, ...jestArgs]);
    const c = counts(report);
    passed += c.passed;
    // A runner that failed without a failing test (e.g. a file that did not load) still counts.
    failed += c.failed || (code === 0 ? 0 : 1);
    ok &&= code === 0;
  }

  console.log(`${passed} passed, ${failed} failed`);
  exitCode = ok && failed === 0 && passed > 0 ? 0 : 1;
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
