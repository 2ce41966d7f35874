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
import {
  ensureChromium,
  makeReachableDir,
  startEmbeddedPostgres,
  startRedis,
  startReplica,
  track,
} from './services.mjs';

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
// People search again with a streaming read replica (its reads go there), and the proof that they do.
// jest.config.js leaves test/read-replica out of runs without a replica.
const REPLICA_FILES = ['test/people-search.e2e-spec.ts', 'test/read-replica.e2e-spec.ts'];
const selected = (file) => paths.some((a) => file.startsWith(a.replace(/^\.\//, '')));
const replicaFiles = !runJest ? [] : paths.length === 0 ? REPLICA_FILES : REPLICA_FILES.filter(selected);

let running = null;
/** The PostgreSQL this command started, if DATABASE_URL was not given. */
let primary = null;
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
      primary = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg'), persistent: false });
      stops.push(primary.stop);
      env.DATABASE_URL = primary.adminUrl;
    }
    if (!env.REDIS_URL) {
      const redis = await startRedis();
      stops.push(redis.stop);
      env.REDIS_URL = redis.url;
    }
    const jest = async (name, args) => {
      const report = path.join(scratch, `${name}.json`);
      const code = await run(['node_modules/jest/bin/jest.js', '--json', '--outputFile', report, ...args]);
      const c = counts(report);
      passed += c.passed;
      // A runner that failed without a failing test (e.g. a file that did not load) still counts.
      failed += c.failed || (code === 0 ? 0 : 1);
      ok &&= code === 0;
    };
    // test/read-replica runs only with the replica; everything else (people search too) runs first without.
    const onlyReplicaProof = paths.length > 0 && paths.every((a) => a.replace(/^\.\//, '') === REPLICA_FILES[1]);
    if (!onlyReplicaProof) await jest('jest', jestArgs);

    if (replicaFiles.length && !primary) {
      console.log(
        `Not run with a read replica (${replicaFiles.join(', ')}): it is made from the PostgreSQL this command starts, and DATABASE_URL was given.`,
      );
    } else if (replicaFiles.length) {
      const replica = await startReplica(primary, { dataDir: path.join(scratch, 'pg-replica'), synchronous: true });
      stops.push(replica.stop);
      env.TEST_REPLICA_URL = replica.adminUrl;
      const flags = jestArgs.filter((a) => a.startsWith('-'));
      await jest('jest-replica', [...flags, ...replicaFiles]);
    }
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
