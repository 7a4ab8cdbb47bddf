/**
 * The assignment instance after pins: pinned pairs are fixed and removed from the optimisation,
 * which then places the remaining k of each application among its eligible candidates with the
 * remaining load bounds. Pin problems are collected as infeasibility reasons.
 */
import { indexProblem, type ProblemIndex } from './problem-index.js';
import { reason } from './reasons.js';
import type { AssignmentProblem, InfeasibilityReason } from './types.js';

/** A fixed pair. */
export interface Pin {
  app: number;
  evaluator: number;
  affinity: number;
}

/** Index-based instance ready for the flow network and the MIP. */
export interface Instance {
  idx: ProblemIndex;
  /** Candidate pairs grouped by application: app a owns positions candStart[a]..candStart[a+1]. */
  candStart: Int32Array;
  candEval: Int32Array;
  candAff: Float64Array;
  pins: Pin[];
  /** Evaluators still needed per application after pins (clamped at 0). */
  kRest: Int32Array;
  /** Load bounds left per evaluator after pins (clamped at 0). */
  minRest: Int32Array;
  maxRest: Int32Array;
  /** Problems with the pins; non-empty means infeasible. */
  reasons: InfeasibilityReason[];
}

const PIN_BLOCK_CODE = {
  conflict: 'pinned_conflict',
  forbidden: 'pinned_forbidden',
  language: 'pinned_language',
} as const;

function collectPins(idx: ProblemIndex, reasons: InfeasibilityReason[]): Pin[] {
  const seen = new Set<number>();
  const pins: Pin[] = [];
  for (const { app, evaluator } of idx.pinned) {
    const key = idx.key(app, evaluator);
    if (seen.has(key)) continue;
    seen.add(key);
    const blocked = idx.block(app, evaluator);
    const a = idx.appIds[app] ?? '';
    const e = idx.evalIds[evaluator] ?? '';
    if (blocked !== null) {
      reasons.push(reason(PIN_BLOCK_CODE[blocked], `Pinned pair "${a}"/"${e}" is not allowed (${blocked}).`, [a], [e], 0, 0));
    }
    pins.push({ app, evaluator, affinity: idx.affinity(app, evaluator) ?? 0 });
  }
  return pins;
}

function checkPinCounts(idx: ProblemIndex, pins: Pin[], reasons: InfeasibilityReason[]): void {
  const perApp = new Int32Array(idx.nApps);
  const perEval = new Int32Array(idx.nEvals);
  for (const p of pins) {
    perApp[p.app] = (perApp[p.app] ?? 0) + 1;
    perEval[p.evaluator] = (perEval[p.evaluator] ?? 0) + 1;
  }
  perApp.forEach((count, a) => {
    const k = idx.k[a] ?? 0;
    if (count <= k) return;
    const id = idx.appIds[a] ?? '';
    const evals = pins.filter((p) => p.app === a).map((p) => idx.evalIds[p.evaluator] ?? '');
    reasons.push(reason('pinned_exceeds_k', `Application "${id}" has ${count} pinned evaluators but needs only ${k}.`, [id], evals, k, count));
  });
  perEval.forEach((count, e) => {
    const max = idx.maxLoad[e] ?? 0;
    if (count <= max) return;
    const id = idx.evalIds[e] ?? '';
    const apps = pins.filter((p) => p.evaluator === e).map((p) => idx.appIds[p.app] ?? '');
    reasons.push(reason('pinned_exceeds_max_load', `Evaluator "${id}" is pinned to ${count} applications but takes at most ${max}.`, apps, [id], max, count));
  });
}

function checkPinOrganisations(idx: ProblemIndex, pins: Pin[], reasons: InfeasibilityReason[]): void {
  if (!idx.distinct) return;
  const seen = new Map<string, number>();
  for (const p of pins) {
    const org = idx.evalOrg[p.evaluator] ?? -1;
    if (org < 0) continue;
    const key = `${p.app}:${org}`;
    const other = seen.get(key);
    if (other === undefined) {
      seen.set(key, p.evaluator);
      continue;
    }
    const a = idx.appIds[p.app] ?? '';
    const evals = [idx.evalIds[other] ?? '', idx.evalIds[p.evaluator] ?? ''];
    const orgName = idx.problem.evaluators[p.evaluator]?.organisationId ?? '';
    reasons.push(reason('pinned_same_organisation', `Application "${a}" has two pinned evaluators from organisation "${orgName}".`, [a], evals, 1, 2));
  }
}

/** Candidate evaluators of one application, or all evaluators for dense affinities. */
function candidateSource(problem: AssignmentProblem, idx: ProblemIndex): number[][] {
  const lists: number[][] = Array.from({ length: idx.nApps }, () => []);
  if (problem.affinity.kind === 'dense') {
    for (const list of lists) for (let e = 0; e < idx.nEvals; e++) list.push(e);
    return lists;
  }
  for (const entry of problem.affinity.entries) {
    const a = idx.appIndex.get(entry.applicationId) ?? -1;
    const e = idx.evalIndex.get(entry.evaluatorId) ?? -1;
    lists[a]?.push(e);
  }
  return lists;
}

function buildCandidates(idx: ProblemIndex, pins: Pin[]): Pick<Instance, 'candStart' | 'candEval' | 'candAff'> {
  const pinnedKeys = new Set(pins.map((p) => idx.key(p.app, p.evaluator)));
  const pinnedOrgs = new Set(pins.map((p) => `${p.app}:${idx.evalOrg[p.evaluator] ?? -1}`));
  const lists = candidateSource(idx.problem, idx);
  const candStart = new Int32Array(idx.nApps + 1);
  const evals: number[] = [];
  const affs: number[] = [];
  lists.forEach((list, a) => {
    for (const e of list) {
      if (pinnedKeys.has(idx.key(a, e)) || idx.block(a, e) !== null) continue;
      const org = idx.evalOrg[e] ?? -1;
      if (idx.distinct && org >= 0 && pinnedOrgs.has(`${a}:${org}`)) continue;
      evals.push(e);
      affs.push(idx.affinity(a, e) ?? 0);
    }
    candStart[a + 1] = evals.length;
  });
  return { candStart, candEval: Int32Array.from(evals), candAff: Float64Array.from(affs) };
}

/** Validates the problem, fixes the pins and lists the eligible candidate pairs. */
export function buildInstance(problem: AssignmentProblem): Instance {
  const idx = indexProblem(problem);
  const reasons: InfeasibilityReason[] = [];
  const pins = collectPins(idx, reasons);
  checkPinCounts(idx, pins, reasons);
  checkPinOrganisations(idx, pins, reasons);
  const kRest = Int32Array.from(idx.k);
  const minRest = Int32Array.from(idx.minLoad);
  const maxRest = Int32Array.from(idx.maxLoad);
  for (const p of pins) {
    kRest[p.app] = Math.max(0, (kRest[p.app] ?? 0) - 1);
    minRest[p.evaluator] = Math.max(0, (minRest[p.evaluator] ?? 0) - 1);
    maxRest[p.evaluator] = Math.max(0, (maxRest[p.evaluator] ?? 0) - 1);
  }
  return { idx, pins, kRest, minRest, maxRest, reasons, ...buildCandidates(idx, pins) };
}
