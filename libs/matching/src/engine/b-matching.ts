/**
 * Exact maximum-weight bipartite b-matching: volunteer v takes at most
 * `capacity[v]` tasks, task t at most `seats[t]` volunteers, each pair at most
 * once, maximising the total weight (not the number of pairs).
 *
 * Solved as a min-cost flow in which every unit of a volunteer's capacity must
 * reach the sink, either through a task (cost −w) or straight, unused (cost 0),
 * by Goldberg's cost-scaling push-relabel. Successive shortest paths (one
 * Dijkstra per unit) is exact too, but once seats are scarcer than volunteer
 * capacity each late search explores most of the graph: it took minutes at
 * 10 000 × 2 000. Cost scaling instead keeps a flow that is optimal up to ε
 * (no residual arc's reduced cost below −ε) and divides ε by {@link ALPHA} each
 * phase; every phase only repairs what the finer ε breaks. Costs are
 * multiplied by n + 1 (n nodes), so the last phase's ε = 1 is below 1/n in the
 * original integers, where ε-optimal means optimal (Goldberg & Tarjan), so the
 * answer is exact, ties included. Weights must be integers with weight·(n+1)
 * far below 2^53 (callers scale; all arithmetic stays in exact integers).
 *
 * Deterministic: a FIFO queue of nodes with excess, fixed arc order.
 *
 * @returns for each pair, 1 when chosen.
 */
export function maxWeightBMatching(
  capacity: Int32Array,
  seats: Int32Array,
  pairV: Int32Array,
  pairT: Int32Array,
  pairWeight: Float64Array,
): Uint8Array {
  const flow = new CostScalingFlow(capacity, seats, pairV, pairT, pairWeight);
  flow.solve();
  return flow.chosenPairs();
}

/** ε is divided by this much per phase (Goldberg suggests 8–16; 8 did slightly less work here than 16). */
const ALPHA = 8;
/**
 * A global price update after this many relabels per node, besides one at the start of every
 * phase. Updates cost a pass over the graph, relabels only their node's arcs: at 10 000 × 2 000,
 * 1 gave 27 updates and 12 M relabel arc visits, 3 gave 17 and 16 M (faster), 6 gave 14 and 21 M.
 */
const RELABELS_PER_UPDATE = 3;
/**
 * Costs and prices stay within ±SAFE, so a reduced cost (a cost plus two prices) is an exact
 * integer in a double.
 */
const SAFE = 2 ** 50;

/**
 * The residual network and the push-relabel state. Nodes: volunteers 0..V−1,
 * tasks V..V+T−1, the sink V+T. Each node's arcs are contiguous (CSR), each
 * arc knows its partner (`rev`). A task's list is kept as [its arc to the
 * sink, its occupants (reverse arcs with room), the rest], so a task's
 * discharge and relabel look at at most seats + 1 arcs instead of every
 * candidate — tasks have hundreds of candidates and few seats.
 */
class CostScalingFlow {
  private readonly V: number;
  private readonly T: number;
  private readonly n: number;
  private readonly sink: number;
  private readonly first: Int32Array;
  private readonly head: Int32Array;
  private readonly cap: Int32Array;
  private readonly cost: Float64Array;
  private readonly rev: Int32Array;
  /** Position of each pair's volunteer→task arc (volunteers' lists never move). */
  private readonly pairArc: Int32Array;
  /** Occupants of each task (reverse arcs with room), kept right after its sink arc. */
  private readonly occupied: Int32Array;
  private readonly excess: Int32Array;
  private readonly price: Float64Array;
  private readonly current: Int32Array;
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private queueHead = 0;
  private queueSize = 0;
  private maxCost = 0;
  // Global price update: Dial's buckets over distances in units of ε.
  private readonly dist: Int32Array;
  private readonly bucket: Int32Array;
  private readonly nextInBucket: Int32Array;
  private readonly prevInBucket: Int32Array;

  constructor(capacity: Int32Array, seats: Int32Array, pairV: Int32Array, pairT: Int32Array, pairWeight: Float64Array) {
    const V = capacity.length;
    const T = seats.length;
    const m = pairV.length;
    const n = V + T + 1;
    const sink = V + T;
    this.V = V;
    this.T = T;
    this.n = n;
    this.sink = sink;
    const scale = n + 1;
    // List sizes: a volunteer's pairs + its sink arc; a task's sink arc + its pairs; the sink's V + T.
    const first = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      first[pairV[e] + 1]++;
      first[V + pairT[e] + 1]++;
    }
    for (let u = 0; u < V + T; u++) first[u + 1]++;
    first[sink + 1] = V + T;
    for (let u = 0; u < n; u++) first[u + 1] += first[u];
    const arcs = first[n];
    const head = new Int32Array(arcs);
    const cap = new Int32Array(arcs);
    const cost = new Float64Array(arcs);
    const rev = new Int32Array(arcs);
    const fill = first.slice(0, n);
    for (let t = 0; t < T; t++) fill[V + t]++; // position first[t] is the task's sink arc
    const addArc = (u: number, w: number, c: number, room: number, i: number, j: number) => {
      head[i] = w;
      cap[i] = room;
      cost[i] = c;
      rev[i] = j;
      head[j] = u;
      cap[j] = 0;
      cost[j] = -c;
      rev[j] = i;
    };
    this.pairArc = new Int32Array(m);
    let maxWeight = 0;
    for (let e = 0; e < m; e++) {
      const v = pairV[e];
      const t = V + pairT[e];
      const i = fill[v]++;
      addArc(v, t, -pairWeight[e] * scale, 1, i, fill[t]++);
      this.pairArc[e] = i;
      if (pairWeight[e] > maxWeight) maxWeight = pairWeight[e];
    }
    for (let t = 0; t < T; t++) addArc(V + t, sink, 0, seats[t], first[V + t], fill[sink]++);
    for (let v = 0; v < V; v++) addArc(v, sink, 0, capacity[v], fill[v]++, fill[sink]++);
    this.maxCost = maxWeight * scale;
    if (!(this.maxCost < SAFE)) throw new RangeError('b-matching weights too large for exact arithmetic');
    this.first = first;
    this.head = head;
    this.cap = cap;
    this.cost = cost;
    this.rev = rev;
    this.occupied = new Int32Array(T);

    this.excess = new Int32Array(n);
    let supply = 0;
    for (let v = 0; v < V; v++) {
      this.excess[v] = capacity[v];
      supply += capacity[v];
    }
    this.excess[sink] = -supply;
    // Start from prices under which the empty flow has no negative reduced cost at all (a task
    // priced at its best candidate's weight, the sink below every task), so the first phase
    // does not begin by pushing every pair and taking most of it back.
    const price = new Float64Array(n);
    for (let e = 0; e < m; e++) price[V + pairT[e]] = Math.min(price[V + pairT[e]], -pairWeight[e] * scale);
    for (let t = 0; t < T; t++) price[sink] = Math.min(price[sink], price[V + t]);
    this.price = price;
    this.current = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.queued = new Uint8Array(n);
    this.dist = new Int32Array(n);
    this.bucket = new Int32Array(n + 1);
    this.nextInBucket = new Int32Array(n);
    this.prevInBucket = new Int32Array(n);
  }

  solve(): void {
    let eps = this.maxCost;
    while (eps > 1) {
      eps = Math.max(1, Math.floor(eps / ALPHA));
      this.refine(eps);
    }
    // Prices only ever fall (from at least −maxCost), so the final ones bound every earlier one.
    for (let u = 0; u < this.n; u++) {
      if (!(this.price[u] > -SAFE)) throw new RangeError('b-matching prices left the exact range');
    }
  }

  chosenPairs(): Uint8Array {
    const chosen = new Uint8Array(this.pairArc.length);
    for (let e = 0; e < chosen.length; e++) chosen[e] = this.cap[this.pairArc[e]] === 0 ? 1 : 0;
    return chosen;
  }

  /** Turns the (ε·ALPHA)-optimal flow into an ε-optimal one. */
  private refine(eps: number): void {
    const { n, first, head, cap, cost, price } = this;
    // Saturating every residual arc of negative reduced cost makes the pseudoflow 0-optimal;
    // pushes then route the excess it creates.
    for (let u = 0; u < n; u++) {
      if (this.isTask(u)) {
        this.saturateTask(u);
        continue;
      }
      for (let i = first[u]; i < first[u + 1]; i++) {
        if (cap[i] > 0 && cost[i] + price[u] - price[head[i]] < 0) this.push(u, i, cap[i]);
      }
    }
    this.updatePrices(eps);
    let relabels = 0;
    for (let u = 0; u < n; u++) if (this.excess[u] > 0 && this.queued[u] === 0) this.enqueue(u);
    while (this.queueSize > 0) {
      const u = this.dequeue();
      relabels += this.discharge(u, eps);
      if (relabels > RELABELS_PER_UPDATE * n) {
        this.updatePrices(eps);
        relabels = 0;
      }
    }
  }

  private isTask(u: number): boolean {
    return u >= this.V && u < this.sink;
  }

  private saturateTask(t: number): void {
    const { first, head, cap, cost, price } = this;
    const pt = price[t];
    const s = first[t];
    if (cap[s] > 0 && cost[s] + pt - price[head[s]] < 0) this.push(t, s, cap[s]);
    // Pushing an occupant back moves the last occupant into its place: look at i again.
    for (let i = s + 1; i <= s + this.occupied[t - this.V];) {
      if (cost[i] + pt - price[head[i]] < 0) this.push(t, i, 1);
      else i++;
    }
  }

  /**
   * Pushes from u until its excess is gone, relabelling when it has no admissible arc
   * (reduced cost < 0 with room); returns the number of relabels.
   */
  private discharge(u: number, eps: number): number {
    const { first, head, cap, cost, price, excess } = this;
    let relabels = 0;
    if (this.isTask(u)) {
      const s = first[u];
      while (excess[u] > 0) {
        const pu = price[u];
        const last = s + this.occupied[u - this.V];
        let i = s;
        if (!(cap[s] > 0 && cost[s] + pu - price[head[s]] < 0)) {
          for (i = s + 1; i <= last; i++) if (cost[i] + pu - price[head[i]] < 0) break;
        }
        if (i <= last) {
          this.push(u, i, Math.min(excess[u], cap[i]));
          continue;
        }
        let best = -Infinity;
        if (cap[s] > 0) best = price[head[s]] - cost[s];
        for (let j = s + 1; j <= last; j++) best = Math.max(best, price[head[j]] - cost[j]);
        price[u] = best - eps;
        relabels++;
      }
      return relabels;
    }
    const end = first[u + 1];
    while (excess[u] > 0) {
      const pu = price[u];
      let i = this.current[u];
      while (i < end && !(cap[i] > 0 && cost[i] + pu - price[head[i]] < 0)) i++;
      if (i < end) {
        this.current[u] = i;
        this.push(u, i, Math.min(excess[u], cap[i]));
        continue;
      }
      let best = -Infinity;
      for (let j = first[u]; j < end; j++) if (cap[j] > 0) best = Math.max(best, price[head[j]] - cost[j]);
      price[u] = best - eps;
      this.current[u] = first[u];
      relabels++;
    }
    return relabels;
  }

  /** Pushes d units along arc i out of u, keeping each task's occupants together. */
  private push(u: number, i: number, d: number): void {
    const { cap, rev, head, excess } = this;
    const w = head[i];
    const j = rev[i];
    cap[i] -= d;
    cap[j] += d;
    excess[u] -= d;
    excess[w] += d;
    if (excess[w] > 0 && this.queued[w] === 0) this.enqueue(w);
    if (u < this.V && this.isTask(w)) {
      // volunteer → task: the task gains an occupant (its reverse arc now has room)
      const o = this.occupied[w - this.V]++;
      this.swapArcs(j, this.first[w] + 1 + o);
    } else if (this.isTask(u) && w < this.V) {
      // task → volunteer: the occupant leaves
      const o = --this.occupied[u - this.V];
      this.swapArcs(i, this.first[u] + 1 + o);
    }
  }

  /** Swaps two arcs within one node's list, keeping their partners' links. */
  private swapArcs(a: number, b: number): void {
    if (a === b) return;
    const { head, cap, cost, rev } = this;
    let x: number = head[a];
    head[a] = head[b];
    head[b] = x;
    x = cap[a];
    cap[a] = cap[b];
    cap[b] = x;
    x = cost[a];
    cost[a] = cost[b];
    cost[b] = x;
    x = rev[a];
    rev[a] = rev[b];
    rev[b] = x;
    rev[rev[a]] = a;
    rev[rev[b]] = b;
  }

  private enqueue(u: number): void {
    let tail = this.queueHead + this.queueSize;
    if (tail >= this.n) tail -= this.n;
    this.queue[tail] = u;
    this.queueSize++;
    this.queued[u] = 1;
  }

  private dequeue(): number {
    const u = this.queue[this.queueHead];
    this.queueHead = this.queueHead + 1 === this.n ? 0 : this.queueHead + 1;
    this.queueSize--;
    this.queued[u] = 0;
    return u;
  }

  /**
   * Goldberg's global price update: lowers every price by ε times the node's distance to the
   * nearest deficit, over residual arcs of length ⌊reduced cost / ε⌋ + 1 (which keeps the flow
   * ε-optimal), so excess flows downhill instead of climbing by one relabel at a time. Dial's
   * buckets; stops once every node with excess is reached, the rest move as far as the last.
   */
  private updatePrices(eps: number): void {
    const { n, first, head, cap, cost, rev, price, excess, dist, bucket, nextInBucket, prevInBucket } = this;
    const unreached = 0x7fffffff;
    bucket.fill(-1);
    let active = 0;
    for (let u = 0; u < n; u++) {
      dist[u] = unreached;
      if (excess[u] < 0) this.link(u, 0);
      else if (excess[u] > 0) active++;
    }
    let d = 0;
    for (; d < n && active > 0; d++) {
      for (let w = bucket[d]; w >= 0 && active > 0; w = bucket[d]) {
        bucket[d] = nextInBucket[w];
        if (bucket[d] >= 0) prevInBucket[bucket[d]] = -1;
        dist[w] = -1 - d; // scanned
        if (excess[w] > 0) active--;
        const pw = price[w];
        for (let i = first[w]; i < first[w + 1]; i++) {
          const j = rev[i]; // the arc u → w
          if (cap[j] === 0) continue;
          const u = head[i];
          const du = dist[u];
          if (du < 0) continue;
          const rc = cost[j] + price[u] - pw;
          if (rc >= (n - d) * eps) continue;
          const nd = d + Math.floor(rc / eps) + 1;
          if (nd < du) {
            if (du !== unreached) this.unlink(u);
            this.link(u, nd);
          }
        }
      }
      if (active === 0) break;
    }
    for (let u = 0; u < n; u++) {
      const du = dist[u];
      price[u] -= eps * (du < 0 ? -1 - du : d);
      this.current[u] = first[u];
    }
  }

  private link(u: number, d: number): void {
    this.dist[u] = d;
    const h = this.bucket[d];
    this.nextInBucket[u] = h;
    this.prevInBucket[u] = -1;
    if (h >= 0) this.prevInBucket[h] = u;
    this.bucket[d] = u;
  }

  private unlink(u: number): void {
    const nx = this.nextInBucket[u];
    const pv = this.prevInBucket[u];
    if (pv >= 0) this.nextInBucket[pv] = nx;
    else this.bucket[this.dist[u]] = nx;
    if (nx >= 0) this.prevInBucket[nx] = pv;
  }
}
