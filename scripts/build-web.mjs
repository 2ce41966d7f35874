// Builds the web app (apps/web → dist/web) with Vite, unless dist/web was built from
// exactly the same sources: `npm start` and `npm test` call it every time and it
// costs nothing when nothing changed. `--force` always builds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'apps/web');
const outDir = path.join(root, 'dist/web');
const stampFile = path.join(outDir, '.build-stamp');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield full;
  }
}

/** A fingerprint of everything the build reads: the app's sources and the installed versions. */
function fingerprint() {
  const hash = createHash('sha256');
  for (const file of [...files(webDir)].sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex');
}

export async function buildWeb({ force = false, log = console.log } = {}) {
  const stamp = fingerprint();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    log('The web app is up to date (dist/web).');
    return;
  }
  log('Building the web app (Vite)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  if (!statSync(path.join(outDir, 'index.html')).isFile()) throw new Error('the web build wrote no index.html');
  writeFileSync(stampFile, stamp);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildWeb({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
