/**
 * Min-cost flow by successive shortest paths with Johnson potentials.
 *
 * - Costs must be safe integers, so reduced costs are exact and "admissible"
 *   (reduced cost 0) is a sharp test; callers scale fractional weights.
 * - Negative edge costs are allowed as long as there is no negative cycle:
 *   initial potentials come from Bellman–Ford (queue-based).
 * - Each phase runs one Dijkstra (stopped as soon as the sink is settled, with
 *   the usual truncation of the other distances to keep reduced costs
 *   non-negative) and then augments along as many zero-reduced-cost paths as a
 *   depth-first search finds, so ties cost one Dijkstra, not one per unit.
 * - With `stopWhenNonNegative`, augmentation stops once the cheapest path
 *   costs ≥ 0: the flow then has the minimum cost over all flow values, which
 *   is how a max-weight (not max-cardinality) b-matching is solved.
 */
export class MinCostFlow {
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];
  private residual: Float64Array = new Float64Array(0);

  constructor(readonly nodeCount: number) {
    if (!Number.isInteger(nodeCount) || nodeCount < 0) throw new RangeError('nodeCount must be a non-negative integer');
  }

  /** Adds a directed edge and returns its id (use with {@link flowOn}). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (from < 0 || from >= this.nodeCount || to < 0 || to >= this.nodeCount) {
      throw new RangeError(`Edge ${from}→${to} is outside 0..${this.nodeCount - 1}`);
    }
    if (!(capacity >= 0)) throw new RangeError('Capacity must be ≥ 0');
    if (!Number.isSafeInteger(cost)) throw new RangeError('Cost must be a safe integer');
    this.from.push(from);
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    return this.from.length - 1;
  }

  /** Flow on an edge after {@link solve}. */
  flowOn(edgeId: number): number {
    return this.capacity[edgeId] - this.residual[2 * edgeId];
  }

  /**
   * Sends flow from `source` to `sink` along successive shortest paths.
   * @returns the flow sent and its total cost.
   */
  solve(
    source: number,
    sink: number,
    options: { maxFlow?: number; stopWhenNonNegative?: boolean } = {},
  ): { flow: number; cost: number } {
    const n = this.nodeCount;
    const m = this.from.length;
    const maxFlow = options.maxFlow ?? Infinity;
    const stopNonNeg = options.stopWhenNonNegative ?? false;

    // Residual graph: arc 2e is edge e, arc 2e+1 its reverse. CSR adjacency in insertion order.
    const arcTo = new Int32Array(2 * m);
    const arcCost = new Float64Array(2 * m);
    const res = new Float64Array(2 * m);
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      arcTo[2 * e] = this.to[e];
      arcTo[2 * e + 1] = this.from[e];
      arcCost[2 * e] = this.cost[e];
      arcCost[2 * e + 1] = -this.cost[e];
      res[2 * e] = this.capacity[e];
      degree[this.from[e] + 1]++;
      degree[this.to[e] + 1]++;
    }
    const start = new Int32Array(n + 1);
    for (let u = 0; u < n; u++) start[u + 1] = start[u] + degree[u + 1];
    const adj = new Int32Array(2 * m);
    const fill = start.slice(0, n);
    for (let e = 0; e < m; e++) {
      adj[fill[this.from[e]]++] = 2 * e;
      adj[fill[this.to[e]]++] = 2 * e + 1;
    }
    this.residual = res;

    const pi = this.initialPotentials(source, arcTo, arcCost, res, start, adj);
    const dist = new Float64Array(n);
    const settled = new Uint8Array(n);
    const heap = new MinHeap();
    const it = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const dead = new Uint8Array(n);
    let flow = 0;
    let totalCost = 0;

    const dfs = (u: number, limit: number): number => {
      if (u === sink) return limit;
      onStack[u] = 1;
      for (; it[u] < start[u + 1]; it[u]++) {
        const a = adj[it[u]];
        const w = arcTo[a];
        if (res[a] <= 0 || onStack[w] === 1 || dead[w] === 1) continue;
        if (arcCost[a] + pi[u] - pi[w] !== 0) continue;
        const pushed = dfs(w, Math.min(limit, res[a]));
        if (pushed > 0) {
          res[a] -= pushed;
          res[a ^ 1] += pushed;
          onStack[u] = 0;
          return pushed;
        }
      }
      onStack[u] = 0;
      dead[u] = 1;
      return 0;
    };

    while (flow < maxFlow) {
      // Dijkstra on reduced costs, stopped when the sink is settled.
      dist.fill(Infinity);
      settled.fill(0);
      dist[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const d = heap.topKey();
        const u = heap.pop();
        if (settled[u] === 1 || d > dist[u]) continue;
        settled[u] = 1;
        if (u === sink) break;
        for (let i = start[u]; i < start[u + 1]; i++) {
          const a = adj[i];
          if (res[a] <= 0) continue;
          const w = arcTo[a];
          if (settled[w] === 1) continue;
          const nd = d + arcCost[a] + pi[u] - pi[w];
          if (nd < dist[w]) {
            dist[w] = nd;
            heap.push(nd, w);
          }
        }
      }
      if (settled[sink] === 0) break;
      const dt = dist[sink];
      for (let u = 0; u < n; u++) pi[u] += settled[u] === 1 ? dist[u] : dt;
      const pathCost = pi[sink] - pi[source];
      if (stopNonNeg && pathCost >= 0) break;

      it.set(start.subarray(0, n));
      dead.fill(0);
      let pushedInPhase = 0;
      while (flow < maxFlow) {
        const pushed = dfs(source, maxFlow - flow);
        if (pushed <= 0) break;
        flow += pushed;
        totalCost += pushed * pathCost;
        pushedInPhase += pushed;
      }
      if (pushedInPhase === 0) break; // cannot happen with exact integer costs; guards against misuse
    }
    return { flow, cost: totalCost };
  }

  private initialPotentials(
    source: number,
    arcTo: Int32Array,
    arcCost: Float64Array,
    res: Float64Array,
    start: Int32Array,
    adj: Int32Array,
  ): Float64Array {
    const n = this.nodeCount;
    const pi = new Float64Array(n).fill(Infinity);
    const inQueue = new Uint8Array(n);
    const relaxCount = new Int32Array(n);
    const queue: number[] = [source];
    let head = 0;
    pi[source] = 0;
    inQueue[source] = 1;
    while (head < queue.length) {
      const u = queue[head++];
      inQueue[u] = 0;
      for (let i = start[u]; i < start[u + 1]; i++) {
        const a = adj[i];
        if (res[a] <= 0) continue;
        const w = arcTo[a];
        const nd = pi[u] + arcCost[a];
        if (nd < pi[w]) {
          pi[w] = nd;
          if (inQueue[w] === 0) {
            if (++relaxCount[w] > n) throw new RangeError('Negative cycle in the flow network');
            inQueue[w] = 1;
            queue.push(w);
          }
        }
      }
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
    }
    // Nodes unreachable from the source stay unreachable; any finite potential will do.
    for (let u = 0; u < n; u++) if (pi[u] === Infinity) pi[u] = 0;
    return pi;
  }
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
