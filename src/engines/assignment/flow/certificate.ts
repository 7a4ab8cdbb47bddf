/**
 * LP duality certificate for a min-cost flow. For any potentials pi, with reduced costs
 * rc(e) = cost(e) + pi(source) - pi(target), every feasible flow x satisfies
 *   cost(x) = sum_e rc(e) x(e) - sum_v pi(v) supply(v) >= sum_e capacity(e) min(0, rc(e)) - sum_v pi(v) supply(v).
 * The difference between the cost of a flow and this lower bound is therefore an upper bound on
 * how far the flow can be from optimal; it is zero (up to rounding) for an optimal flow with
 * optimal potentials.
 */
import type { FlowNetwork } from './network-simplex.js';

/** Optimality gap bound of `flow` certified by `potential` (non-negative, 0 when optimal). */
export function dualGap(net: FlowNetwork, flow: Float64Array, potential: Float64Array): number {
  let gap = 0;
  const m = net.source.length;
  for (let e = 0; e < m; e++) {
    const rc = (net.cost[e] ?? 0) + (potential[net.source[e] ?? 0] ?? 0) - (potential[net.target[e] ?? 0] ?? 0);
    const x = flow[e] ?? 0;
    // rc * x - cap * min(0, rc): positive part on used arcs, negative part on unsaturated arcs.
    gap += rc >= 0 ? rc * x : -rc * ((net.capacity[e] ?? 0) - x);
  }
  return gap;
}
