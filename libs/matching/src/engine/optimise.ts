import { type AssignmentProblem, type DensePairs, buildAssignmentProblem } from './assignment-problem';
import { greedySelection, solveHeuristic } from './gap-heuristic';
import { maxWeightBMatching } from './b-matching';
import { HOURS_EPS, type PreparedContext, freeHours, prepareTask } from './prepare';
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

/**
 * Scores are scaled to integers for the flow so its arithmetic is exact: scores carry 6 decimals
 * (`score.ts` rounds them), and a larger scale would only leave cost scaling less headroom.
 */
export const WEIGHT_SCALE = 1e6;
/** Minimum gain for the exact search, so float noise never counts as better. */
const GAIN_EPS = 1e-12;
/** Candidate graphs this small are solved exactly by branch and bound (milliseconds). */
const MAX_EXACT_SEARCH_EDGES = 40;
/** Node budget of that search, so an unlucky instance can never stall a request. */
const EXACT_SEARCH_NODE_BUDGET = 2_000_000;

/** Tuning for {@link optimiseAssignments}; the defaults suit organisations up to tens of thousands of volunteers. */
export interface OptimiseOptions {
  /**
   * Subgradient iterations of the Lagrangian seat relaxation (heuristic only).
   * Default: 60, fewer on very large candidate graphs (about 6 million pair
   * visits in all, never under 12), since each iteration visits every pair.
   */
  lagrangianIterations?: number;
  /** Build a primal solution from the relaxation every N iterations (heuristic only). Default 4. */
  primalEvery?: number;
  /** Cap on improvement passes over the volunteers (heuristic only). Default 30. */
  maxLocalSearchPasses?: number;
  /** Candidate graphs with at most this many pairs are solved exactly by branch and bound. Default 40. */
  exactSearchMaxEdges?: number;
  /** How candidate edges are generated when a context (not edges) is given. */
  candidates?: CandidateEdgeOptions;
}

function defaultIterations(pairs: number): number {
  return Math.min(60, Math.max(12, Math.round(6e6 / Math.max(pairs, 1))));
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
): AssignmentProblem {
  const volunteerIds = volunteers.map((v) => v.id);
  const taskIds = tasks.map((t) => t.id);
  const vIndex = indexIds(volunteerIds, 'volunteer');
  const tIndex = indexIds(taskIds, 'task');
  const pts = tasks.map(prepareTask);
  const hours = Float64Array.from(volunteers, freeHours);
  const seats = Int32Array.from(pts, (t) => Math.min(t.seats, 0x3fffffff));
  const effort = Float64Array.from(pts, (t) => t.effort);
  const edges = isEdgeList(ctxOrEdges)
    ? ctxOrEdges
    : generateCandidateEdges(buildSkillIndex({ volunteers, tasks }), ctxOrEdges, options.candidates);
  const pairs: DensePairs = {
    v: new Int32Array(edges.length),
    t: new Int32Array(edges.length),
    w: new Float64Array(edges.length),
    count: 0,
  };
  let lastId: string | undefined;
  let lastV: number | undefined;
  let lastTaskId: string | undefined;
  let lastT: number | undefined;
  for (const e of edges) {
    // Edges usually come grouped by volunteer or by task: skip the maps for repeats.
    const v = e.volunteerId === lastId ? lastV : vIndex.get(e.volunteerId);
    lastId = e.volunteerId;
    lastV = v;
    const t = e.taskId === lastTaskId ? lastT : tIndex.get(e.taskId);
    lastTaskId = e.taskId;
    lastT = t;
    if (v === undefined || t === undefined) continue; // stale edges are ignored, documented
    pairs.v[pairs.count] = v;
    pairs.t[pairs.count] = t;
    pairs.w[pairs.count++] = e.score;
  }
  return buildAssignmentProblem(volunteerIds, taskIds, hours, seats, effort, pairs);
}

/**
 * Per-volunteer count capacities when every hours constraint is really a count
 * constraint (all of that volunteer's candidate tasks take the same effort, or
 * all of them together fit); null when some volunteer needs the knapsack.
 */
function countCapacities(p: AssignmentProblem): Int32Array | null {
  const caps = new Int32Array(p.volunteerIds.length);
  for (let v = 0; v < caps.length; v++) {
    const from = p.vStart[v];
    const count = p.vStart[v + 1] - from;
    if (count === 0) continue;
    let sum = 0;
    let same = true;
    const e0 = p.effort[p.edgeT[p.vEdges[from]]];
    for (let i = from; i < from + count; i++) {
      const eff = p.effort[p.edgeT[p.vEdges[i]]];
      sum += eff;
      if (eff !== e0) same = false;
    }
    if (sum <= p.hours[v] + HOURS_EPS) caps[v] = count;
    else if (same) caps[v] = Math.min(count, Math.floor(p.hours[v] / e0 + HOURS_EPS));
    else return null;
  }
  return caps;
}

/** Exact max-weight b-matching (see {@link maxWeightBMatching}) on integer-scaled scores. */
function solveExact(p: AssignmentProblem, caps: Int32Array): Uint8Array {
  const weights = new Float64Array(p.edgeW.length);
  for (let e = 0; e < weights.length; e++) weights[e] = Math.round(p.edgeW[e] * WEIGHT_SCALE);
  return maxWeightBMatching(caps, p.seats, p.edgeV, p.edgeT, weights);
}

function toPlan(
  p: AssignmentProblem,
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
 *   together: a max-weight b-matching solved as a min-cost flow by
 *   cost-scaling push-relabel ({@link maxWeightBMatching}; maximum weight,
 *   not maximum cardinality).
 * - Small candidate graphs (≤ 40 pairs) otherwise: `method: 'exact-search'`,
 *   branch and bound seeded with the heuristic below.
 * - Otherwise (a generalised assignment problem, NP-hard) `method:
 *   'heuristic'`: Lagrangian relaxation of the seats with one small knapsack
 *   per volunteer (a tight `upperBound`: typically within 0.1 % of the
 *   optimum), plans built from its picks, then exact per-volunteer
 *   re-optimisation (see `gap-heuristic.ts`). Never worse than the plain
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
  const best = solveHeuristic(p, {
    lagrangianIterations: Math.max(0, Math.floor(options.lagrangianIterations ?? defaultIterations(p.edgeW.length))),
    maxLocalSearchPasses: Math.max(0, Math.floor(options.maxLocalSearchPasses ?? 30)),
    primalEvery: Math.max(1, Math.floor(options.primalEvery ?? 4)),
  });
  if (p.edgeW.length <= (options.exactSearchMaxEdges ?? MAX_EXACT_SEARCH_EDGES)) {
    const exact = exactSearch(p, best.chosen, best.total);
    if (exact) {
      const plan = toPlan(p, exact, 'exact-search', undefined);
      plan.upperBound = plan.total;
      return plan;
    }
  }
  return toPlan(p, best.chosen, 'heuristic', best.upperBound);
}

/**
 * Branch and bound over the edges (best score first), seeded with the
 * heuristic's solution: proves the optimum of a small generalised assignment
 * problem. Returns null when the node budget runs out before the proof.
 */
function exactSearch(p: AssignmentProblem, seed: Uint8Array, seedTotal: number): Uint8Array | null {
  const order = Array.from(p.byWeight);
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
  const s = greedySelection(p, p.byWeight);
  return toPlan(p, s.chosen, 'greedy', undefined);
}
