import { pairPeople, pastPairs } from './buddy-pairing';

describe('buddy pairing', () => {
  const people = (n: number, teams = 4) =>
    Array.from({ length: n }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, team: `t${i % teams}` }));

  it('never repeats a pair over rounds, mixes teams and makes one trio for odd numbers', () => {
    const all = people(41);
    const history: string[][] = [];
    for (let round = 1; round <= 3; round++) {
      const groups = pairPeople(all, pastPairs(history), round)!;
      expect(groups).not.toBeNull();
      expect(groups.flat().sort()).toEqual(all.map((p) => p.id).sort());
      expect(groups.filter((g) => g.length === 3)).toHaveLength(1);
      expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
      const teamOf = (id: string) => all.find((p) => p.id === id)!.team;
      for (const g of groups) expect(new Set(g.map(teamOf)).size).toBe(g.length);
      const before = pastPairs(history);
      for (const g of groups)
        for (const a of g) for (const b of g) if (a < b) expect(before.has(`${a}|${b}`)).toBe(false);
      history.push(...groups);
    }
  });

  it('gives up rather than repeat a pair', () => {
    const two = people(2);
    expect(pairPeople(two, pastPairs([['p00', 'p01']]))).toBeNull();
    expect(pairPeople(people(1), new Set())).toBeNull();
  });
});
