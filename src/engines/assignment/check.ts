/**
 * Feasibility checker: lists every constraint an assignment violates (counts per application,
 * load bounds, conflicts including applicant organisations, forbidden pairs, pins, candidacy,
 * distinct organisations and language match). Independent of how the assignment was computed.
 */
import { indexProblem, type ProblemIndex } from './problem-index.js';
import type { AssignmentProblem, PairRef, Violation } from './types.js';

const BLOCK_MESSAGES = {
  conflict: 'has a conflict of interest',
  forbidden: 'is forbidden',
  language: 'does not match the language',
} as const;

interface Counted {
  perApp: Int32Array;
  perEval: Int32Array;
  keys: Set<number>;
}

function checkPairs(idx: ProblemIndex, pairs: readonly PairRef[], out: Violation[]): Counted {
  const counted: Counted = { perApp: new Int32Array(idx.nApps), perEval: new Int32Array(idx.nEvals), keys: new Set() };
  const pinned = new Set(idx.pinned.map((p) => idx.key(p.app, p.evaluator)));
  for (const { applicationId, evaluatorId } of pairs) {
    const a = idx.appIndex.get(applicationId);
    const e = idx.evalIndex.get(evaluatorId);
    const at = { applicationId, evaluatorId };
    if (a === undefined) out.push({ code: 'unknown_application', message: `Unknown application "${applicationId}".`, ...at });
    if (e === undefined) out.push({ code: 'unknown_evaluator', message: `Unknown evaluator "${evaluatorId}".`, ...at });
    if (a === undefined || e === undefined) continue;
    const key = idx.key(a, e);
    if (counted.keys.has(key)) {
      out.push({ code: 'duplicate_pair', message: `Pair "${applicationId}"/"${evaluatorId}" appears twice.`, ...at });
      continue;
    }
    counted.keys.add(key);
    counted.perApp[a] = (counted.perApp[a] ?? 0) + 1;
    counted.perEval[e] = (counted.perEval[e] ?? 0) + 1;
    const blocked = idx.block(a, e);
    if (blocked !== null) out.push({ code: blocked === 'language' ? 'language_mismatch' : blocked, message: `Pair "${applicationId}"/"${evaluatorId}" ${BLOCK_MESSAGES[blocked]}.`, ...at });
    if (idx.affinity(a, e) === undefined && !pinned.has(key)) {
      out.push({ code: 'not_a_candidate', message: `Pair "${applicationId}"/"${evaluatorId}" has no affinity entry.`, ...at });
    }
  }
  return counted;
}

function checkCounts(idx: ProblemIndex, counted: Counted, out: Violation[]): void {
  counted.perApp.forEach((n, a) => {
    const k = idx.k[a] ?? 0;
    const applicationId = idx.appIds[a] ?? '';
    if (n !== k) out.push({ code: 'wrong_evaluator_count', message: `Application "${applicationId}" has ${n} evaluators instead of ${k}.`, applicationId });
  });
  counted.perEval.forEach((n, e) => {
    const evaluatorId = idx.evalIds[e] ?? '';
    const min = idx.minLoad[e] ?? 0;
    const max = idx.maxLoad[e] ?? 0;
    if (n < min) out.push({ code: 'load_below_min', message: `Evaluator "${evaluatorId}" has ${n} applications, minimum ${min}.`, evaluatorId });
    if (n > max) out.push({ code: 'load_above_max', message: `Evaluator "${evaluatorId}" has ${n} applications, maximum ${max}.`, evaluatorId });
  });
}

function checkPinsAndOrganisations(idx: ProblemIndex, counted: Counted, out: Violation[]): void {
  for (const p of idx.pinned) {
    if (counted.keys.has(idx.key(p.app, p.evaluator))) continue;
    const at = { applicationId: idx.appIds[p.app] ?? '', evaluatorId: idx.evalIds[p.evaluator] ?? '' };
    out.push({ code: 'pinned_missing', message: `Pinned pair "${at.applicationId}"/"${at.evaluatorId}" is missing.`, ...at });
  }
  if (!idx.distinct) return;
  const seen = new Set<number>();
  for (const key of [...counted.keys].sort((x, y) => x - y)) {
    const a = Math.floor(key / idx.nEvals);
    const e = key - a * idx.nEvals;
    const org = idx.evalOrg[e] ?? -1;
    if (org < 0) continue;
    const orgKey = a * (idx.nEvals + 1) + org;
    if (!seen.has(orgKey)) {
      seen.add(orgKey);
      continue;
    }
    const at = { applicationId: idx.appIds[a] ?? '', evaluatorId: idx.evalIds[e] ?? '' };
    out.push({ code: 'same_organisation', message: `Application "${at.applicationId}" has two evaluators from one organisation.`, ...at });
  }
}

/**
 * Every constraint of `problem` that `pairs` violate; an empty list means the assignment is
 * feasible. Throws `AssignmentInputError` only when the problem itself is malformed.
 */
export function checkAssignment(problem: AssignmentProblem, pairs: readonly PairRef[]): Violation[] {
  const idx = indexProblem(problem);
  const out: Violation[] = [];
  const counted = checkPairs(idx, pairs, out);
  checkCounts(idx, counted, out);
  checkPinsAndOrganisations(idx, counted, out);
  return out;
}
