/** Someone to pair, with their team (department) when known. */
export interface Pairable {
  id: string;
  team: string | null;
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Every pair of people who have already been grouped together in `groups`. */
export function pastPairs(groups: readonly (readonly string[])[]): Set<string> {
  const set = new Set<string>();
  for (const g of groups) for (const a of g) for (const b of g) if (a < b) set.add(key(a, b));
  return set;
}

/** A small deterministic generator (mulberry32), so a round can be reproduced from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pairs people so that nobody meets someone they met in an earlier round
 * (a hard rule) and, where possible, partners come from different teams.
 * With an odd number, one group has three. Returns null when no grouping
 * without repeats was found.
 *
 * Greedy with randomised restarts: the most constrained person picks first,
 * preferring a partner from another team; a dead end restarts with another
 * order. The attempt with the fewest same-team pairs wins.
 */
export function pairPeople(
  people: readonly Pairable[],
  past: Set<string>,
  seed = 1,
  attempts = 300,
): string[][] | null {
  if (people.length < 2) return null;
  const rand = random(seed);
  let best: { groups: string[][]; sameTeam: number } | null = null;
  const sameTeam = (a: Pairable, b: Pairable) => !!a.team && a.team === b.team;
  for (let attempt = 0; attempt < attempts && best?.sameTeam !== 0; attempt++) {
    const pool = [...people].sort(() => rand() - 0.5);
    const groups: Pairable[][] = [];
    let stuck = false;
    // With an odd count, one person joins the last pair as a third.
    const third = pool.length % 2 ? pool.pop()! : null;
    while (pool.length) {
      const options = (p: Pairable) => pool.filter((q) => q !== p && !past.has(key(p.id, q.id)));
      pool.sort((a, b) => options(a).length - options(b).length);
      const first = pool.shift()!;
      const candidates = options(first);
      if (!candidates.length) {
        stuck = true;
        break;
      }
      const other = candidates.filter((c) => !sameTeam(first, c));
      const pick = (other.length ? other : candidates)[Math.floor(rand() * (other.length || candidates.length))];
      pool.splice(pool.indexOf(pick), 1);
      groups.push([first, pick]);
    }
    if (stuck) continue;
    if (third) {
      const fits = groups.filter((g) => g.every((m) => !past.has(key(m.id, third.id))));
      if (!fits.length) continue;
      const better = fits.filter((g) => g.every((m) => !sameTeam(m, third)));
      (better.length ? better : fits)[0].push(third);
    }
    const score = groups.reduce(
      (n, g) => n + g.reduce((m, a, i) => m + g.slice(i + 1).filter((b) => sameTeam(a, b)).length, 0),
      0,
    );
    if (!best || score < best.sameTeam) best = { groups: groups.map((g) => g.map((m) => m.id)), sameTeam: score };
  }
  return best?.groups ?? null;
}
