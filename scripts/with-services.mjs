// Runs a command with DATABASE_URL and REDIS_URL pointing at running servers,
// starting throwaway ones when they are unset (used by developer tooling).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeReachableDir, startEmbeddedPostgres, startRedis } from './services.mjs';

const [command, ...args] = process.argv.slice(2);
const stops = [];
const scratch = makeReachableDir(mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-tool-')));
const env = { ...process.env };
let code = 1;
try {
  if (!env.DATABASE_URL) {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg'), persistent: false });
    stops.push(pg.stop);
    await pg.createDatabase('crowdcomms');
    env.DATABASE_URL = pg.urlFor('crowdcomms');
  }
  if (!env.REDIS_URL) {
    const redis = await startRedis();
    stops.push(redis.stop);
    env.REDIS_URL = redis.url;
  }
  env.JWT_SECRET ??= 'tooling-secret-not-used-for-real-tokens-000';
  code = await new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (c) => resolve(c ?? 1));
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}
