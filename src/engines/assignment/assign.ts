/**
 * Exact evaluator assignment (DOMAIN.md section 4): maximum total affinity subject to exactly k
 * evaluators per application, load bounds, conflicts, pins, forbidden pairs and the optional
 * organisation and language rules, solved as a min-cost flow with the network simplex method.
 */
import { dualGap } from './flow/certificate.js';
import { solveMinCostFlow } from './flow/network-simplex.js';
import { cutReason } from './diagnose.js';
import { buildInstance, type Instance } from './instance.js';
import { buildNetwork } from './network.js';
import { countingReasons } from './reasons.js';
import { summarise, type IndexPair } from './summary.js';
import type { AssignmentProblem, AssignmentResult, AssignmentSummary, OptimalAssignment } from './types.js';

/** The pinned pairs of an instance as index pairs. */
export function pinnedPairs(inst: Instance): IndexPair[] {
  return inst.pins.map((p) => ({ ...p, pinned: true }));
}

/** Summary of the pins plus the chosen candidates of an instance. */
export function summariseChosen(inst: Instance, chosen: readonly number[]): AssignmentSummary {
  const appOf = new Int32Array(inst.candEval.length);
  for (let a = 0; a < inst.idx.nApps; a++) appOf.fill(a, inst.candStart[a] ?? 0, inst.candStart[a + 1] ?? 0);
  const pairs = pinnedPairs(inst);
  for (const c of chosen) {
    pairs.push({ app: appOf[c] ?? 0, evaluator: inst.candEval[c] ?? 0, affinity: inst.candAff[c] ?? 0, pinned: false });
  }
  return summarise(inst.idx, pairs);
}

/** Solves a built instance; `chosen` lists the candidate indices of the optimal assignment. */
export function solveInstance(inst: Instance): { result: AssignmentResult; chosen: number[] } {
  const early = [...inst.reasons, ...countingReasons(inst)];
  if (early.length > 0) return { result: { status: 'infeasible', reasons: early }, chosen: [] };
  const an = buildNetwork(inst);
  const sol = solveMinCostFlow(an.net);
  if (!sol.feasible) {
    const cut = cutReason(inst, an);
    if (!cut) throw new Error('min-cost flow reported infeasible but a feasible flow exists');
    return { result: { status: 'infeasible', reasons: [cut] }, chosen: [] };
  }
  const chosen: number[] = [];
  for (let c = 0; c < an.candidateCount; c++) if ((sol.flow[c] ?? 0) > 0.5) chosen.push(c);
  const summary = summariseChosen(inst, chosen);
  const gap = Math.max(0, dualGap(an.net, sol.flow, sol.potential));
  const result: OptimalAssignment = {
    status: 'optimal', ...summary, upperBound: summary.totalAffinity + gap, gap, pivots: sol.pivots,
  };
  return { result, chosen };
}

/**
 * Computes an assignment of maximum total affinity, or explains why none exists.
 * Throws `AssignmentInputError` for malformed input (unknown ids, bad bounds, ...).
 */
export function assign(problem: AssignmentProblem): AssignmentResult {
  return solveInstance(buildInstance(problem)).result;
}
