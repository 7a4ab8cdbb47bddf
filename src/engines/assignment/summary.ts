/** Totals, loads and per-application coverage of an assignment given as index pairs. */
import type { ProblemIndex } from './problem-index.js';
import type { ApplicationCoverage, AssignmentSummary } from './types.js';

/** A chosen pair in index form. */
export interface IndexPair {
  app: number;
  evaluator: number;
  affinity: number;
  pinned: boolean;
}

/** Per-application coverage sorted weakest first (ties by input order). */
function coverageOf(idx: ProblemIndex, pairs: readonly IndexPair[]): ApplicationCoverage[] {
  const totals = new Float64Array(idx.nApps);
  const mins = new Float64Array(idx.nApps).fill(Infinity);
  const members: string[][] = Array.from({ length: idx.nApps }, () => []);
  for (const p of pairs) {
    totals[p.app] = (totals[p.app] ?? 0) + p.affinity;
    mins[p.app] = Math.min(mins[p.app] ?? Infinity, p.affinity);
    members[p.app]?.push(idx.evalIds[p.evaluator] ?? '');
  }
  const order = Array.from({ length: idx.nApps }, (_, a) => a);
  order.sort((x, y) => (totals[x] ?? 0) - (totals[y] ?? 0) || x - y);
  return order.map((a) => ({
    applicationId: idx.appIds[a] ?? '',
    totalAffinity: totals[a] ?? 0,
    minAffinity: (members[a]?.length ?? 0) > 0 ? (mins[a] ?? 0) : 0,
    evaluatorIds: members[a] ?? [],
  }));
}

/** Builds the public summary of an assignment. Pairs are listed by application, then evaluator. */
export function summarise(idx: ProblemIndex, pairs: readonly IndexPair[]): AssignmentSummary {
  const sorted = [...pairs].sort((x, y) => x.app - y.app || x.evaluator - y.evaluator);
  const loads = new Int32Array(idx.nEvals);
  let total = 0;
  for (const p of sorted) {
    loads[p.evaluator] = (loads[p.evaluator] ?? 0) + 1;
    total += p.affinity;
  }
  return {
    pairs: sorted.map((p) => ({
      applicationId: idx.appIds[p.app] ?? '',
      evaluatorId: idx.evalIds[p.evaluator] ?? '',
      affinity: p.affinity,
      pinned: p.pinned,
    })),
    totalAffinity: total,
    loads: idx.evalIds.map((evaluatorId, e) => ({
      evaluatorId,
      load: loads[e] ?? 0,
      minLoad: idx.minLoad[e] ?? 0,
      maxLoad: idx.maxLoad[e] ?? 0,
    })),
    coverage: coverageOf(idx, sorted),
  };
}
