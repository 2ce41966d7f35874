import { MinCostFlow } from './min-cost-flow';
import { HOURS_EPS, type PreparedContext, prepareTask, prepareVolunteer } from './prepare';
import { type CandidateEdgeOptions, generateCandidateEdges } from './rank';
import { buildSkillIndex } from './skill-index';
import type {
  AssignmentPlan,
  CandidateEdge,
  MatchContext,
  TaskInput,
  TaskPlan,
  VolunteerInput,
  VolunteerPlan,
} from './types';

/** Scores are scaled to integers for the flow so reduced costs are exact (scores carry 6 decimals). */
const WEIGHT_SCALE = 1e9;
/** Minimum gain for a local-search move, so float noise never cycles. */
const GAIN_EPS = 1e-12;
/** Exhaustive choice of assignments to drop for a volunteer with at most this many. */
const MAX_EXHAUSTIVE_EJECTION = 8;
/** Candidate graphs this small are solved exactly by branch and bound (milliseconds). */
const MAX_EXACT_SEARCH_EDGES = 40;
/** Node budget of that search, so an unlucky instance can never stall a request. */
const EXACT_SEARCH_NODE_BUDGET = 2_000_000;

/** Tuning for {@link optimiseAssignments}; the defaults suit organisations up to thousands of volunteers. */
export interface OptimiseOptions {
  /** Subgradient iterations of the Lagrangian relaxation (heuristic only). Default 60. */
  lagrangianIterations?: number;
  /** Build a primal solution from the multipliers every N iterations. Default 6. */
  primalEvery?: number;
  /** Cap on local-search passes (each pass is linear-ish in the edges). Default 30. */
  maxLocalSearchPasses?: number;
  /** Candidate graphs with at most this many pairs are solved exactly by branch and bound. Default 40. */
  exactSearchMaxEdges?: number;
  /** How candidate edges are generated when a context (not edges) is given. */
  candidates?: CandidateEdgeOptions;
}

/** The assignment problem over the sparse candidate graph, with dense indices. */
interface Problem {
  volunteerIds: string[];
  taskIds: string[];
  hours: Float64Array;
  seats: Int32Array;
  effort: Float64Array;
  edgeV: Int32Array;
  edgeT: Int32Array;
  edgeW: Float64Array;
  /** Edge ids per volunteer / per task, ascending. */
  byV: number[][];
  byT: number[][];
}

function isEdgeList(x: MatchContext | PreparedContext | readonly CandidateEdge[]): x is readonly CandidateEdge[] {
  return Array.isArray(x);
}

function indexIds(ids: readonly string[], what: string): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (map.has(id)) throw new RangeError(`Duplicate ${what} id: ${id}`);
    map.set(id, i);
  });
  return map;
}

function buildProblem(
  volunteers: readonly VolunteerInput[],
  tasks: readonly TaskInput[],
  ctxOrEdges: MatchContext | PreparedContext | readonly CandidateEdge[],
  options: OptimiseOptions,
): Problem {
  const vIndex = indexIds(
    volunteers.map((v) => v.id),
    'volunteer',
  );
  const tIndex = indexIds(
    tasks.map((t) => t.id),
    'task',
  );
  const pvs = volunteers.map(prepareVolunteer);
  const pts = tasks.map(prepareTask);
  const hours = Float64Array.from(pvs, (v) => Math.max(0, v.freeHours));
  const seats = Int32Array.from(pts, (t) => Math.min(t.seats, 0x3fffffff));
  const effort = Float64Array.from(pts, (t) => t.effort);

  const edges = isEdgeList(ctxOrEdges)
    ? ctxOrEdges
    : generateCandidateEdges(buildSkillIndex({ volunteers, tasks }), ctxOrEdges, options.candidates);

  // Deduplicate (v, t) keeping the best score; drop pairs that can never be chosen.
  const best = new Map<number, number>();
  const order: number[] = [];
  const T = tasks.length;
  for (const e of edges) {
    const v = vIndex.get(e.volunteerId);
    const t = tIndex.get(e.taskId);
    if (v === undefined || t === undefined) continue; // stale edge: ignore, documented
    if (!(e.score > 0) || seats[t] < 1 || effort[t] > hours[v] + HOURS_EPS) continue;
    const key = v * T + t;
    const prev = best.get(key);
    if (prev === undefined) order.push(key);
    if (prev === undefined || e.score > prev) best.set(key, e.score);
  }
  const m = order.length;
  const edgeV = new Int32Array(m);
  const edgeT = new Int32Array(m);
  const edgeW = new Float64Array(m);
  order.sort((a, b) => a - b);
  order.forEach((key, i) => {
    edgeV[i] = Math.floor(key / T);
    edgeT[i] = key % T;
    edgeW[i] = best.get(key) as number;
  });
  const byV: number[][] = volunteers.map(() => []);
  const byT: number[][] = tasks.map(() => []);
  for (let e = 0; e < m; e++) {
    byV[edgeV[e]].push(e);
    byT[edgeT[e]].push(e);
  }
  return {
    volunteerIds: volunteers.map((v) => v.id),
    taskIds: tasks.map((t) => t.id),
    hours,
    seats,
    effort,
    edgeV,
    edgeT,
    edgeW,
    byV,
    byT,
  };
}

/**
 * Per-volunteer count capacities when every hours constraint is really a count
 * constraint (all of that volunteer's candidate tasks take the same effort, or
 * all of them together fit); null when some volunteer needs the knapsack.
 */
function countCapacities(p: Problem): Int32Array | null {
  const caps = new Int32Array(p.volunteerIds.length);
  for (let v = 0; v < caps.length; v++) {
    const list = p.byV[v];
    if (list.length === 0) continue;
    let sum = 0;
    let same = true;
    const e0 = p.effort[p.edgeT[list[0]]];
    for (const e of list) {
      const eff = p.effort[p.edgeT[e]];
      sum += eff;
      if (eff !== e0) same = false;
    }
    if (sum <= p.hours[v] + HOURS_EPS) caps[v] = list.length;
    else if (same) caps[v] = Math.min(list.length, Math.floor(p.hours[v] / e0 + HOURS_EPS));
    else return null;
  }
  return caps;
}

/** Exact max-weight b-matching by min-cost flow, stopping when no augmenting path gains. */
function solveExact(p: Problem, caps: Int32Array): Uint8Array {
  const V = p.volunteerIds.length;
  const T = p.taskIds.length;
  const source = 0;
  const sink = 1;
  const flow = new MinCostFlow(2 + V + T);
  for (let v = 0; v < V; v++) if (caps[v] > 0) flow.addEdge(source, 2 + v, caps[v], 0);
  const m = p.edgeV.length;
  const ids = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    ids[e] = flow.addEdge(2 + p.edgeV[e], 2 + V + p.edgeT[e], 1, -Math.round(p.edgeW[e] * WEIGHT_SCALE));
  }
  for (let t = 0; t < T; t++) if (p.byT[t].length > 0) flow.addEdge(2 + V + t, sink, p.seats[t], 0);
  flow.solve(source, sink, { stopWhenNonNegative: true });
  const chosen = new Uint8Array(m);
  for (let e = 0; e < m; e++) chosen[e] = flow.flowOn(ids[e]) > 0.5 ? 1 : 0;
  return chosen;
}

/** A feasible selection of edges with incremental bookkeeping and an undo log for tentative moves. */
class Selection {
  readonly chosen: Uint8Array;
  readonly used: Float64Array;
  readonly filled: Int32Array;
  readonly ofV: number[][];
  readonly ofT: number[][];
  total = 0;
  /** Operations since {@link begin}: e for add(e), −e−1 for remove(e). */
  private log: number[] | null = null;

  constructor(private readonly p: Problem) {
    this.chosen = new Uint8Array(p.edgeV.length);
    this.used = new Float64Array(p.volunteerIds.length);
    this.filled = new Int32Array(p.taskIds.length);
    this.ofV = p.volunteerIds.map(() => []);
    this.ofT = p.taskIds.map(() => []);
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
    this.total += p.edgeW[e];
    this.log?.push(e);
  }

  remove(e: number): void {
    const p = this.p;
    this.chosen[e] = 0;
    this.used[p.edgeV[e]] -= p.effort[p.edgeT[e]];
    this.filled[p.edgeT[e]]--;
    removeValue(this.ofV[p.edgeV[e]], e);
    removeValue(this.ofT[p.edgeT[e]], e);
    this.total -= p.edgeW[e];
    this.log?.push(-e - 1);
  }

  /** Starts a tentative move. */
  begin(): void {
    this.log = [];
  }

  /** Score change of the tentative move (summed from its own operations, free of drift). */
  delta(): number {
    let d = 0;
    for (const op of this.log ?? []) d += op >= 0 ? this.p.edgeW[op] : -this.p.edgeW[-op - 1];
    return d;
  }

  commit(): void {
    this.log = null;
  }

  rollback(): void {
    const log = this.log ?? [];
    this.log = null;
    for (let i = log.length - 1; i >= 0; i--) {
      const op = log[i];
      if (op >= 0) this.remove(op);
      else this.add(-op - 1);
    }
  }

  clone(): Selection {
    const c = new Selection(this.p);
    for (let e = 0; e < this.chosen.length; e++) if (this.chosen[e] === 1) c.add(e);
    return c;
  }

  /** Recomputes the total from scratch (avoids drift from many += / -=). */
  exactTotal(): number {
    let s = 0;
    for (let e = 0; e < this.chosen.length; e++) if (this.chosen[e] === 1) s += this.p.edgeW[e];
    return s;
  }
}

function removeValue(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}

function greedy(p: Problem, order: ArrayLike<number>): Selection {
  const s = new Selection(p);
  for (let i = 0; i < order.length; i++) if (s.fits(order[i])) s.add(order[i]);
  return s;
}

/** Edge ids by key descending, ties by weight descending, then id ascending. */
function orderBy(p: Problem, key: (e: number) => number): Int32Array {
  const m = p.edgeV.length;
  const keys = new Float64Array(m);
  for (let e = 0; e < m; e++) keys[e] = key(e);
  const ids = Array.from({ length: m }, (_, e) => e);
  ids.sort((a, b) => keys[b] - keys[a] || p.edgeW[b] - p.edgeW[a] || a - b);
  return Int32Array.from(ids);
}

/**
 * Lagrangian relaxation of the hours constraints. For multipliers λ ≥ 0 the
 * relaxed problem splits per task (take the `seats` edges with the largest
 * positive w − λ·effort), which gives an upper bound; projected subgradient
 * steps (Polyak step, halving on stagnation) tighten it. Every few iterations
 * the multipliers steer a greedy construction, the best of which is returned.
 */
function lagrangian(
  p: Problem,
  iterations: number,
  primalEvery: number,
  initial: Selection,
): { best: Selection; upperBound: number } {
  const V = p.volunteerIds.length;
  const T = p.taskIds.length;
  const lambda = new Float64Array(V);
  const g = new Float64Array(V);
  let best = initial;
  let upperBound = Infinity;
  let mu = 2;
  let stale = 0;
  const topW: number[] = [];
  const topE: number[] = [];
  const picks: number[] = [];
  for (let iter = 0; iter < iterations; iter++) {
    picks.length = 0;
    let L = 0;
    for (let v = 0; v < V; v++) {
      L += lambda[v] * p.hours[v];
      g[v] = p.hours[v];
    }
    for (let t = 0; t < T; t++) {
      const k = p.seats[t];
      topW.length = 0;
      topE.length = 0;
      for (const e of p.byT[t]) {
        const r = p.edgeW[e] - lambda[p.edgeV[e]] * p.effort[t];
        if (r <= 0) continue;
        if (topW.length < k) {
          topW.push(r);
          topE.push(e);
        } else if (r > topW[k - 1]) {
          topW[k - 1] = r;
          topE[k - 1] = e;
        } else continue;
        // Keep the small buffer sorted descending (insertion step).
        for (let i = topW.length - 1; i > 0 && topW[i] > topW[i - 1]; i--) {
          [topW[i], topW[i - 1]] = [topW[i - 1], topW[i]];
          [topE[i], topE[i - 1]] = [topE[i - 1], topE[i]];
        }
      }
      for (let i = 0; i < topW.length; i++) {
        L += topW[i];
        g[p.edgeV[topE[i]]] -= p.effort[t];
        picks.push(topE[i]);
      }
    }
    if (L < upperBound - 1e-12) {
      upperBound = L;
      stale = 0;
    } else if (++stale >= 5) {
      mu /= 2;
      stale = 0;
    }

    if ((iter + 1) % primalEvery === 0 || iter === iterations - 1) {
      const s = greedy(
        p,
        orderBy(p, (e) => p.edgeW[e] - lambda[p.edgeV[e]] * p.effort[p.edgeT[e]]),
      );
      if (s.total > best.total + GAIN_EPS) best = s;
    }

    let norm = 0;
    for (let v = 0; v < V; v++) {
      if (lambda[v] === 0 && g[v] > 0) g[v] = 0; // projected: λ cannot go below 0
      norm += g[v] * g[v];
    }
    if (norm === 0) {
      // The relaxed solution is feasible and complementary-slack: it is optimal.
      const s = new Selection(p);
      for (const e of picks) s.add(e);
      if (s.total > best.total + GAIN_EPS) best = s;
      break;
    }
    if (upperBound - best.total <= 1e-12) break;
    const step = (mu * Math.max(L - best.total, 1e-9)) / norm;
    for (let v = 0; v < V; v++) lambda[v] = Math.max(0, lambda[v] - step * g[v]);
  }
  return { best, upperBound };
}

/**
 * The cheapest set (by lost score) of a volunteer's current edges whose
 * removal frees at least `need` hours; exhaustive for small sets, greedy by
 * score per hour otherwise. Returns null when nothing frees enough.
 */
function cheapestEjection(p: Problem, current: readonly number[], need: number, budget: number): number[] | null {
  const c = current.length;
  if (c <= MAX_EXHAUSTIVE_EJECTION) {
    let bestMask = -1;
    let bestLoss = budget;
    for (let mask = 1; mask < 1 << c; mask++) {
      let loss = 0;
      let freed = 0;
      for (let i = 0; i < c; i++) {
        if (mask & (1 << i)) {
          loss += p.edgeW[current[i]];
          freed += p.effort[p.edgeT[current[i]]];
        }
      }
      if (freed + HOURS_EPS >= need && loss < bestLoss - GAIN_EPS) {
        bestLoss = loss;
        bestMask = mask;
      }
    }
    if (bestMask < 0) return null;
    return current.filter((_, i) => (bestMask & (1 << i)) !== 0);
  }
  const sorted = [...current].sort(
    (a, b) => p.edgeW[a] / p.effort[p.edgeT[a]] - p.edgeW[b] / p.effort[p.edgeT[b]] || a - b,
  );
  const out: number[] = [];
  let freed = 0;
  let loss = 0;
  for (const e of sorted) {
    if (freed + HOURS_EPS >= need) break;
    out.push(e);
    freed += p.effort[p.edgeT[e]];
    loss += p.edgeW[e];
  }
  return freed + HOURS_EPS >= need && loss < budget - GAIN_EPS ? out : null;
}

/** Lookups the local search needs, computed once per problem. */
interface SearchAids {
  /** Edge ids by weight descending (ties by id). */
  byWeight: Int32Array;
  /** Each task's / volunteer's edges by weight descending. */
  sortedByT: number[][];
  sortedByV: number[][];
  /** Best edge weight per task and best score per hour per volunteer: optimistic refill bounds. */
  maxWeightT: Float64Array;
  maxDensityV: Float64Array;
  /** (volunteer · taskCount + task) → edge id. */
  edgeOf: Map<number, number>;
}

function searchAids(p: Problem): SearchAids {
  const T = p.taskIds.length;
  const byWeightDesc = (a: number, b: number): number => p.edgeW[b] - p.edgeW[a] || a - b;
  const maxWeightT = new Float64Array(T);
  const maxDensityV = new Float64Array(p.volunteerIds.length);
  const edgeOf = new Map<number, number>();
  for (let e = 0; e < p.edgeV.length; e++) {
    const v = p.edgeV[e];
    const t = p.edgeT[e];
    maxWeightT[t] = Math.max(maxWeightT[t], p.edgeW[e]);
    maxDensityV[v] = Math.max(maxDensityV[v], p.effort[t] > 0 ? p.edgeW[e] / p.effort[t] : Infinity);
    edgeOf.set(v * T + t, e);
  }
  return {
    byWeight: orderBy(p, (e) => p.edgeW[e]),
    sortedByT: p.byT.map((list) => [...list].sort(byWeightDesc)),
    sortedByV: p.byV.map((list) => [...list].sort(byWeightDesc)),
    maxWeightT,
    maxDensityV,
    edgeOf,
  };
}

/** Greedily fills a task's free seats with its best feasible edges. */
function refillTask(p: Problem, s: Selection, aids: SearchAids, t: number): void {
  for (const e of aids.sortedByT[t]) {
    if (s.filled[t] >= p.seats[t]) return;
    if (s.fits(e)) s.add(e);
  }
}

/** Greedily spends a volunteer's free hours on their best feasible edges. */
function refillVolunteer(s: Selection, aids: SearchAids, v: number): void {
  for (const e of aids.sortedByV[v]) if (s.fits(e)) s.add(e);
}

/**
 * Tries to bring unchosen edge e = (v, t) into the selection: evict one
 * occupant of t if it is full (each occupant is tried, weakest first), eject
 * the cheapest set of v's other tasks if v lacks hours, then greedily refill
 * the seats and hours this frees (an ejection chain of depth one). Kept only
 * if the total strictly improves; an optimistic bound skips hopeless tries.
 */
function tryInsert(p: Problem, s: Selection, aids: SearchAids, e: number): boolean {
  const v = p.edgeV[e];
  const t = p.edgeT[e];
  const victims = s.filled[t] >= p.seats[t] ? [...s.ofT[t]].sort((a, b) => p.edgeW[a] - p.edgeW[b] || a - b) : [-1];
  for (const victim of victims) {
    let gain = p.edgeW[e];
    let bound = 0;
    if (victim >= 0) {
      gain -= p.edgeW[victim];
      const u = p.edgeV[victim];
      bound += (p.hours[u] - s.used[u] + p.effort[t]) * aids.maxDensityV[u]; // u's hours after eviction
    }
    const need = s.used[v] + p.effort[t] - p.hours[v];
    let ejected: readonly number[] = [];
    let freed = 0;
    if (need > HOURS_EPS) {
      const r = cheapestEjection(p, s.ofV[v], need, Infinity);
      if (r === null) return false;
      ejected = r;
      for (const f of r) {
        gain -= p.edgeW[f];
        freed += p.effort[p.edgeT[f]];
        bound += aids.maxWeightT[p.edgeT[f]];
      }
    }
    const slack = freed - need; // v's free hours after the move
    if (slack > HOURS_EPS) bound += slack * aids.maxDensityV[v];
    if (gain + bound <= GAIN_EPS) continue;
    s.begin();
    if (victim >= 0) s.remove(victim);
    for (const f of ejected) s.remove(f);
    s.add(e);
    for (const f of ejected) refillTask(p, s, aids, p.edgeT[f]);
    if (victim >= 0) refillVolunteer(s, aids, p.edgeV[victim]);
    refillVolunteer(s, aids, v);
    if (s.delta() > GAIN_EPS) {
      s.commit();
      return true;
    }
    s.rollback();
  }
  return false;
}

/** Swaps two volunteers between their tasks when both still fit and the total improves. */
function trySwaps(p: Problem, s: Selection, aids: SearchAids, v: number): boolean {
  const T = p.taskIds.length;
  let improved = false;
  for (const a of [...s.ofV[v]]) {
    if (s.chosen[a] === 0) continue;
    const t1 = p.edgeT[a];
    for (const b of p.byV[v]) {
      if (s.chosen[a] === 0) break;
      if (s.chosen[b] === 1) continue;
      const t2 = p.edgeT[b];
      if (s.used[v] - p.effort[t1] + p.effort[t2] > p.hours[v] + HOURS_EPS) continue;
      for (const c of s.ofT[t2]) {
        const u = p.edgeV[c];
        if (u === v) continue;
        const d = aids.edgeOf.get(u * T + t1);
        if (d === undefined || s.chosen[d] === 1) continue;
        if (s.used[u] - p.effort[t2] + p.effort[t1] > p.hours[u] + HOURS_EPS) continue;
        if (p.edgeW[b] + p.edgeW[d] - p.edgeW[a] - p.edgeW[c] <= GAIN_EPS) continue;
        s.remove(a);
        s.remove(c);
        s.add(b);
        s.add(d);
        improved = true;
        break;
      }
    }
  }
  return improved;
}

/**
 * Deterministic first-improvement local search (insertions with eviction,
 * ejection and refill; pairwise swaps) until no move improves or the pass
 * budget runs out.
 */
function localSearch(p: Problem, s: Selection, aids: SearchAids, maxPasses: number): void {
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < aids.byWeight.length; i++) {
      const e = aids.byWeight[i];
      if (s.chosen[e] === 0 && tryInsert(p, s, aids, e)) improved = true;
    }
    for (let v = 0; v < p.volunteerIds.length; v++) if (trySwaps(p, s, aids, v)) improved = true;
    if (!improved) break;
  }
  s.total = s.exactTotal();
}

function toPlan(
  p: Problem,
  chosen: Uint8Array,
  method: AssignmentPlan['method'],
  upperBound: number | undefined,
): AssignmentPlan {
  const perTask: Record<string, TaskPlan> = {};
  const perVolunteer: Record<string, VolunteerPlan> = {};
  p.taskIds.forEach((id, t) => {
    perTask[id] = {
      freeSeats: p.seats[t],
      filled: 0,
      volunteerIds: [],
      total: 0,
    };
  });
  p.volunteerIds.forEach((id, v) => {
    perVolunteer[id] = { freeHours: p.hours[v], usedHours: 0, taskIds: [] };
  });
  const assignments: AssignmentPlan['assignments'] = [];
  for (let e = 0; e < chosen.length; e++) {
    if (chosen[e] !== 1) continue;
    assignments.push({
      volunteerId: p.volunteerIds[p.edgeV[e]],
      taskId: p.taskIds[p.edgeT[e]],
      score: p.edgeW[e],
    });
  }
  assignments.sort(
    (a, b) =>
      (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0) ||
      b.score - a.score ||
      (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0),
  );
  let total = 0;
  const effortOf = new Map(p.taskIds.map((id, t) => [id, p.effort[t]] as const));
  for (const a of assignments) {
    total += a.score;
    const tp = perTask[a.taskId];
    tp.filled++;
    tp.volunteerIds.push(a.volunteerId);
    tp.total += a.score;
    const vp = perVolunteer[a.volunteerId];
    vp.usedHours += effortOf.get(a.taskId) as number;
    vp.taskIds.push(a.taskId);
  }
  const plan: AssignmentPlan = {
    assignments,
    total,
    perTask,
    perVolunteer,
    method,
  };
  if (upperBound !== undefined && Number.isFinite(upperBound)) plan.upperBound = Math.max(upperBound, total);
  return plan;
}

/**
 * Proposes assignments for the whole organisation, maximising the total score
 * subject to each task's free seats and each volunteer's free hours
 * (available − committed); a volunteer takes a task at most once.
 *
 * Works over a sparse candidate graph: pass a scoring context to generate it
 * through the skill index ({@link generateCandidateEdges}), or precomputed
 * edges (edges naming unknown ids are ignored; non-positive scores never help).
 *
 * - **Exact** (`method: 'exact-flow'`) whenever every volunteer's hours
 *   constraint is a count — in particular when all efforts are equal
 *   (capacity ⌊hours / effort⌋) or all of a volunteer's candidate tasks fit
 *   together: a max-weight b-matching solved by min-cost flow with
 *   successive shortest paths, stopping as soon as the best augmenting path
 *   no longer gains (maximum weight, not maximum cardinality).
 * - Small candidate graphs (≤ 40 pairs) otherwise: `method: 'exact-search'`,
 *   branch and bound seeded with the heuristic below.
 * - Otherwise (a generalised assignment problem, NP-hard) `method:
 *   'heuristic'`: Lagrangian relaxation of the hours constraints (which also
 *   yields `upperBound`), multiplier-guided greedy constructions, then local
 *   search with evictions, ejections and swaps. Never worse than the plain
 *   score-greedy ({@link greedyAssignments}).
 *
 * Deterministic for the same input.
 */
export function optimiseAssignments(
  volunteers: readonly VolunteerInput[],
  tasks: readonly TaskInput[],
  ctxOrEdges: MatchContext | PreparedContext | readonly CandidateEdge[],
  options: OptimiseOptions = {},
): AssignmentPlan {
  const p = buildProblem(volunteers, tasks, ctxOrEdges, options);
  const caps = countCapacities(p);
  if (caps !== null) {
    const chosen = solveExact(p, caps);
    const plan = toPlan(p, chosen, 'exact-flow', undefined);
    plan.upperBound = plan.total;
    return plan;
  }
  const byScore = greedy(
    p,
    orderBy(p, (e) => p.edgeW[e]),
  );
  const byDensity = greedy(
    p,
    orderBy(p, (e) => p.edgeW[e] / Math.max(p.effort[p.edgeT[e]], 1e-9)),
  );
  const start = byDensity.total > byScore.total + GAIN_EPS ? byDensity : byScore;
  const { best, upperBound } = lagrangian(
    p,
    Math.max(0, Math.floor(options.lagrangianIterations ?? 60)),
    Math.max(1, Math.floor(options.primalEvery ?? 6)),
    start,
  );
  const aids = searchAids(p);
  localSearch(p, best, aids, Math.max(0, Math.floor(options.maxLocalSearchPasses ?? 30)));
  if (p.edgeW.length <= (options.exactSearchMaxEdges ?? MAX_EXACT_SEARCH_EDGES)) {
    const exact = exactSearch(p, best.chosen, best.total);
    if (exact) {
      const plan = toPlan(p, exact, 'exact-search', undefined);
      plan.upperBound = plan.total;
      return plan;
    }
  }
  return toPlan(p, best.chosen, 'heuristic', upperBound);
}

/**
 * Branch and bound over the edges (best score first), seeded with the
 * heuristic's solution: proves the optimum of a small generalised assignment
 * problem. Returns null when the node budget runs out before the proof.
 */
function exactSearch(p: Problem, seed: Uint8Array, seedTotal: number): Uint8Array | null {
  const order = Array.from(orderBy(p, (e) => p.edgeW[e]));
  const m = order.length;
  // suffix[i]: the most the edges from position i on could still add.
  const suffix = new Float64Array(m + 1);
  for (let i = m - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + p.edgeW[order[i]];
  const used = new Float64Array(p.volunteerIds.length);
  const filled = new Int32Array(p.taskIds.length);
  const current = new Uint8Array(m);
  let best = Uint8Array.from(seed);
  let bestTotal = seedTotal;
  let nodes = 0;
  let exhausted = false;

  const visit = (i: number, total: number): void => {
    if (exhausted) return;
    if (++nodes > EXACT_SEARCH_NODE_BUDGET) {
      exhausted = true;
      return;
    }
    if (total > bestTotal + GAIN_EPS) {
      bestTotal = total;
      best = new Uint8Array(m);
      for (let k = 0; k < m; k++) if (current[k]) best[order[k]] = 1;
    }
    if (i === m || total + suffix[i] <= bestTotal + GAIN_EPS) return;
    const e = order[i];
    const v = p.edgeV[e];
    const t = p.edgeT[e];
    if (filled[t] < p.seats[t] && used[v] + p.effort[t] <= p.hours[v] + HOURS_EPS) {
      filled[t]++;
      used[v] += p.effort[t];
      current[i] = 1;
      visit(i + 1, total + p.edgeW[e]);
      current[i] = 0;
      filled[t]--;
      used[v] -= p.effort[t];
    }
    visit(i + 1, total);
  };
  visit(0, 0);
  return exhausted ? null : best;
}

/**
 * Baseline for benchmarks and tests: take candidate pairs by descending score
 * (ties by volunteer, then task position) whenever seats and hours allow.
 */
export function greedyAssignments(
  volunteers: readonly VolunteerInput[],
  tasks: readonly TaskInput[],
  ctxOrEdges: MatchContext | PreparedContext | readonly CandidateEdge[],
): AssignmentPlan {
  const p = buildProblem(volunteers, tasks, ctxOrEdges, {});
  const s = greedy(
    p,
    orderBy(p, (e) => p.edgeW[e]),
  );
  return toPlan(p, s.chosen, 'greedy', undefined);
}
