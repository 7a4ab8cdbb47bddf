/**
 * Infeasibility reasons that follow from counting alone: total demand against the sum of the load
 * bounds, and per application / per evaluator numbers of eligible partners.
 */
import type { Instance } from './instance.js';
import type { InfeasibilityCode, InfeasibilityReason } from './types.js';

/** Builds a reason record. */
export function reason(
  code: InfeasibilityCode,
  message: string,
  applicationIds: string[],
  evaluatorIds: string[],
  required: number,
  available: number,
): InfeasibilityReason {
  return { code, message, applicationIds, evaluatorIds, required, available };
}

/** Quotes up to `max` ids for a message, then "and N more". */
export function listIds(ids: readonly string[], max = 5): string {
  const shown = ids.slice(0, max).map((id) => `"${id}"`).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

function totalCheck(inst: Instance): InfeasibilityReason[] {
  let demand = 0;
  let minSum = 0;
  let maxSum = 0;
  inst.kRest.forEach((k) => (demand += k));
  inst.minRest.forEach((v) => (minSum += v));
  inst.maxRest.forEach((v) => (maxSum += v));
  if (demand >= minSum && demand <= maxSum) return [];
  if (demand < minSum) {
    const message = `The evaluators' minimum loads add up to ${minSum} assignments but the applications need only ${demand}.`;
    return [reason('total_demand_outside_load_bounds', message, [], [], minSum, demand)];
  }
  const message = `The applications need ${demand} assignments in total but the evaluators' maximum loads add up to ${maxSum}.`;
  return [reason('total_demand_outside_load_bounds', message, [], [], demand, maxSum)];
}

/** Evaluators of application `a` that can be used together (free capacity, one per organisation). */
function usableCandidates(inst: Instance, a: number): number[] {
  const { candStart, candEval, idx, maxRest } = inst;
  const orgs = new Set<number>();
  const usable: number[] = [];
  for (let c = candStart[a] ?? 0; c < (candStart[a + 1] ?? 0); c++) {
    const e = candEval[c] ?? 0;
    if ((maxRest[e] ?? 0) === 0) continue;
    const org = idx.evalOrg[e] ?? -1;
    if (idx.distinct && org >= 0) {
      if (orgs.has(org)) continue;
      orgs.add(org);
    }
    usable.push(e);
  }
  return usable;
}

function applicationChecks(inst: Instance): InfeasibilityReason[] {
  const out: InfeasibilityReason[] = [];
  const { idx } = inst;
  for (let a = 0; a < idx.nApps; a++) {
    const need = inst.kRest[a] ?? 0;
    const usable = usableCandidates(inst, a);
    if (usable.length >= need) continue;
    const id = idx.appIds[a] ?? '';
    const what = idx.distinct ? 'eligible evaluators from distinct organisations' : 'eligible evaluators';
    const evals = usable.map((e) => idx.evalIds[e] ?? '');
    const message = `Application "${id}" has only ${usable.length} ${what} (conflict-free, allowed, with free capacity) but needs ${need} more.`;
    out.push(reason('too_few_eligible_evaluators', message, [id], evals, need, usable.length));
  }
  return out;
}

function evaluatorChecks(inst: Instance): InfeasibilityReason[] {
  const { idx, candStart, candEval, kRest, minRest } = inst;
  const apps: number[][] = Array.from({ length: idx.nEvals }, () => []);
  for (let a = 0; a < idx.nApps; a++) {
    if ((kRest[a] ?? 0) === 0) continue;
    for (let c = candStart[a] ?? 0; c < (candStart[a + 1] ?? 0); c++) apps[candEval[c] ?? 0]?.push(a);
  }
  const out: InfeasibilityReason[] = [];
  apps.forEach((list, e) => {
    const need = minRest[e] ?? 0;
    if (list.length >= need) return;
    const id = idx.evalIds[e] ?? '';
    const message = `Evaluator "${id}" must receive at least ${need} more applications but is eligible for only ${list.length}.`;
    out.push(reason('too_few_eligible_applications', message, list.map((a) => idx.appIds[a] ?? ''), [id], need, list.length));
  });
  return out;
}

/** Reasons found by counting; empty when the counts alone do not rule out a solution. */
export function countingReasons(inst: Instance): InfeasibilityReason[] {
  return [...totalCheck(inst), ...applicationChecks(inst), ...evaluatorChecks(inst)];
}
