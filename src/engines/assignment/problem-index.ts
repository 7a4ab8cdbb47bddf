/**
 * Validated, index-based view of an {@link AssignmentProblem}: id lookups, pair sets, affinity
 * lookup and the pair eligibility rule shared by the solver, the greedy baseline and the checker.
 */
import type { AssignmentProblem, PairRef } from './types.js';

/** Thrown for malformed input (unknown or duplicate ids, bad bounds, non-finite affinities). */
export class AssignmentInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssignmentInputError';
  }
}

/** Why a pair may not be used, or null when it may. */
export type PairBlock = 'conflict' | 'forbidden' | 'language' | null;

/** Index-based view of a problem. */
export interface ProblemIndex {
  problem: AssignmentProblem;
  nApps: number;
  nEvals: number;
  appIds: string[];
  evalIds: string[];
  appIndex: Map<string, number>;
  evalIndex: Map<string, number>;
  k: Int32Array;
  minLoad: Int32Array;
  maxLoad: Int32Array;
  /** Organisation index of each evaluator, -1 when it has none. */
  evalOrg: Int32Array;
  distinct: boolean;
  /** Affinity of a candidate pair, undefined when the pair is not a candidate. */
  affinity: (app: number, evaluator: number) => number | undefined;
  /** Eligibility of a pair apart from candidacy and pins. */
  block: (app: number, evaluator: number) => PairBlock;
  /** Pinned pairs as indices, in input order. */
  pinned: Array<{ app: number; evaluator: number }>;
  /** Key of a pair, `app * nEvals + evaluator`. */
  key: (app: number, evaluator: number) => number;
}

function indexIds(items: readonly { id: string }[], what: string): Map<string, number> {
  const map = new Map<string, number>();
  items.forEach((item, i) => {
    if (map.has(item.id)) throw new AssignmentInputError(`duplicate ${what} id "${item.id}"`);
    map.set(item.id, i);
  });
  return map;
}

function checkCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new AssignmentInputError(`${what} must be a non-negative integer (got ${value})`);
  }
}

function boundsArrays(problem: AssignmentProblem): { k: Int32Array; minLoad: Int32Array; maxLoad: Int32Array } {
  const k = Int32Array.from(problem.applications, (a) => {
    checkCount(a.k, `k of application "${a.id}"`);
    return a.k;
  });
  const minLoad = new Int32Array(problem.evaluators.length);
  const maxLoad = new Int32Array(problem.evaluators.length);
  problem.evaluators.forEach((e, i) => {
    checkCount(e.minLoad, `minLoad of evaluator "${e.id}"`);
    checkCount(e.maxLoad, `maxLoad of evaluator "${e.id}"`);
    if (e.minLoad > e.maxLoad) throw new AssignmentInputError(`evaluator "${e.id}" has minLoad > maxLoad`);
    minLoad[i] = e.minLoad;
    maxLoad[i] = e.maxLoad;
  });
  return { k, minLoad, maxLoad };
}

function checkAffinity(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) {
    throw new AssignmentInputError(`affinities must be finite numbers (got ${String(value)})`);
  }
  return value;
}

function affinityLookup(
  problem: AssignmentProblem,
  pairIndex: (ref: PairRef) => { app: number; evaluator: number },
  key: (a: number, e: number) => number,
): (app: number, evaluator: number) => number | undefined {
  const aff = problem.affinity;
  if (aff.kind === 'dense') {
    if (aff.values.length !== problem.applications.length) {
      throw new AssignmentInputError('dense affinity needs one row per application');
    }
    for (const row of aff.values) {
      if (row.length !== problem.evaluators.length) {
        throw new AssignmentInputError('dense affinity rows need one value per evaluator');
      }
      for (const v of row) checkAffinity(v);
    }
    return (a, e) => aff.values[a]?.[e];
  }
  const map = new Map<number, number>();
  for (const entry of aff.entries) {
    const { app, evaluator } = pairIndex(entry);
    const pairKey = key(app, evaluator);
    if (map.has(pairKey)) {
      throw new AssignmentInputError(`duplicate affinity for "${entry.applicationId}"/"${entry.evaluatorId}"`);
    }
    map.set(pairKey, checkAffinity(entry.affinity));
  }
  return (a, e) => map.get(key(a, e));
}

/** Validates a problem and builds its index-based view. Throws {@link AssignmentInputError}. */
export function indexProblem(problem: AssignmentProblem): ProblemIndex {
  const appIndex = indexIds(problem.applications, 'application');
  const evalIndex = indexIds(problem.evaluators, 'evaluator');
  const nApps = problem.applications.length;
  const nEvals = problem.evaluators.length;
  const key = (a: number, e: number): number => a * nEvals + e;
  const pairIndex = (ref: PairRef): { app: number; evaluator: number } => {
    const app = appIndex.get(ref.applicationId);
    const evaluator = evalIndex.get(ref.evaluatorId);
    if (app === undefined) throw new AssignmentInputError(`unknown application id "${ref.applicationId}"`);
    if (evaluator === undefined) throw new AssignmentInputError(`unknown evaluator id "${ref.evaluatorId}"`);
    return { app, evaluator };
  };
  const pairSet = (refs: readonly PairRef[] | undefined): Set<number> =>
    new Set((refs ?? []).map((r) => {
      const p = pairIndex(r);
      return key(p.app, p.evaluator);
    }));
  const conflicts = pairSet(problem.conflicts);
  const forbidden = pairSet(problem.forbidden);
  const orgIndex = new Map<string, number>();
  const evalOrg = Int32Array.from(problem.evaluators, (e) => {
    if (e.organisationId === undefined) return -1;
    if (!orgIndex.has(e.organisationId)) orgIndex.set(e.organisationId, orgIndex.size);
    return orgIndex.get(e.organisationId) ?? -1;
  });
  const block = makeBlock(problem, conflicts, forbidden, key);
  const pinned = (problem.pinned ?? []).map(pairIndex);
  return {
    problem, nApps, nEvals, key, block, pinned, evalOrg, appIndex, evalIndex,
    appIds: problem.applications.map((a) => a.id),
    evalIds: problem.evaluators.map((e) => e.id),
    ...boundsArrays(problem),
    distinct: problem.options?.distinctOrganisations === true,
    affinity: affinityLookup(problem, pairIndex, key),
  };
}

function makeBlock(
  problem: AssignmentProblem,
  conflicts: Set<number>,
  forbidden: Set<number>,
  key: (a: number, e: number) => number,
): (a: number, e: number) => PairBlock {
  const applicantOrgs = problem.applications.map((a) => new Set(a.organisationIds ?? []));
  const languages = problem.evaluators.map((e) => new Set(e.languages ?? []));
  const matchLanguage = problem.options?.requireLanguageMatch === true;
  return (a, e) => {
    const pairKey = key(a, e);
    if (conflicts.has(pairKey)) return 'conflict';
    const org = problem.evaluators[e]?.organisationId;
    if (org !== undefined && applicantOrgs[a]?.has(org)) return 'conflict';
    if (forbidden.has(pairKey)) return 'forbidden';
    const lang = problem.applications[a]?.language;
    if (matchLanguage && lang !== undefined && !languages[e]?.has(lang)) return 'language';
    return null;
  };
}
