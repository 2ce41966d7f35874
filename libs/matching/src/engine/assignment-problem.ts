import { HOURS_EPS } from './prepare';

/**
 * The organisation-wide assignment problem over the sparse candidate graph,
 * in dense indices and typed arrays (compressed adjacency both ways) so the
 * solvers stay linear in the number of candidate pairs.
 */
export interface AssignmentProblem {
  volunteerIds: readonly string[];
  taskIds: readonly string[];
  /** Free hours per volunteer. */
  hours: Float64Array;
  /** Free seats per task. */
  seats: Int32Array;
  /** Effort in hours per task. */
  effort: Float64Array;
  /** Edge e is the pair (edgeV[e], edgeT[e]) with score edgeW[e] > 0; edges are ordered by (volunteer, task). */
  edgeV: Int32Array;
  edgeT: Int32Array;
  edgeW: Float64Array;
  /** All edges, best score first (ties by id). */
  byWeight: Int32Array;
  /** Edges of volunteer v: vEdges[vStart[v] .. vStart[v+1]), best score first (ties by id). */
  vStart: Int32Array;
  vEdges: Int32Array;
  /** Edges of task t: tEdges[tStart[t] .. tStart[t+1]), best score first (ties by id). */
  tStart: Int32Array;
  tEdges: Int32Array;
}

/** Raw candidate pairs in dense indices (parallel arrays; `count` of them are used). */
export interface DensePairs {
  v: Int32Array;
  t: Int32Array;
  w: Float64Array;
  count: number;
}

/**
 * Builds the problem from dense pairs: keeps the best score per (volunteer,
 * task), drops pairs that can never be chosen (score ≤ 0, no seats, effort
 * above the volunteer's hours), and builds both adjacencies.
 */
export function buildAssignmentProblem(
  volunteerIds: readonly string[],
  taskIds: readonly string[],
  hours: Float64Array,
  seats: Int32Array,
  effort: Float64Array,
  pairs: DensePairs,
): AssignmentProblem {
  const V = volunteerIds.length;
  const T = taskIds.length;
  const usable = new Int32Array(pairs.count);
  let n = 0;
  for (let i = 0; i < pairs.count; i++) {
    const v = pairs.v[i];
    const t = pairs.t[i];
    if (pairs.w[i] > 0 && seats[t] >= 1 && effort[t] <= hours[v] + HOURS_EPS) usable[n++] = i;
  }
  // Order by (volunteer, task): counting sort by task, then a stable one by volunteer.
  const order = countingOrder(pairs.v, V, countingOrder(pairs.t, T, usable.subarray(0, n)));
  const edgeV = new Int32Array(order.length);
  const edgeT = new Int32Array(order.length);
  const edgeW = new Float64Array(order.length);
  let m = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (m > 0 && edgeV[m - 1] === pairs.v[i] && edgeT[m - 1] === pairs.t[i]) {
      if (pairs.w[i] > edgeW[m - 1]) edgeW[m - 1] = pairs.w[i]; // duplicate pair: the best score counts
      continue;
    }
    edgeV[m] = pairs.v[i];
    edgeT[m] = pairs.t[i];
    edgeW[m] = pairs.w[i];
    m++;
  }
  const p = {
    volunteerIds,
    taskIds,
    hours,
    seats,
    effort,
    edgeV: edgeV.slice(0, m),
    edgeT: edgeT.slice(0, m),
    edgeW: edgeW.slice(0, m),
  };
  const byWeight = sortDescending(p.edgeW);
  const [vStart, vEdges] = adjacency(p.edgeV, V, byWeight);
  const [tStart, tEdges] = adjacency(p.edgeT, T, byWeight);
  return { ...p, byWeight, vStart, vEdges, tStart, tEdges };
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** Stable counting sort of `items` by `key[item]` ∈ [0, buckets). */
function countingOrder(key: Int32Array, buckets: number, items: Int32Array): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < items.length; i++) start[key[items[i]] + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[start[key[items[i]]]++] = items[i];
  return out;
}

/** Groups edge ids by owner (volunteer or task), keeping the order given within each group. */
function adjacency(owner: Int32Array, owners: number, order: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(owners + 1);
  for (let e = 0; e < owner.length; e++) start[owner[e] + 1]++;
  for (let o = 0; o < owners; o++) start[o + 1] += start[o];
  const next = start.slice(0, owners);
  const list = new Int32Array(owner.length);
  for (let i = 0; i < order.length; i++) list[next[owner[order[i]]]++] = order[i];
  return [start, list];
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * Indices 0..n−1 ordered by key descending, ties by index ascending: a stable
 * LSD radix sort on the keys' float32 bit patterns (linear time, which matters
 * at half a million pairs). Float32 precision (7 digits) is plenty for ordering
 * heuristic choices; equal-looking keys fall back to index order.
 */
export function sortDescending(keys: Float64Array): Int32Array {
  const n = keys.length;
  const bits = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    f32[0] = keys[i];
    const u = u32[0];
    // Map floats to unsigned integers in ascending order, then invert for descending.
    bits[i] = ~(u & 0x80000000 ? ~u : u | 0x80000000) >>> 0;
  }
  let from: Int32Array = identity(n);
  let to: Int32Array = new Int32Array(n);
  const count = new Int32Array(65537);
  for (const shift of [0, 16]) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[((bits[from[i]] >>> shift) & 0xffff) + 1]++;
    for (let b = 0; b < 65536; b++) count[b + 1] += count[b];
    for (let i = 0; i < n; i++) to[count[(bits[from[i]] >>> shift) & 0xffff]++] = from[i];
    [from, to] = [to, from];
  }
  return from;
}
