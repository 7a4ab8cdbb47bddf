/**
 * Dinic's maximum flow on a static arc list, with the minimum cut (the nodes reachable from the
 * source in the final residual graph). Used to explain infeasible assignments.
 */

/** Result of {@link maxFlow}. */
export interface MaxFlowResult {
  value: number;
  /** Flow per input arc. */
  flow: Float64Array;
  /** 1 for nodes on the source side of a minimum cut. */
  sourceSide: Uint8Array;
}

interface Residual {
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Float64Array;
}

/** Residual graph: arc i of the input is residual arc 2i, its reverse 2i+1. */
function buildResidual(n: number, source: Int32Array, target: Int32Array, capacity: Float64Array): Residual {
  const m = source.length;
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(2 * m);
  const to = new Int32Array(2 * m);
  const cap = new Float64Array(2 * m);
  for (let i = 0; i < m; i++) {
    const s = source[i] ?? 0;
    const t = target[i] ?? 0;
    to[2 * i] = t;
    cap[2 * i] = capacity[i] ?? 0;
    next[2 * i] = head[s] ?? -1;
    head[s] = 2 * i;
    to[2 * i + 1] = s;
    next[2 * i + 1] = head[t] ?? -1;
    head[t] = 2 * i + 1;
  }
  return { head, next, to, cap };
}

/** Breadth-first levels from `s` over arcs with residual capacity; -1 when unreachable. */
function levels(g: Residual, s: number): Int32Array {
  const level = new Int32Array(g.head.length).fill(-1);
  const queue = new Int32Array(g.head.length);
  let qh = 0;
  let qt = 0;
  level[s] = 0;
  queue[qt++] = s;
  while (qh < qt) {
    const u = queue[qh++] ?? 0;
    for (let r = g.head[u] ?? -1; r >= 0; r = g.next[r] ?? -1) {
      const v = g.to[r] ?? 0;
      if ((g.cap[r] ?? 0) > 0 && level[v] === -1) {
        level[v] = (level[u] ?? 0) + 1;
        queue[qt++] = v;
      }
    }
  }
  return level;
}

/** One augmenting path in the level graph (iterative DFS with current-arc pointers). */
function augment(g: Residual, level: Int32Array, iter: Int32Array, s: number, t: number): number {
  const pathArcs: number[] = [];
  let u = s;
  for (;;) {
    if (u === t) {
      let push = Infinity;
      for (const r of pathArcs) push = Math.min(push, g.cap[r] ?? 0);
      for (const r of pathArcs) {
        g.cap[r] = (g.cap[r] ?? 0) - push;
        g.cap[r ^ 1] = (g.cap[r ^ 1] ?? 0) + push;
      }
      return push;
    }
    let r = iter[u] ?? -1;
    while (r >= 0 && !((g.cap[r] ?? 0) > 0 && level[g.to[r] ?? 0] === (level[u] ?? 0) + 1)) r = g.next[r] ?? -1;
    iter[u] = r;
    if (r >= 0) {
      pathArcs.push(r);
      u = g.to[r] ?? 0;
      continue;
    }
    if (u === s) return 0;
    level[u] = -1; // dead end: prune the node from this phase
    const back = pathArcs.pop() ?? 0;
    u = g.to[back ^ 1] ?? 0;
  }
}

/** Maximum flow from `s` to `t` and a minimum cut. Capacities must be non-negative. */
export function maxFlow(
  nodeCount: number,
  source: Int32Array,
  target: Int32Array,
  capacity: Float64Array,
  s: number,
  t: number,
): MaxFlowResult {
  const g = buildResidual(nodeCount, source, target, capacity);
  let value = 0;
  for (;;) {
    const level = levels(g, s);
    if ((level[t] ?? -1) < 0) {
      const sourceSide = Uint8Array.from(level, (l) => (l >= 0 ? 1 : 0));
      const flow = Float64Array.from(capacity, (c, i) => c - (g.cap[2 * i] ?? 0));
      return { value, flow, sourceSide };
    }
    const iter = Int32Array.from(g.head);
    for (let pushed = augment(g, level, iter, s, t); pushed > 0; pushed = augment(g, level, iter, s, t)) {
      value += pushed;
    }
  }
}
