import type { AssignmentProblem } from './assignment-problem';
import { HOURS_EPS } from './prepare';

/**
 * The generalised assignment heuristic: tasks have seats, volunteers have
 * hours, tasks take different efforts (NP-hard). A Lagrangian relaxation of
 * the seats (one small 0-1 knapsack per volunteer) gives a tight upper bound
 * and, along the way, near-feasible plans; the best plan is then improved by
 * re-optimising one volunteer at a time *exactly* (a knapsack over that
 * volunteer's candidate tasks, where a full task costs its weakest occupant's
 * score; the displaced occupant is re-placed greedily).
 */

/** Minimum gain for a move, so float noise never cycles. */
const GAIN_EPS = 1e-12;
/** First subgradient step factor (Polyak); halved whenever the bound stalls for 3 iterations. */
const INITIAL_STEP = 0.5;
/** Largest knapsack capacity in effort units; finer hour grids are coarsened (safely). */
const MAX_CAPACITY_UNITS = 256;

/** A feasible selection of edges with incremental bookkeeping. */
class Selection {
  readonly chosen: Uint8Array;
  readonly used: Float64Array;
  readonly filled: Int32Array;
  /** Chosen edges per volunteer / per task (small lists). */
  readonly ofV: number[][];
  readonly ofT: number[][];
  /** Per-edge scratch flags for a single move; all zero between moves. */
  readonly scratch: Uint8Array;
  /** Tasks whose occupancy changed, in order (duplicates allowed); cleared by the caller. */
  readonly touched: number[] = [];
  /** Each task's weakest occupant, recomputed only after the task changes (it is read far more often). */
  private readonly weakestEdge: Int32Array;
  private readonly weakestStale: Uint8Array;

  constructor(private readonly p: AssignmentProblem) {
    this.chosen = new Uint8Array(p.edgeV.length);
    this.scratch = new Uint8Array(p.edgeV.length);
    this.used = new Float64Array(p.volunteerIds.length);
    this.filled = new Int32Array(p.taskIds.length);
    this.ofV = Array.from({ length: p.volunteerIds.length }, () => []);
    this.ofT = Array.from({ length: p.taskIds.length }, () => []);
    this.weakestEdge = new Int32Array(p.taskIds.length).fill(-1);
    this.weakestStale = new Uint8Array(p.taskIds.length);
  }

  /** The weakest occupant edge of a task (lowest score, then highest id), or −1 when empty. */
  weakest(t: number): number {
    if (this.weakestStale[t] === 1) {
      const w = this.p.edgeW;
      let worst = -1;
      for (const e of this.ofT[t]) if (worst < 0 || w[e] < w[worst] || (w[e] === w[worst] && e > worst)) worst = e;
      this.weakestEdge[t] = worst;
      this.weakestStale[t] = 0;
    }
    return this.weakestEdge[t];
  }

  /** Empties the selection (reuses its buffers). */
  reset(): void {
    this.chosen.fill(0);
    this.used.fill(0);
    this.filled.fill(0);
    for (const list of this.ofV) list.length = 0;
    for (const list of this.ofT) list.length = 0;
    this.weakestEdge.fill(-1);
    this.weakestStale.fill(0);
    this.touched.length = 0;
  }

  copyFrom(other: Selection): void {
    this.reset();
    for (let e = 0; e < other.chosen.length; e++) if (other.chosen[e] === 1) this.add(e);
    this.touched.length = 0;
  }

  fits(e: number): boolean {
    const p = this.p;
    const v = p.edgeV[e];
    const t = p.edgeT[e];
    return this.chosen[e] === 0 && this.filled[t] < p.seats[t] && this.used[v] + p.effort[t] <= p.hours[v] + HOURS_EPS;
  }

  add(e: number): void {
    const p = this.p;
    this.chosen[e] = 1;
    this.used[p.edgeV[e]] += p.effort[p.edgeT[e]];
    this.filled[p.edgeT[e]]++;
    this.ofV[p.edgeV[e]].push(e);
    this.ofT[p.edgeT[e]].push(e);
    this.weakestStale[p.edgeT[e]] = 1;
    this.touched.push(p.edgeT[e]);
  }

  remove(e: number): void {
    const p = this.p;
    this.chosen[e] = 0;
    this.used[p.edgeV[e]] -= p.effort[p.edgeT[e]];
    this.filled[p.edgeT[e]]--;
    removeValue(this.ofV[p.edgeV[e]], e);
    removeValue(this.ofT[p.edgeT[e]], e);
    this.weakestStale[p.edgeT[e]] = 1;
    this.touched.push(p.edgeT[e]);
  }

  total(): number {
    let s = 0;
    for (let e = 0; e < this.chosen.length; e++) if (this.chosen[e] === 1) s += this.p.edgeW[e];
    return s;
  }
}

function removeValue(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}

/** Takes edges in the given order whenever seats and hours allow. */
export function greedySelection(p: AssignmentProblem, order: ArrayLike<number>): Selection {
  const s = new Selection(p);
  for (let i = 0; i < order.length; i++) if (s.fits(order[i])) s.add(order[i]);
  return s;
}

/**
 * Efforts and hours on an integer grid for the knapsacks. `effort`/`capacity`
 * round safely (efforts up, hours down: every packing is feasible);
 * `effortLow`/`capacityHigh` round the other way (every feasible set packs:
 * used for the upper bound). On an exact grid (e.g. whole or quarter hours)
 * both are the same.
 */
interface Grid {
  effort: Int32Array;
  capacity: Int32Array;
  effortLow: Int32Array;
  capacityHigh: Int32Array;
}

function grid(p: AssignmentProblem): Grid {
  let maxHours = 0;
  for (let v = 0; v < p.hours.length; v++) if (p.vStart[v + 1] > p.vStart[v]) maxHours = Math.max(maxHours, p.hours[v]);
  const onGrid = (x: number, s: number) => Math.abs(x * s - Math.round(x * s)) < 1e-6;
  let scale = [1, 2, 4, 10, 20, 100].find(
    (s) => p.effort.every((x) => onGrid(x, s)) && maxHours * s <= MAX_CAPACITY_UNITS,
  );
  if (scale === undefined) scale = maxHours > 0 ? MAX_CAPACITY_UNITS / maxHours : 1;
  const s = scale;
  const tiny = 1e-6;
  return {
    effort: Int32Array.from(p.effort, (x) => Math.max(0, Math.ceil(x * s - tiny))),
    capacity: Int32Array.from(p.hours, (h) => Math.max(0, Math.floor(h * s + tiny))),
    effortLow: Int32Array.from(p.effort, (x) => Math.max(0, Math.floor(x * s + tiny))),
    capacityHigh: Int32Array.from(p.hours, (h) => Math.max(0, Math.ceil(h * s - tiny))),
  };
}

/** Reusable buffers for small 0-1 knapsacks (exported for its own tests). */
export class Knapsack {
  private readonly dp = new Float64Array(MAX_CAPACITY_UNITS + 1);
  private keep = new Uint8Array(0);
  private items: Int32Array;
  private profit: Float64Array;
  private size: Int32Array;
  count = 0;
  /** The chosen items after {@link solve}: picked[0 .. pickedCount). */
  readonly picked: Int32Array;
  pickedCount = 0;

  /** Items grouped by size: bucket[size · maxItems + k]; see {@link dominant}. */
  private readonly bucket: Int32Array;
  private readonly bucketCount = new Int32Array(MAX_CAPACITY_UNITS + 1);
  private readonly sizesSeen = new Int32Array(MAX_CAPACITY_UNITS + 1);
  private readonly use: Int32Array;

  constructor(private readonly maxItems: number) {
    this.bucket = new Int32Array((MAX_CAPACITY_UNITS + 1) * maxItems);
    this.use = new Int32Array(maxItems);
    this.items = new Int32Array(maxItems);
    this.profit = new Float64Array(maxItems);
    this.size = new Int32Array(maxItems);
    this.picked = new Int32Array(maxItems);
  }

  clear(): void {
    this.count = 0;
  }

  push(item: number, profit: number, size: number): void {
    const i = this.count++;
    this.items[i] = item;
    this.profit[i] = profit;
    this.size[i] = size;
  }

  /** Best total profit within `capacity` (profits are positive); the chosen items are left in {@link picked}. */
  solve(capacity: number): number {
    const n = this.count;
    this.pickedCount = 0;
    let sizes = 0;
    let all = 0;
    for (let i = 0; i < n; i++) {
      sizes += this.size[i];
      all += this.profit[i];
    }
    if (sizes <= capacity) {
      // Everything fits (the common case once seat prices bite).
      for (let i = 0; i < n; i++) this.picked[this.pickedCount++] = this.items[i];
      return all;
    }
    const u = this.dominant(capacity);
    const use = this.use;
    const cols = capacity + 1;
    if (this.keep.length < u * cols) this.keep = new Uint8Array(Math.max(u * cols, this.keep.length * 2));
    const dp = this.dp;
    const keep = this.keep;
    dp.fill(0, 0, cols);
    keep.fill(0, 0, u * cols);
    for (let k = 0; k < u; k++) {
      const w = this.size[use[k]];
      const pr = this.profit[use[k]];
      const row = k * cols;
      for (let c = capacity; c >= w; c--) {
        const candidate = dp[c - w] + pr;
        if (candidate > dp[c] + GAIN_EPS) {
          dp[c] = candidate;
          keep[row + c] = 1;
        }
      }
    }
    let c = capacity;
    for (let k = u - 1; k >= 0; k--) {
      if (keep[k * cols + c] === 1) {
        this.picked[this.pickedCount++] = this.items[use[k]];
        c -= this.size[use[k]];
      }
    }
    return dp[capacity];
  }

  /**
   * Dominance: at most ⌊capacity / s⌋ items of size s fit together, so only
   * that many of the most profitable items of each size can be in an optimum.
   * Leaves their indices in `use` (ascending) and returns how many; this cuts
   * the dynamic programme several-fold when volunteers have many candidates.
   */
  private dominant(capacity: number): number {
    const n = this.count;
    let u = 0;
    let sizes = 0;
    for (let i = 0; i < n; i++) {
      const s = this.size[i];
      if (s > capacity) continue;
      if (s === 0) {
        this.use[u++] = i; // always fits
        continue;
      }
      if (this.bucketCount[s] === 0) this.sizesSeen[sizes++] = s;
      this.bucket[s * this.maxItems + this.bucketCount[s]++] = i;
    }
    for (let k = 0; k < sizes; k++) {
      const s = this.sizesSeen[k];
      const from = s * this.maxItems;
      const count = this.bucketCount[s];
      const limit = Math.floor(capacity / s);
      if (count <= limit) {
        for (let j = 0; j < count; j++) this.use[u++] = this.bucket[from + j];
      } else {
        // The `limit` most profitable (ties: lower index), by repeated selection.
        for (let taken = 0; taken < limit; taken++) {
          let best = -1;
          for (let j = from; j < from + count; j++) {
            const i = this.bucket[j];
            if (i >= 0 && (best < 0 || this.profit[i] > this.profit[this.bucket[best]])) best = j;
          }
          this.use[u++] = this.bucket[best];
          this.bucket[best] = -1;
        }
      }
      this.bucketCount[s] = 0;
    }
    this.use.subarray(0, u).sort();
    return u;
  }
}

/** Greedily fills a task's free seats with its best feasible edges. */
function refillTask(p: AssignmentProblem, s: Selection, t: number): void {
  for (let i = p.tStart[t]; i < p.tStart[t + 1] && s.filled[t] < p.seats[t]; i++) {
    if (s.fits(p.tEdges[i])) s.add(p.tEdges[i]);
  }
}

/** Greedily spends a volunteer's free hours on their best feasible edges. */
function refillVolunteer(p: AssignmentProblem, s: Selection, v: number): void {
  for (let i = p.vStart[v]; i < p.vStart[v + 1]; i++) if (s.fits(p.vEdges[i])) s.add(p.vEdges[i]);
}

/**
 * Re-optimises volunteer v exactly against the rest of the selection: the
 * best set of v's candidate tasks within v's hours, where keeping a current
 * task or taking a free seat is free and a full task costs its weakest
 * occupant's score. Applied only when that strictly raises the total; the
 * displaced occupants and the seats v leaves are then refilled greedily, which
 * can only add. Changes are recorded in `s.touched`.
 */
function reoptimiseVolunteer(p: AssignmentProblem, s: Selection, g: Grid, ks: Knapsack, v: number): void {
  ks.clear();
  let current = 0;
  let hasNew = false;
  for (let i = p.vStart[v]; i < p.vStart[v + 1]; i++) {
    const e = p.vEdges[i];
    const t = p.edgeT[e];
    if (s.chosen[e] === 1) {
      current += p.edgeW[e];
      ks.push(e, p.edgeW[e], g.effort[t]);
      continue;
    }
    const profit = s.filled[t] < p.seats[t] ? p.edgeW[e] : p.edgeW[e] - p.edgeW[s.weakest(t)];
    if (profit > GAIN_EPS) {
      ks.push(e, profit, g.effort[t]);
      hasNew = true;
    }
  }
  if (!hasNew || ks.solve(g.capacity[v]) <= current + GAIN_EPS) return;
  const keep = s.scratch;
  for (let k = 0; k < ks.pickedCount; k++) keep[ks.picked[k]] = 1;
  const freedTasks: number[] = [];
  const displaced: number[] = [];
  const mine = s.ofV[v];
  for (let k = mine.length - 1; k >= 0; k--) {
    const e = mine[k];
    if (keep[e] === 0) {
      s.remove(e);
      freedTasks.push(p.edgeT[e]);
    }
  }
  for (let k = 0; k < ks.pickedCount; k++) {
    const e = ks.picked[k];
    keep[e] = 0;
    if (s.chosen[e] === 1) continue;
    const t = p.edgeT[e];
    if (s.filled[t] >= p.seats[t]) {
      const weakest = s.weakest(t);
      s.remove(weakest);
      displaced.push(p.edgeV[weakest]);
    }
    s.add(e);
  }
  for (const u of displaced) refillVolunteer(p, s, u);
  for (const t of freedTasks) refillTask(p, s, t);
  refillVolunteer(p, s, v);
}

/**
 * Passes of volunteer re-optimisation until a pass changes nothing or the
 * budget runs out. A volunteer is looked at again only when one of their
 * candidate tasks changed occupancy since their last look.
 */
function improve(p: AssignmentProblem, s: Selection, g: Grid, ks: Knapsack, maxPasses: number): void {
  const V = p.volunteerIds.length;
  let clock = 1;
  const taskStamp = new Int32Array(p.taskIds.length).fill(1);
  const looked = new Int32Array(V);
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (let v = 0; v < V; v++) {
      let stale = looked[v] === 0;
      for (let i = p.vStart[v]; !stale && i < p.vStart[v + 1]; i++)
        if (taskStamp[p.edgeT[p.vEdges[i]]] > looked[v]) stale = true;
      if (!stale) continue;
      looked[v] = ++clock;
      s.touched.length = 0;
      reoptimiseVolunteer(p, s, g, ks, v);
      if (s.touched.length === 0) continue;
      changed = true;
      clock++;
      for (const t of s.touched) taskStamp[t] = clock;
    }
    if (!changed) break;
  }
}

/** Tuning for {@link solveHeuristic}. */
export interface HeuristicOptions {
  /** Subgradient iterations of the seat relaxation (upper bound and seat prices). */
  lagrangianIterations: number;
  /** Cap on improvement passes over the volunteers. */
  maxLocalSearchPasses: number;
  /** Build a primal solution from the relaxation every N iterations. */
  primalEvery: number;
}

/**
 * Lagrangian relaxation of the seats: with a price πₜ per seat the problem
 * splits into one knapsack per volunteer (profits w − π, efforts rounded down
 * and hours up so the bound stays valid on any hour grid), whose sum plus
 * Σ πₜ·seatsₜ bounds the optimum from above. Projected subgradient steps on π
 * (Polyak step towards the best known total, halved when the bound stalls).
 * Every `primalEvery` iterations the volunteers' picks are handed to `primal`,
 * which returns the best total known so far.
 */
function seatRelaxation(
  p: AssignmentProblem,
  g: Grid,
  ks: Knapsack,
  run: {
    iterations: number;
    primalEvery: number;
    initialPrice: Float64Array;
    lowerBound: number;
    primal: (picks: readonly number[]) => number;
  },
): number {
  const V = p.volunteerIds.length;
  const T = p.taskIds.length;
  const price = Float64Array.from(run.initialPrice);
  const demand = new Int32Array(T);
  let lowerBound = run.lowerBound;
  let upperBound = Infinity;
  let mu = INITIAL_STEP;
  let stale = 0;
  const picks: number[] = [];
  // Each volunteer's candidates laid out contiguously: the loop below runs
  // over every pair each iteration, so memory order matters.
  const m = p.vEdges.length;
  const seqT = new Int32Array(m);
  const seqW = new Float64Array(m);
  const seqSize = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    seqT[i] = p.edgeT[p.vEdges[i]];
    seqW[i] = p.edgeW[p.vEdges[i]];
    seqSize[i] = g.effortLow[seqT[i]];
  }
  for (let iter = 0; iter < run.iterations; iter++) {
    demand.fill(0);
    picks.length = 0;
    let L = 0;
    for (let t = 0; t < T; t++) L += price[t] * p.seats[t];
    for (let v = 0; v < V; v++) {
      ks.clear();
      for (let i = p.vStart[v], end = p.vStart[v + 1]; i < end; i++) {
        const r = seqW[i] - price[seqT[i]];
        if (r > 0) ks.push(i, r, seqSize[i]);
      }
      L += ks.solve(g.capacityHigh[v]);
      for (let k = 0; k < ks.pickedCount; k++) {
        const i = ks.picked[k];
        demand[seqT[i]]++;
        picks.push(p.vEdges[i]);
      }
    }
    if ((iter + 1) % run.primalEvery === 0) lowerBound = Math.max(lowerBound, run.primal(picks));
    if (L < upperBound - 1e-12) {
      upperBound = L;
      stale = 0;
    } else if (++stale >= 3) {
      mu /= 2;
      stale = 0;
    }
    if (upperBound - lowerBound <= 1e-9) break;
    let norm = 0;
    for (let t = 0; t < T; t++) {
      const gt = p.seats[t] - demand[t];
      if (price[t] > 0 || gt < 0) norm += gt * gt; // projected: a zero price cannot fall
    }
    if (norm === 0) break;
    const step = (mu * Math.max(L - lowerBound, 1e-9)) / norm;
    for (let t = 0; t < T; t++) price[t] = Math.max(0, price[t] - step * (p.seats[t] - demand[t]));
  }
  return upperBound;
}

/**
 * The heuristic: the score greedy, then the seat relaxation, whose knapsack
 * picks are turned into full plans every few iterations (picks first, best
 * score first, then each task's free seats filled greedily; the best plan is
 * kept), then exact per-volunteer re-optimisation of the best plan.
 * Deterministic.
 */
export function solveHeuristic(
  p: AssignmentProblem,
  options: HeuristicOptions,
): { chosen: Uint8Array; total: number; upperBound: number } {
  const g = grid(p);
  let maxDegree = 0;
  for (let v = 0; v < p.volunteerIds.length; v++) maxDegree = Math.max(maxDegree, p.vStart[v + 1] - p.vStart[v]);
  const ks = new Knapsack(maxDegree);
  const byWeight = p.byWeight;
  const best = greedySelection(p, byWeight);
  let total = best.total();
  const trial = new Selection(p);
  const rank = new Int32Array(p.edgeW.length);
  for (let i = 0; i < byWeight.length; i++) rank[byWeight[i]] = i;
  const primal = (picks: readonly number[]): number => {
    trial.reset();
    const order = Int32Array.from(picks, (e) => rank[e]).sort();
    for (let i = 0; i < order.length; i++) if (trial.fits(byWeight[order[i]])) trial.add(byWeight[order[i]]);
    for (let t = 0; t < p.taskIds.length; t++) if (trial.filled[t] < p.seats[t]) refillTask(p, trial, t);
    const trialTotal = trial.total();
    if (trialTotal > total + GAIN_EPS) {
      best.copyFrom(trial);
      total = trialTotal;
    }
    return total;
  };
  // Warm start: a full seat is worth about half its weakest greedy occupant's score.
  const initialPrice = new Float64Array(p.taskIds.length);
  for (let t = 0; t < initialPrice.length; t++) {
    if (p.seats[t] > 0 && best.filled[t] >= p.seats[t]) initialPrice[t] = 0.5 * p.edgeW[best.weakest(t)];
  }
  const upperBound =
    options.lagrangianIterations > 0
      ? seatRelaxation(p, g, ks, {
          iterations: options.lagrangianIterations,
          primalEvery: options.primalEvery,
          initialPrice,
          lowerBound: total,
          primal,
        })
      : Infinity;
  improve(p, best, g, ks, options.maxLocalSearchPasses);
  total = best.total();
  return { chosen: best.chosen, total, upperBound: Math.max(upperBound, total) };
}
