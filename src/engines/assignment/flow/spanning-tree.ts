/**
 * Spanning-tree state and pivots of the network simplex method (see `network-simplex.ts`).
 * Nodes 0..n-1 are real, node n is the artificial root; arcs 0..m-1 are real and arc m+u joins
 * node u to the root. Arc states: 1 at lower bound, -1 at upper bound, 0 in the tree.
 */
const STATE_UPPER = -1;
const STATE_TREE = 0;
const STATE_LOWER = 1;
const DIR_UP = 1;
const DIR_DOWN = -1;
/** Pivots between two recomputations of all potentials from the tree. */
const REFRESH_EVERY = 4096;
/** Extra optimality sweeps after a refresh of the potentials (guards against drift). */
const MAX_SWEEPS = 5;

/** Mutable spanning-tree basis of the network simplex method. */
export class TreeState {
  readonly n: number;
  readonly m: number;
  readonly root: number;
  readonly src: Int32Array;
  readonly tgt: Int32Array;
  readonly cap: Float64Array;
  readonly cost: Float64Array;
  readonly flow: Float64Array;
  readonly state: Int8Array;
  readonly pi: Float64Array;
  readonly parent: Int32Array;
  readonly pred: Int32Array;
  readonly predDir: Int8Array;
  readonly thread: Int32Array;
  readonly revThread: Int32Array;
  readonly succNum: Int32Array;
  readonly lastSucc: Int32Array;
  readonly dirty: Int32Array;
  private readonly artificialCost: number;
  private readonly eps: number;
  private readonly blockSize: number;
  private nextArc = 0;
  inArc = -1;
  join = -1;
  uIn = -1;
  vIn = -1;
  uOut = -1;
  private delta = 0;

  constructor(n: number, m: number, artificialCost: number, costScale: number) {
    this.n = n;
    this.m = m;
    this.root = n;
    const all = m + n;
    this.src = new Int32Array(all);
    this.tgt = new Int32Array(all);
    this.cap = new Float64Array(all);
    this.cost = new Float64Array(all);
    this.flow = new Float64Array(all);
    this.state = new Int8Array(all);
    this.pi = new Float64Array(n + 1);
    this.parent = new Int32Array(n + 1);
    this.pred = new Int32Array(n + 1);
    this.predDir = new Int8Array(n + 1);
    this.thread = new Int32Array(n + 1);
    this.revThread = new Int32Array(n + 1);
    this.succNum = new Int32Array(n + 1);
    this.lastSucc = new Int32Array(n + 1);
    this.dirty = new Int32Array(n + 2);
    this.artificialCost = artificialCost;
    // Reduced costs carry rounding noise of a few ulps of the largest potential.
    this.eps = Math.max(artificialCost, costScale, 1) * 1e-13;
    this.blockSize = Math.max(10, Math.ceil(Math.sqrt(m)));
  }

  /** Stores real arc `e` (at its lower bound). */
  setArc(e: number, s: number, t: number, capacity: number, cost: number): void {
    this.src[e] = s;
    this.tgt[e] = t;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.state[e] = STATE_LOWER;
  }

  /** Builds the initial tree: every node hangs from the root by an artificial arc. */
  initArtificial(supply: Float64Array): void {
    const { n, m, root } = this;
    this.parent[root] = -1;
    this.pred[root] = -1;
    this.thread[root] = 0;
    this.revThread[0] = root;
    this.succNum[root] = n + 1;
    this.lastSucc[root] = root - 1;
    this.pi[root] = 0;
    for (let u = 0, e = m; u < n; u++, e++) {
      this.parent[u] = root;
      this.pred[u] = e;
      this.thread[u] = u + 1;
      this.revThread[u + 1] = u;
      this.succNum[u] = 1;
      this.lastSucc[u] = u;
      this.cap[e] = Infinity;
      this.state[e] = STATE_TREE;
      const s = supply[u] ?? 0;
      if (s >= 0) {
        this.setArtificial(u, e, u, root, s, 0, DIR_UP);
      } else {
        this.setArtificial(u, e, root, u, -s, this.artificialCost, DIR_DOWN);
      }
    }
  }

  private setArtificial(u: number, e: number, s: number, t: number, f: number, c: number, dir: number): void {
    this.src[e] = s;
    this.tgt[e] = t;
    this.flow[e] = f;
    this.cost[e] = c;
    this.predDir[u] = dir;
    this.pi[u] = c;
  }

  /** Pivots until no arc has a negative reduced cost; returns the number of pivots. */
  run(): number {
    let pivots = 0;
    for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      let sinceRefresh = 0;
      while (this.findEnteringArc()) {
        this.pivot();
        pivots++;
        if (++sinceRefresh >= REFRESH_EVERY) {
          this.refreshPotentials();
          sinceRefresh = 0;
        }
      }
      this.refreshPotentials();
      this.nextArc = 0;
      if (!this.findEnteringArc()) break;
      this.pivot();
      pivots++;
    }
    return pivots;
  }

  /** True when every artificial arc carries zero flow (the supplies were routed). */
  artificialFlowIsZero(): boolean {
    for (let e = this.m; e < this.m + this.n; e++) if ((this.flow[e] ?? 0) !== 0) return false;
    return true;
  }

  private pivot(): void {
    this.findJoinNode();
    const change = this.findLeavingArc();
    if (this.delta === Infinity) throw new RangeError('min-cost flow is unbounded');
    this.changeFlow(change);
    if (change) {
      this.updateTreeStructure();
      this.updatePotential();
    }
  }

  private reducedCost(e: number): number {
    return (this.cost[e] ?? 0) + (this.pi[this.src[e] ?? 0] ?? 0) - (this.pi[this.tgt[e] ?? 0] ?? 0);
  }

  /** Block search: the most negative candidate within the first block that holds one. */
  private findEnteringArc(): boolean {
    const m = this.m;
    let min = -this.eps;
    let best = -1;
    let cnt = this.blockSize;
    let e = this.nextArc;
    for (let scanned = 0; scanned < m; scanned++) {
      const c = (this.state[e] ?? 0) * this.reducedCost(e);
      if (c < min) {
        min = c;
        best = e;
      }
      if (++e === m) e = 0;
      if (--cnt === 0) {
        if (best >= 0) break;
        cnt = this.blockSize;
      }
    }
    if (best < 0) return false;
    this.inArc = best;
    this.nextArc = e;
    return true;
  }

  private findJoinNode(): void {
    let u = this.src[this.inArc] ?? 0;
    let v = this.tgt[this.inArc] ?? 0;
    while (u !== v) {
      if ((this.succNum[u] ?? 0) < (this.succNum[v] ?? 0)) u = this.parent[u] ?? 0;
      else v = this.parent[v] ?? 0;
    }
    this.join = u;
  }

  /** Residual capacity of the tree arc above `u` in the direction of the cycle. */
  private residual(u: number, forward: number): number {
    const e = this.pred[u] ?? 0;
    const f = this.flow[e] ?? 0;
    return this.predDir[u] === forward ? (this.cap[e] ?? 0) - f : f;
  }

  /** Strongly feasible rule: the last blocking arc in the cycle's orientation leaves. */
  private findLeavingArc(): boolean {
    const e = this.inArc;
    const lower = this.state[e] === STATE_LOWER;
    const first = lower ? (this.src[e] ?? 0) : (this.tgt[e] ?? 0);
    const second = lower ? (this.tgt[e] ?? 0) : (this.src[e] ?? 0);
    this.delta = this.cap[e] ?? 0;
    let result = 0;
    for (let u = first; u !== this.join; u = this.parent[u] ?? 0) {
      const d = this.residual(u, DIR_DOWN);
      if (d < this.delta) {
        this.delta = d;
        this.uOut = u;
        result = 1;
      }
    }
    for (let u = second; u !== this.join; u = this.parent[u] ?? 0) {
      const d = this.residual(u, DIR_UP);
      if (d <= this.delta) {
        this.delta = d;
        this.uOut = u;
        result = 2;
      }
    }
    if (result === 1) {
      this.uIn = first;
      this.vIn = second;
    } else {
      this.uIn = second;
      this.vIn = first;
    }
    return result !== 0;
  }

  private changeFlow(change: boolean): void {
    const e = this.inArc;
    if (this.delta > 0) {
      const val = (this.state[e] ?? 0) * this.delta;
      this.flow[e] = (this.flow[e] ?? 0) + val;
      for (let u = this.src[e] ?? 0; u !== this.join; u = this.parent[u] ?? 0) {
        const p = this.pred[u] ?? 0;
        this.flow[p] = (this.flow[p] ?? 0) - (this.predDir[u] ?? 0) * val;
      }
      for (let u = this.tgt[e] ?? 0; u !== this.join; u = this.parent[u] ?? 0) {
        const p = this.pred[u] ?? 0;
        this.flow[p] = (this.flow[p] ?? 0) + (this.predDir[u] ?? 0) * val;
      }
    }
    if (change) {
      this.state[e] = STATE_TREE;
      const out = this.pred[this.uOut] ?? 0;
      this.state[out] = this.flow[out] === 0 ? STATE_LOWER : STATE_UPPER;
    } else {
      this.state[e] = -(this.state[e] ?? 0);
    }
  }

  private updateTreeStructure(): void {
    if (this.uIn === this.uOut) reattachSubtree(this);
    else reverseStem(this);
  }

  /** Shifts the potentials of the subtree that was re-hung below the entering arc. */
  private updatePotential(): void {
    const e = this.inArc;
    const sigma =
      (this.pi[this.vIn] ?? 0) - (this.pi[this.uIn] ?? 0) - (this.predDir[this.uIn] ?? 0) * (this.cost[e] ?? 0);
    const end = this.thread[this.lastSucc[this.uIn] ?? 0] ?? 0;
    for (let u = this.uIn; u !== end; u = this.thread[u] ?? 0) this.pi[u] = (this.pi[u] ?? 0) + sigma;
  }

  /** Recomputes every potential from the tree (preorder along the thread), removing drift. */
  refreshPotentials(): void {
    this.pi[this.root] = 0;
    for (let u = this.thread[this.root] ?? 0; u !== this.root; u = this.thread[u] ?? 0) {
      const e = this.pred[u] ?? 0;
      const p = this.parent[u] ?? 0;
      this.pi[u] = (this.pi[p] ?? 0) - (this.predDir[u] ?? 0) * (this.cost[e] ?? 0);
    }
  }
}

/** Tree update when the entering arc re-hangs the leaving subtree at the same node. */
function reattachSubtree(t: TreeState): void {
  const { uIn, vIn, uOut, inArc } = t;
  const oldRevThread = t.revThread[uOut] ?? 0;
  const oldSuccNum = t.succNum[uOut] ?? 0;
  const oldLastSucc = t.lastSucc[uOut] ?? 0;
  const vOut = t.parent[uOut] ?? 0;
  t.parent[uIn] = vIn;
  t.pred[uIn] = inArc;
  t.predDir[uIn] = uIn === t.src[inArc] ? DIR_UP : DIR_DOWN;
  if (t.thread[vIn] !== uOut) {
    let after = t.thread[oldLastSucc] ?? 0;
    t.thread[oldRevThread] = after;
    t.revThread[after] = oldRevThread;
    after = t.thread[vIn] ?? 0;
    t.thread[vIn] = uOut;
    t.revThread[uOut] = vIn;
    t.thread[oldLastSucc] = after;
    t.revThread[after] = oldLastSucc;
  }
  updateAncestors(t, vOut, oldRevThread, oldSuccNum, oldLastSucc);
}

/** Tree update when the path (stem) from u_in up to u_out is reversed. */
function reverseStem(t: TreeState): void {
  const { uIn, vIn, uOut } = t;
  const oldRevThread = t.revThread[uOut] ?? 0;
  const oldSuccNum = t.succNum[uOut] ?? 0;
  const oldLastSucc = t.lastSucc[uOut] ?? 0;
  const vOut = t.parent[uOut] ?? 0;
  const threadContinue = oldRevThread === vIn ? (t.thread[oldLastSucc] ?? 0) : (t.thread[vIn] ?? 0);
  let stem = uIn;
  let parStem = vIn;
  let last = t.lastSucc[uIn] ?? 0;
  let after = t.thread[last] ?? 0;
  t.thread[vIn] = uIn;
  let dirtyCount = 0;
  t.dirty[dirtyCount++] = vIn;
  while (stem !== uOut) {
    const nextStem = t.parent[stem] ?? 0;
    t.thread[last] = nextStem;
    t.dirty[dirtyCount++] = last;
    const before = t.revThread[stem] ?? 0;
    t.thread[before] = after;
    t.revThread[after] = before;
    t.parent[stem] = parStem;
    parStem = stem;
    stem = nextStem;
    last = t.lastSucc[stem] === t.lastSucc[parStem] ? (t.revThread[parStem] ?? 0) : (t.lastSucc[stem] ?? 0);
    after = t.thread[last] ?? 0;
  }
  t.parent[uOut] = parStem;
  t.thread[last] = threadContinue;
  t.revThread[threadContinue] = last;
  t.lastSucc[uOut] = last;
  if (oldRevThread !== vIn) {
    t.thread[oldRevThread] = after;
    t.revThread[after] = oldRevThread;
  }
  for (let i = 0; i < dirtyCount; i++) {
    const u = t.dirty[i] ?? 0;
    t.revThread[t.thread[u] ?? 0] = u;
  }
  reverseStemLinks(t, oldSuccNum);
  updateAncestors(t, vOut, oldRevThread, oldSuccNum, oldLastSucc);
}

/** Moves pred/direction one step down the reversed stem and fixes successor data on it. */
function reverseStemLinks(t: TreeState, oldSuccNum: number): void {
  const { uIn, uOut, inArc } = t;
  let tmpSc = 0;
  const tmpLs = t.lastSucc[uOut] ?? 0;
  for (let u = uOut, p = t.parent[u] ?? 0; u !== uIn; u = p, p = t.parent[u] ?? 0) {
    t.pred[u] = t.pred[p] ?? 0;
    t.predDir[u] = -(t.predDir[p] ?? 0);
    tmpSc += (t.succNum[u] ?? 0) - (t.succNum[p] ?? 0);
    t.succNum[u] = tmpSc;
    t.lastSucc[p] = tmpLs;
  }
  t.pred[uIn] = inArc;
  t.predDir[uIn] = uIn === t.src[inArc] ? DIR_UP : DIR_DOWN;
  t.succNum[uIn] = oldSuccNum;
}

/** Updates last successors and subtree sizes on the paths from v_in and v_out to the join. */
function updateAncestors(t: TreeState, vOut: number, oldRevThread: number, oldSuccNum: number, oldLastSucc: number): void {
  const { vIn, uOut, join } = t;
  const upLimitOut = t.lastSucc[join] === vIn ? join : -1;
  const lastSuccOut = t.lastSucc[uOut] ?? 0;
  for (let u = vIn; u !== -1 && t.lastSucc[u] === vIn; u = t.parent[u] ?? -1) t.lastSucc[u] = lastSuccOut;
  if (join !== oldRevThread && vIn !== oldRevThread) {
    for (let u = vOut; u !== upLimitOut && t.lastSucc[u] === oldLastSucc; u = t.parent[u] ?? -1) {
      t.lastSucc[u] = oldRevThread;
    }
  } else if (lastSuccOut !== oldLastSucc) {
    for (let u = vOut; u !== upLimitOut && t.lastSucc[u] === oldLastSucc; u = t.parent[u] ?? -1) {
      t.lastSucc[u] = lastSuccOut;
    }
  }
  for (let u = vIn; u !== join; u = t.parent[u] ?? 0) t.succNum[u] = (t.succNum[u] ?? 0) + oldSuccNum;
  for (let u = vOut; u !== join; u = t.parent[u] ?? 0) t.succNum[u] = (t.succNum[u] ?? 0) - oldSuccNum;
}
