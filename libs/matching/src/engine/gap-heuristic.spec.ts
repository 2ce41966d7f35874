import fc from 'fast-check';
import { Knapsack } from './gap-heuristic';

/** Every subset, by brute force. */
function bestByEnumeration(profit: number[], size: number[], capacity: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << profit.length; mask++) {
    let used = 0;
    let total = 0;
    for (let i = 0; i < profit.length; i++) {
      if (mask & (1 << i)) {
        used += size[i];
        total += profit[i];
      }
    }
    if (used <= capacity && total > best) best = total;
  }
  return best;
}

describe('Knapsack (a volunteer’s best set of tasks within their hours)', () => {
  it('finds the optimum and reports a packing that fits and adds up', () => {
    const items = fc.array(
      fc.record({ profit: fc.integer({ min: 1, max: 1000 }), size: fc.constantFrom(0, 1, 2, 3, 4, 6, 8) }),
      { minLength: 0, maxLength: 13 },
    );
    const knapsack = new Knapsack(13);
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 20 }), (list, capacity) => {
        knapsack.clear();
        list.forEach((item, i) => knapsack.push(100 + i, item.profit / 1000, item.size));
        const value = knapsack.solve(capacity);
        const picked = Array.from(knapsack.picked.subarray(0, knapsack.pickedCount), (id) => list[id - 100]);
        expect(new Set(knapsack.picked.subarray(0, knapsack.pickedCount)).size).toBe(picked.length);
        expect(picked.reduce((s, item) => s + item.size, 0)).toBeLessThanOrEqual(capacity);
        expect(picked.reduce((s, item) => s + item.profit / 1000, 0)).toBeCloseTo(value, 9);
        expect(value).toBeCloseTo(
          bestByEnumeration(
            list.map((item) => item.profit / 1000),
            list.map((item) => item.size),
            capacity,
          ),
          9,
        );
      }),
      { numRuns: 500 },
    );
  });
});
