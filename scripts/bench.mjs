// `npm run bench [-- name [args…]]`: runs bench/*.bench.ts (all, or those whose
// name contains `name`), with PostgreSQL and Redis provided as for `npm start`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [filter = '', ...args] = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (!benches.length) {
  console.error(`No benchmark matches "${filter}".`);
  process.exit(1);
}
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  const run = spawnSync(
    process.execPath,
    [
      'scripts/with-services.mjs',
      process.execPath,
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      path.join('bench', bench),
      ...args,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
