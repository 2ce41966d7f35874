import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import BASELINE from './unscoped-access.baseline.json';

/**
 * Organisation data is reached through `db.scoped(ctx, Entity)` (the organisation
 * merged into every where) and SQL through named `*.sql.ts` builders that bind the
 * organisation as `$1`. Older code still writes the organisation by hand; this
 * ratchet lets that count only fall: a new unscoped repository or query, or a new
 * file with one, fails here. Lower the baseline when you convert code.
 */
const ROOT = path.resolve(__dirname, '../../..');
const UNSCOPED = [
  { name: 'getRepository(', pattern: /\.getRepository\(/g },
  { name: 'manager.', pattern: /\bdb\.manager\s*\.(?!connection\b)/g },
  { name: 'query(', pattern: /\bdb\s*\.query\s*[<(]/g },
];
/** The connection itself, and what is not organisation data. */
const EXEMPT = /^libs\/(data-access|database)\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.sql.ts')
      ? [full]
      : [];
  });
}

function countUnscopedAccess(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of [...sourceFiles(path.join(ROOT, 'libs')), ...sourceFiles(path.join(ROOT, 'apps/api/src'))]) {
    const relative = path.relative(ROOT, file).split(path.sep).join('/');
    if (EXEMPT.test(relative)) continue;
    const text = readFileSync(file, 'utf8');
    const n = UNSCOPED.reduce((sum, { pattern }) => sum + (text.match(pattern)?.length ?? 0), 0);
    if (n) counts[relative] = n;
  }
  return counts;
}

describe('unscoped data access', () => {
  it('never grows: new code uses db.scoped(ctx, Entity) and *.sql.ts builders', () => {
    const baseline = BASELINE as Record<string, number>;
    const grown = Object.entries(countUnscopedAccess())
      .filter(([file, n]) => n > (baseline[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} unscoped calls (baseline ${baseline[file] ?? 0})`);
    expect(grown).toEqual([]);
  });
});
