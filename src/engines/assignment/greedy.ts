/**
 * Greedy baseline (for benchmarks): pins first, then candidate pairs by decreasing affinity,
 * keeping enough free application slots for the evaluators still below their minimum load, then
 * a second pass without that reservation to fill what is left. Fast but neither optimal nor
 * guaranteed feasible; its violations are reported by the checker.
 */
import { pinnedPairs } from './assign.js';
import { checkAssignment } from './check.js';
import { buildInstance, type Instance } from './instance.js';
import { summarise, type IndexPair } from './summary.js';
import type { AssignmentProblem, AssignmentSummary, Violation } from './types.js';

/** Greedy result: the assignment plus the constraints it violates (empty when feasible). */
export interface GreedyResult extends AssignmentSummary {
  feasible: boolean;
  violations: Violation[];
}

interface GreedyState {
  need: Int32Array;
  load: Int32Array;
  usedOrgs: Set<number>;
  deficit: number;
  slots: number;
}

function initialState(inst: Instance): GreedyState {
  let deficit = 0;
  let slots = 0;
  inst.minRest.forEach((m) => (deficit += m));
  inst.kRest.forEach((k) => (slots += k));
  const usedOrgs = new Set<number>();
  for (const p of inst.pins) usedOrgs.add(p.app * (inst.idx.nEvals + 1) + (inst.idx.evalOrg[p.evaluator] ?? -1) + 1);
  return { need: Int32Array.from(inst.kRest), load: new Int32Array(inst.idx.nEvals), usedOrgs, deficit, slots };
}

function tryTake(inst: Instance, s: GreedyState, a: number, e: number, reserve: boolean): boolean {
  if ((s.need[a] ?? 0) === 0 || (s.load[e] ?? 0) >= (inst.maxRest[e] ?? 0)) return false;
  const org = inst.idx.evalOrg[e] ?? -1;
  const orgKey = a * (inst.idx.nEvals + 1) + org + 1;
  if (inst.idx.distinct && org >= 0 && s.usedOrgs.has(orgKey)) return false;
  const belowMin = (s.load[e] ?? 0) < (inst.minRest[e] ?? 0);
  if (reserve && !belowMin && s.slots - 1 < s.deficit) return false;
  if (inst.idx.distinct && org >= 0) s.usedOrgs.add(orgKey);
  s.need[a] = (s.need[a] ?? 0) - 1;
  s.load[e] = (s.load[e] ?? 0) + 1;
  s.slots--;
  if (belowMin) s.deficit--;
  return true;
}

/** Greedy assignment of `problem`. Throws `AssignmentInputError` for malformed input. */
export function greedyAssign(problem: AssignmentProblem): GreedyResult {
  const inst = buildInstance(problem);
  const appOf = new Int32Array(inst.candEval.length);
  for (let a = 0; a < inst.idx.nApps; a++) appOf.fill(a, inst.candStart[a] ?? 0, inst.candStart[a + 1] ?? 0);
  const order = Array.from(inst.candEval.keys()).sort((x, y) => (inst.candAff[y] ?? 0) - (inst.candAff[x] ?? 0) || x - y);
  const state = initialState(inst);
  const taken = new Uint8Array(inst.candEval.length);
  const pairs: IndexPair[] = pinnedPairs(inst);
  for (const reserve of [true, false]) {
    for (const c of order) {
      if (taken[c] === 1) continue;
      const a = appOf[c] ?? 0;
      const e = inst.candEval[c] ?? 0;
      if (!tryTake(inst, state, a, e, reserve)) continue;
      taken[c] = 1;
      pairs.push({ app: a, evaluator: e, affinity: inst.candAff[c] ?? 0, pinned: false });
    }
  }
  const summary = summarise(inst.idx, pairs);
  const violations = checkAssignment(problem, summary.pairs);
  return { ...summary, feasible: violations.length === 0, violations };
}
