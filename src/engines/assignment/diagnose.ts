/**
 * Explains an infeasible assignment with a Hall-type cut. The flow network gets a super source
 * (to every node with supply) and a super sink (from every node with demand); the instance is
 * feasible exactly when the maximum flow saturates the supplies. Otherwise the nodes reachable
 * from the super source in the final residual graph form a cut whose capacity is the most that
 * can be delivered, which reads as "these applications need R evaluators but their eligible
 * evaluators can take at most A", or "these evaluators need R assignments but only A can reach them".
 */
import { maxFlow } from './flow/max-flow.js';
import type { Instance } from './instance.js';
import type { AssignmentNetwork } from './network.js';
import { listIds, reason } from './reasons.js';
import type { InfeasibilityReason } from './types.js';

interface Cut {
  side: Uint8Array;
  deficit: number;
  /** Candidate arcs crossing from the source side to the other side. */
  crossing: number[];
}

function findCut(an: AssignmentNetwork): Cut | null {
  const { net } = an;
  const n = net.nodeCount;
  const ss = n;
  const tt = n + 1;
  const source = Array.from(net.source);
  const target = Array.from(net.target);
  const capacity = Array.from(net.capacity);
  let supply = 0;
  net.supply.forEach((s, v) => {
    source.push(s > 0 ? ss : v);
    target.push(s > 0 ? v : tt);
    capacity.push(Math.abs(s));
    if (s > 0) supply += s;
  });
  const res = maxFlow(n + 2, Int32Array.from(source), Int32Array.from(target), Float64Array.from(capacity), ss, tt);
  if (res.value >= supply) return null;
  const crossing: number[] = [];
  for (let i = 0; i < net.source.length; i++) {
    if (res.sourceSide[net.source[i] ?? 0] === 1 && res.sourceSide[net.target[i] ?? 0] === 0) crossing.push(i);
  }
  return { side: res.sourceSide, deficit: supply - res.value, crossing };
}

function applicationsCut(inst: Instance, an: AssignmentNetwork, cut: Cut): InfeasibilityReason {
  const { idx } = inst;
  const apps: string[] = [];
  let required = 0;
  for (let a = 0; a < idx.nApps; a++) {
    if (cut.side[a] !== 1 || (inst.kRest[a] ?? 0) === 0) continue;
    apps.push(idx.appIds[a] ?? '');
    required += inst.kRest[a] ?? 0;
  }
  const evals = new Set<number>();
  for (let e = 0; e < idx.nEvals; e++) if (cut.side[an.evalNode0 + e] === 1) evals.add(e);
  for (const arc of cut.crossing) {
    const t = an.net.target[arc] ?? 0;
    if (t >= an.evalNode0 && t < an.sinkNode) evals.add(t - an.evalNode0);
  }
  const evalIds = [...evals].sort((x, y) => x - y).map((e) => idx.evalIds[e] ?? '');
  const available = required - cut.deficit;
  const message =
    `Applications ${listIds(apps)} need ${required} more evaluator assignments, but the evaluators eligible ` +
    `for them (${listIds(evalIds)}) can take at most ${available} of them.`;
  return reason('applications_cut', message, apps, evalIds, required, available);
}

function evaluatorsCut(inst: Instance, an: AssignmentNetwork, cut: Cut): InfeasibilityReason {
  const { idx } = inst;
  const evals: number[] = [];
  let required = 0;
  for (let e = 0; e < idx.nEvals; e++) {
    if (cut.side[an.evalNode0 + e] === 1 || (inst.minRest[e] ?? 0) === 0) continue;
    evals.push(e);
    required += inst.minRest[e] ?? 0;
  }
  const outside = new Set(evals);
  const apps = new Set<number>();
  for (let a = 0; a < idx.nApps; a++) {
    if ((inst.kRest[a] ?? 0) === 0) continue;
    for (let c = inst.candStart[a] ?? 0; c < (inst.candStart[a + 1] ?? 0); c++) {
      if (outside.has(inst.candEval[c] ?? -1)) apps.add(a);
    }
  }
  const appIds = [...apps].sort((x, y) => x - y).map((a) => idx.appIds[a] ?? '');
  const evalIds = evals.map((e) => idx.evalIds[e] ?? '');
  const available = required - cut.deficit;
  const message =
    `Evaluators ${listIds(evalIds)} must receive at least ${required} assignments in total, but the ` +
    `applications they are eligible for (${listIds(appIds)}) can give them at most ${available}.`;
  return reason('evaluators_cut', message, appIds, evalIds, required, available);
}

/** A cut explaining why the network has no feasible flow, or null when it has one. */
export function cutReason(inst: Instance, an: AssignmentNetwork): InfeasibilityReason | null {
  const cut = findCut(an);
  if (!cut) return null;
  return cut.side[an.sinkNode] === 1 ? evaluatorsCut(inst, an, cut) : applicationsCut(inst, an, cut);
}
