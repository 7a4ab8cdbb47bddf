/**
 * Primal network simplex for minimum-cost flow with floating-point costs and integral supplies and
 * capacities. The spanning-tree bookkeeping (thread, reverse thread, successor counts, last
 * successors) and the strongly feasible leaving-arc rule follow the classic formulation used by the
 * LEMON graph library; the pivot rule is block search.
 *
 * Exactness: flows stay integral (they are sums of integral deltas) and pivots are combinatorial,
 * so floating point only enters through potentials. Potentials are recomputed from the tree
 * periodically and at the end, and the caller receives them, so optimality can be certified by
 * reduced costs (see `dualGap` in `certificate.ts`).
 */
import { TreeState } from './spanning-tree.js';

/** A minimum-cost flow instance. Arc flows are bounded by [0, capacity]. */
export interface FlowNetwork {
  nodeCount: number;
  /** Net supply of each node (positive: source, negative: demand). Must sum to zero. */
  supply: Float64Array;
  source: Int32Array;
  target: Int32Array;
  /** Finite, non-negative integral capacities. */
  capacity: Float64Array;
  /** Finite costs per unit of flow. */
  cost: Float64Array;
}

/** Outcome of {@link solveMinCostFlow}. */
export interface FlowSolution {
  /** False when no flow satisfies every supply and capacity. */
  feasible: boolean;
  /** Flow on each input arc (integral values). */
  flow: Float64Array;
  /** Node potentials: reduced cost of arc (u, v) is cost + potential[u] - potential[v]. */
  potential: Float64Array;
  /** Total cost of `flow`. */
  cost: number;
  /** Number of simplex pivots performed. */
  pivots: number;
}

const STATE_LOWER = 1;
const STATE_TREE = 0;

/** Largest magnitude of the costs, used to scale the artificial cost and the pivot tolerance. */
function maxAbs(values: Float64Array): number {
  let max = 0;
  for (const v of values) {
    const a = Math.abs(v);
    if (a > max) max = a;
  }
  return max;
}

function validate(net: FlowNetwork): void {
  const m = net.source.length;
  if (net.target.length !== m || net.capacity.length !== m || net.cost.length !== m) {
    throw new RangeError('flow network arc arrays must have equal lengths');
  }
  if (net.supply.length !== net.nodeCount) throw new RangeError('supply length must equal nodeCount');
  let sum = 0;
  for (const s of net.supply) {
    if (!Number.isInteger(s)) throw new RangeError('supplies must be integral');
    sum += s;
  }
  if (sum !== 0) throw new RangeError('supplies must sum to zero');
  for (let e = 0; e < m; e++) {
    const c = net.capacity[e] ?? -1;
    if (!(c >= 0) || !Number.isInteger(c)) throw new RangeError('capacities must be non-negative integers');
    if (!Number.isFinite(net.cost[e] ?? NaN)) throw new RangeError('costs must be finite');
  }
}

/**
 * Solves min sum(cost * flow) subject to flow conservation with the given supplies and
 * 0 <= flow <= capacity. Returns `feasible: false` when the supplies cannot be routed.
 */
export function solveMinCostFlow(net: FlowNetwork): FlowSolution {
  validate(net);
  const n = net.nodeCount;
  const m = net.source.length;
  const costScale = maxAbs(net.cost);
  const artificialCost = (costScale + 1) * (n + 1);
  const tree = new TreeState(n, m, artificialCost, costScale);
  const order = mixedOrder(m, n);
  for (let i = 0; i < m; i++) {
    const e = order[i] ?? 0;
    tree.setArc(e, net.source[i] ?? 0, net.target[i] ?? 0, net.capacity[i] ?? 0, net.cost[i] ?? 0);
  }
  tree.initArtificial(net.supply);
  const pivots = tree.run();
  const flow = new Float64Array(m);
  let cost = 0;
  for (let i = 0; i < m; i++) {
    const f = tree.flow[order[i] ?? 0] ?? 0;
    flow[i] = f;
    cost += f * (net.cost[i] ?? 0);
  }
  return { feasible: tree.artificialFlowIsZero(), flow, potential: tree.pi.slice(0, n), cost, pivots };
}

/**
 * Interleaves arcs so that consecutive positions hold arcs from different parts of the input,
 * which makes block search sample the whole graph (the "arc mixing" of LEMON).
 */
function mixedOrder(m: number, n: number): Int32Array {
  const order = new Int32Array(m);
  const skip = Math.max(Math.floor(m / Math.max(1, n)), 3);
  let i = 0;
  let j = 0;
  for (let k = 0; k < m; k++) {
    order[k] = i;
    i += skip;
    if (i >= m) i = ++j;
  }
  return order;
}

export { STATE_LOWER, STATE_TREE };
