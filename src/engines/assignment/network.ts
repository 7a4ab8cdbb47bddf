/**
 * The assignment as a min-cost flow (a bipartite b-matching):
 *   application a (supply k_a) -> evaluator e, capacity 1, cost -affinity (shifted to be >= 0);
 *   evaluator e -> sink T, capacity maxLoad - minLoad, with the lower bound minLoad moved into
 *   the supplies (e demands minLoad, T demands sum k - sum minLoad).
 * With `distinctOrganisations`, an application's candidates from one organisation (when there
 * are two or more) hang below a node (a, organisation) fed by one arc of capacity 1, so at most one
 * of them is chosen. The constraint matrix stays a network matrix, hence the LP is integral.
 */
import type { FlowNetwork } from './flow/network-simplex.js';
import type { Instance } from './instance.js';

/** A flow network plus the mapping from its first arcs back to candidate pairs. */
export interface AssignmentNetwork {
  net: FlowNetwork;
  /** Arc i < candidateCount carries candidate pair i of the instance. */
  candidateCount: number;
  appNodes: number;
  /** Node of evaluator e is `evalNode0 + e`. */
  evalNode0: number;
  sinkNode: number;
  /** For organisation nodes: the application they belong to. */
  orgNodeApp: number[];
}

interface ArcList {
  source: number[];
  target: number[];
  capacity: number[];
  cost: number[];
}

function pushArc(arcs: ArcList, s: number, t: number, cap: number, cost: number): void {
  arcs.source.push(s);
  arcs.target.push(t);
  arcs.capacity.push(cap);
  arcs.cost.push(cost);
}

/** Source node of each candidate arc: the application, or its (application, organisation) node. */
function candidateSources(inst: Instance, firstOrgNode: number, orgNodeApp: number[]): Int32Array {
  const { candStart, candEval, idx } = inst;
  const sources = new Int32Array(candEval.length);
  for (let a = 0; a < idx.nApps; a++) {
    const from = candStart[a] ?? 0;
    const to = candStart[a + 1] ?? 0;
    const perOrg = new Map<number, number[]>();
    for (let c = from; c < to; c++) {
      sources[c] = a;
      const org = idx.distinct ? (idx.evalOrg[candEval[c] ?? 0] ?? -1) : -1;
      if (org < 0) continue;
      const list = perOrg.get(org);
      if (list) list.push(c);
      else perOrg.set(org, [c]);
    }
    for (const list of perOrg.values()) {
      if (list.length < 2) continue;
      const node = firstOrgNode + orgNodeApp.length;
      orgNodeApp.push(a);
      for (const c of list) sources[c] = node;
    }
  }
  return sources;
}

/** Builds the flow network of an instance (pins already removed). */
export function buildNetwork(inst: Instance): AssignmentNetwork {
  const { idx, candEval, candAff, kRest, minRest, maxRest } = inst;
  const nA = idx.nApps;
  const nE = idx.nEvals;
  const evalNode0 = nA;
  const sinkNode = nA + nE;
  const orgNodeApp: number[] = [];
  const sources = candidateSources(inst, sinkNode + 1, orgNodeApp);
  let shift = 0;
  for (const a of candAff) shift = Math.max(shift, a);
  const arcs: ArcList = { source: [], target: [], capacity: [], cost: [] };
  for (let c = 0; c < candEval.length; c++) {
    pushArc(arcs, sources[c] ?? 0, evalNode0 + (candEval[c] ?? 0), 1, shift - (candAff[c] ?? 0));
  }
  orgNodeApp.forEach((a, i) => pushArc(arcs, a, sinkNode + 1 + i, 1, 0));
  for (let e = 0; e < nE; e++) pushArc(arcs, evalNode0 + e, sinkNode, (maxRest[e] ?? 0) - (minRest[e] ?? 0), 0);
  const nodeCount = sinkNode + 1 + orgNodeApp.length;
  const supply = new Float64Array(nodeCount);
  let demand = 0;
  for (let a = 0; a < nA; a++) {
    supply[a] = kRest[a] ?? 0;
    demand += kRest[a] ?? 0;
  }
  for (let e = 0; e < nE; e++) {
    supply[evalNode0 + e] = -(minRest[e] ?? 0);
    demand -= minRest[e] ?? 0;
  }
  supply[sinkNode] = -demand;
  const net: FlowNetwork = {
    nodeCount,
    supply,
    source: Int32Array.from(arcs.source),
    target: Int32Array.from(arcs.target),
    capacity: Float64Array.from(arcs.capacity),
    cost: Float64Array.from(arcs.cost),
  };
  return { net, candidateCount: candEval.length, appNodes: nA, evalNode0, sinkNode, orgNodeApp };
}
