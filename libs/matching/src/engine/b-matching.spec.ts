import fc from 'fast-check';
import { maxWeightBMatching } from './b-matching';
import { maxWeightBMatchingBySsp } from './b-matching-ssp.oracle';
import { type IntegerBMatching, candidateEdges, generate, integerBMatching } from './synthetic';

type Problem = IntegerBMatching;

/**
 * Random problems: up to 12 volunteers (capacity 0–3) × 6 tasks (0–4 seats), each pair a
 * candidate with probability ~1/2, weights from a small range so ties are common; volunteers
 * and tasks without candidates happen often.
 */
const problemArb: fc.Arbitrary<Problem> = fc
  .record({ nV: fc.integer({ min: 1, max: 12 }), nT: fc.integer({ min: 1, max: 6 }) })
  .chain(({ nV, nT }) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: nV, maxLength: nV }),
      seats: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: nT, maxLength: nT }),
      weights: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
        minLength: nV * nT,
        maxLength: nV * nT,
      }),
    }),
  )
  .map(({ capacity, seats, weights }) => {
    const pairV: number[] = [];
    const pairT: number[] = [];
    const weight: number[] = [];
    weights.forEach((w, k) => {
      if (w === null) return;
      pairV.push(Math.floor(k / seats.length));
      pairT.push(k % seats.length);
      weight.push(w);
    });
    return {
      capacity: Int32Array.from(capacity),
      seats: Int32Array.from(seats),
      pairV: Int32Array.from(pairV),
      pairT: Int32Array.from(pairT),
      weight: Float64Array.from(weight),
    };
  });

function solve(p: Problem, solver: typeof maxWeightBMatching): Uint8Array {
  return solver(p.capacity, p.seats, p.pairV, p.pairT, p.weight);
}

function total(p: Problem, chosen: Uint8Array): number {
  let sum = 0;
  for (let e = 0; e < chosen.length; e++) if (chosen[e] === 1) sum += p.weight[e];
  return sum;
}

function expectFeasible(p: Problem, chosen: Uint8Array): void {
  const used = new Int32Array(p.capacity.length);
  const filled = new Int32Array(p.seats.length);
  for (let e = 0; e < chosen.length; e++) {
    if (chosen[e] !== 1) continue;
    used[p.pairV[e]]++;
    filled[p.pairT[e]]++;
  }
  used.forEach((u, v) => expect(u).toBeLessThanOrEqual(p.capacity[v]));
  filled.forEach((f, t) => expect(f).toBeLessThanOrEqual(p.seats[t]));
}

/** Exhaustive optimum over subsets of pairs (small problems only). */
function bruteForce(p: Problem): number {
  const used = new Int32Array(p.capacity.length);
  const filled = new Int32Array(p.seats.length);
  let best = 0;
  const go = (e: number, sum: number): void => {
    if (e === p.weight.length) {
      best = Math.max(best, sum);
      return;
    }
    const v = p.pairV[e];
    const t = p.pairT[e];
    if (used[v] < p.capacity[v] && filled[t] < p.seats[t]) {
      used[v]++;
      filled[t]++;
      go(e + 1, sum + p.weight[e]);
      used[v]--;
      filled[t]--;
    }
    go(e + 1, sum);
  };
  go(0, 0);
  return best;
}

describe('maxWeightBMatching (cost scaling)', () => {
  it('equals the successive-shortest-paths solver on random problems with ties, empty capacities and seats', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const chosen = solve(p, maxWeightBMatching);
        expectFeasible(p, chosen);
        expect(total(p, chosen)).toBe(total(p, solve(p, maxWeightBMatchingBySsp)));
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('equals exhaustive search on small problems', () => {
    fc.assert(
      fc.property(
        problemArb.filter((p) => p.weight.length <= 14),
        (p) => {
          expect(total(p, solve(p, maxWeightBMatching))).toBe(bruteForce(p));
        },
      ),
      { numRuns: 200, seed: 20261208 },
    );
  });

  it('chooses nothing when no one has capacity or no task has seats, and is deterministic', () => {
    const p: Problem = {
      capacity: Int32Array.from([0, 2]),
      seats: Int32Array.from([0, 1]),
      pairV: Int32Array.from([0, 0, 1]),
      pairT: Int32Array.from([0, 1, 0]),
      weight: Float64Array.from([9, 9, 9]),
    };
    expect(Array.from(solve(p, maxWeightBMatching))).toEqual([0, 0, 0]);
    const tied = { ...p, capacity: Int32Array.from([1, 1]), seats: Int32Array.from([1, 1]) };
    const once = solve(tied, maxWeightBMatching);
    expect(total(tied, once)).toBe(18);
    expect(solve(tied, maxWeightBMatching)).toEqual(once);
  });

  it('equals the successive-shortest-paths solver on synthetic organisations (scarce seats, integer-scaled scores)', () => {
    for (const [nV, nT, seed, hours] of [
      [300, 60, 11, 4],
      [400, 40, 12, 12],
      [250, 80, 13, 16],
    ] as const) {
      const inst = generate(nV, nT, seed, true);
      for (const v of inst.volunteers) v.availableHoursPerMonth = hours;
      const p = integerBMatching(inst, candidateEdges(inst, 30));
      const chosen = solve(p, maxWeightBMatching);
      expectFeasible(p, chosen);
      expect(total(p, chosen)).toBe(total(p, solve(p, maxWeightBMatchingBySsp)));
    }
  });
});
