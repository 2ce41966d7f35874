/**
 * Test oracle only (b-matching.spec.ts): the previous exact solver, kept to
 * check `maxWeightBMatching` (b-matching.ts) against an independent method. The product
 * uses the cost-scaling solver in b-matching.ts; this one is exact but takes
 * minutes at 10 000 × 2 000, where late searches explore most of the graph.
 *
 * Exact maximum-weight bipartite b-matching: volunteer v takes at most
 * `capacity[v]` tasks, task t at most `seats[t]` volunteers, each pair at most
 * once, maximising the total weight (not the number of pairs).
 *
 * Solved as a min-cost flow in which every unit of a volunteer's capacity must
 * reach the sink, either through a task (cost −w) or straight, unused (cost 0).
 * Successive shortest paths are run from one volunteer unit at a time (any
 * node with excess may be augmented from), with Dijkstra on reduced costs
 * stopped as soon as the sink is settled and only the settled nodes'
 * potentials moved, so each augmentation costs the size of its search, not
 * the size of the graph. Weights must be safe integers (callers scale), which
 * keeps reduced costs exact. Deterministic.
 *
 * @returns for each pair, 1 when chosen.
 */
export function maxWeightBMatchingBySsp(
  capacity: Int32Array,
  seats: Int32Array,
  pairV: Int32Array,
  pairT: Int32Array,
  pairWeight: Float64Array,
): Uint8Array {
  const V = capacity.length;
  const T = seats.length;
  const m = pairV.length;
  const n = V + T + 1;
  const sink = V + T;
  // Arcs: 0..m−1 volunteer→task, then task→sink, then volunteer→sink; arc a's reverse is a + A.
  const A = m + T + V;
  const to = new Int32Array(2 * A);
  const from = new Int32Array(2 * A);
  const cost = new Float64Array(2 * A);
  const residual = new Float64Array(2 * A);
  const setArc = (a: number, u: number, w: number, cap: number, c: number) => {
    from[a] = u;
    to[a] = w;
    cost[a] = c;
    residual[a] = cap;
    from[a + A] = w;
    to[a + A] = u;
    cost[a + A] = -c;
  };
  for (let e = 0; e < m; e++) setArc(e, pairV[e], V + pairT[e], 1, -pairWeight[e]);
  for (let t = 0; t < T; t++) setArc(m + t, V + t, sink, seats[t], 0);
  for (let v = 0; v < V; v++) setArc(m + T + v, v, sink, capacity[v], 0);
  // Adjacency (both directions), in arc order for determinism.
  const start = new Int32Array(n + 1);
  for (let a = 0; a < 2 * A; a++) start[from[a] + 1]++;
  for (let u = 0; u < n; u++) start[u + 1] += start[u];
  const adj = new Int32Array(2 * A);
  const next = start.slice(0, n);
  for (let a = 0; a < 2 * A; a++) adj[next[from[a]]++] = a;

  // Initial potentials make every residual reduced cost non-negative: the
  // graph is a DAG (volunteers → tasks → sink), so one pass of shortest
  // distances from a virtual source joined to every volunteer suffices.
  const pi = new Float64Array(n);
  for (let e = 0; e < m; e++) pi[V + pairT[e]] = Math.min(pi[V + pairT[e]], -pairWeight[e]);
  for (let t = 0; t < T; t++) pi[sink] = Math.min(pi[sink], pi[V + t]);

  const dist = new Float64Array(n).fill(Infinity);
  const via = new Int32Array(n).fill(-1);
  const settled = new Uint8Array(n);
  const touched: number[] = [];
  const heap = new MinHeap();
  for (let v = 0; v < V; v++) {
    for (let unit = 0; unit < capacity[v]; unit++) {
      heap.clear();
      dist[v] = 0;
      touched.push(v);
      heap.push(0, v);
      while (heap.size > 0) {
        const d = heap.topKey();
        const u = heap.pop();
        if (settled[u] === 1 || d > dist[u]) continue;
        settled[u] = 1;
        if (u === sink) break;
        for (let i = start[u]; i < start[u + 1]; i++) {
          const a = adj[i];
          if (residual[a] <= 0) continue;
          const w = to[a];
          if (settled[w] === 1) continue;
          const nd = d + cost[a] + pi[u] - pi[w];
          if (nd < dist[w]) {
            if (dist[w] === Infinity) touched.push(w);
            dist[w] = nd;
            via[w] = a;
            heap.push(nd, w);
          }
        }
      }
      // The sink is always reachable (the volunteer's own "unused" arc has room for this unit).
      const dt = dist[sink];
      for (const u of touched) {
        if (settled[u] === 1) pi[u] += dist[u] - dt;
      }
      for (let w = sink; w !== v; w = from[via[w]]) {
        const a = via[w];
        residual[a] -= 1;
        residual[a < A ? a + A : a - A] += 1;
      }
      for (const u of touched) {
        dist[u] = Infinity;
        via[u] = -1;
        settled[u] = 0;
      }
      touched.length = 0;
    }
  }
  const chosen = new Uint8Array(m);
  for (let e = 0; e < m; e++) chosen[e] = residual[e] < 0.5 ? 1 : 0;
  return chosen;
}

/** Binary min-heap of (key, node) pairs; ties broken by node id for determinism. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  push(key: number, node: number): void {
    const keys = this.keys;
    const nodes = this.nodes;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] < key || (keys[p] === key && nodes[p] <= node)) break;
      keys[i] = keys[p];
      nodes[i] = nodes[p];
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0];
    const lastKey = keys.pop() as number;
    const lastNode = nodes.pop() as number;
    const n = keys.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && (keys[r] < keys[l] || (keys[r] === keys[l] && nodes[r] < nodes[l])) ? r : l;
      if (lastKey < keys[c] || (lastKey === keys[c] && lastNode <= nodes[c])) break;
      keys[i] = keys[c];
      nodes[i] = nodes[c];
      i = c;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
    return top;
  }
}
