import fc from 'fast-check';
import { MinCostFlow } from './min-cost-flow';

describe('MinCostFlow', () => {
  it('finds a min-cost max flow on a textbook network', () => {
    // s=0, t=3: two routes, the cheap one has capacity 2.
    const g = new MinCostFlow(4);
    g.addEdge(0, 1, 2, 1);
    g.addEdge(1, 3, 2, 1);
    g.addEdge(0, 2, 3, 3);
    g.addEdge(2, 3, 3, 3);
    g.addEdge(1, 2, 1, 0);
    expect(g.solve(0, 3)).toEqual({ flow: 5, cost: 2 * 2 + 3 * 6 });
  });

  it('respects maxFlow', () => {
    const g = new MinCostFlow(2);
    const e = g.addEdge(0, 1, 10, 5);
    expect(g.solve(0, 1, { maxFlow: 4 })).toEqual({ flow: 4, cost: 20 });
    expect(g.flowOn(e)).toBe(4);
  });

  it('stops at the cheapest flow value instead of forcing maximum flow', () => {
    // One worker, two jobs: only the profitable one is worth taking.
    const g = new MinCostFlow(5);
    g.addEdge(0, 1, 2, 0);
    const good = g.addEdge(1, 2, 1, -7);
    const bad = g.addEdge(1, 3, 1, 4);
    g.addEdge(2, 4, 1, 0);
    g.addEdge(3, 4, 1, 0);
    expect(g.solve(0, 4, { stopWhenNonNegative: true })).toEqual({
      flow: 1,
      cost: -7,
    });
    expect([g.flowOn(good), g.flowOn(bad)]).toEqual([1, 0]);
  });

  it('rejects non-integer costs and negative cycles', () => {
    expect(() => new MinCostFlow(2).addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
    const g = new MinCostFlow(3);
    g.addEdge(0, 1, 1, 0);
    g.addEdge(1, 2, 1, -1);
    g.addEdge(2, 1, 1, -1);
    expect(() => g.solve(0, 2)).toThrow(/Negative cycle/);
  });

  it('solves the assignment problem like brute force over permutations', () => {
    const permutations = (n: number): number[][] =>
      n === 0
        ? [[]]
        : permutations(n - 1).flatMap((p) =>
            Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
          );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.array(
            fc.array(fc.integer({ min: -50, max: 50 }), {
              minLength: n,
              maxLength: n,
            }),
            { minLength: n, maxLength: n },
          ),
        ),
        (cost) => {
          const n = cost.length;
          const g = new MinCostFlow(2 * n + 2);
          for (let i = 0; i < n; i++) {
            g.addEdge(0, 2 + i, 1, 0);
            g.addEdge(2 + n + i, 1, 1, 0);
            for (let j = 0; j < n; j++) g.addEdge(2 + i, 2 + n + j, 1, cost[i][j]);
          }
          const best = Math.min(...permutations(n).map((p) => p.reduce((s, j, i) => s + cost[i][j], 0)));
          expect(g.solve(0, 1)).toEqual({ flow: n, cost: best });
        },
      ),
      { numRuns: 200 },
    );
  });
});
