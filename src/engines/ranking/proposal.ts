/**
 * The proposal data the ranking needs, its validation, and the normalised form used internally
 * (scores in half points, weighted total in integer units, distinct topics and countries).
 */
import { weightUnits, type RankingConfig } from './config.js';
import { duplicateIssues, type Issue } from './issues.js';
import { toHalfPoints } from './scores.js';

/** Team composition used by the gender-balance tie rule. */
export interface TeamGender {
  readonly women: number;
  readonly men: number;
}

/** One proposal to rank, with its agreed (consensus) scores. */
export interface RankingProposal {
  readonly id: string;
  /** Agreed score per configured criterion id: 0, 0.5, ..., 5. */
  readonly scores: Readonly<Record<string, number>>;
  /** Call topics the proposal covers (tie rule `tie.topics`). */
  readonly topics?: readonly string[];
  /** People primarily responsible for the work (tie rule `tie.gender`); missing counts as no balance. */
  readonly team?: TeamGender;
  /** ISO 3166 country codes of the consortium members (tie rule `tie.countries`). */
  readonly countries?: readonly string[];
  /** Submission instant, ISO 8601 with offset (last-resort tie rule `tie.submittedAt`). */
  readonly submittedAt: string;
}

/** Normalised proposal. */
export interface Entry {
  readonly proposal: RankingProposal;
  readonly id: string;
  /** Half points per criterion id. */
  readonly half: ReadonlyMap<string, number>;
  /** Unweighted total in half points. */
  readonly totalHalf: number;
  /** Sum of half points x weight units; the primary ranking key. */
  readonly weightedKey: number;
  readonly topics: readonly string[];
  readonly women: number;
  readonly men: number;
  readonly countryCount: number;
  readonly submittedMs: number;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: string): number | undefined {
  if (!ISO_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

function isCount(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function scoreIssues(p: RankingProposal, path: string, config: RankingConfig): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(config.criteria.map((c) => c.id));
  for (const c of config.criteria) {
    const value = p.scores[c.id];
    if (value === undefined) issues.push({ path: `${path}.scores.${c.id}`, code: 'ranking.score_missing' });
    else if (toHalfPoints(value) === undefined) {
      issues.push({ path: `${path}.scores.${c.id}`, code: 'ranking.score_invalid', params: { value } });
    }
  }
  for (const key of Object.keys(p.scores)) {
    if (!known.has(key)) issues.push({ path: `${path}.scores.${key}`, code: 'ranking.score_unknown_criterion' });
  }
  return issues;
}

function proposalIssues(p: RankingProposal, i: number, config: RankingConfig): Issue[] {
  const path = `proposals[${i}]`;
  const issues = scoreIssues(p, path, config);
  if (typeof p.id !== 'string' || p.id.length === 0) issues.push({ path: `${path}.id`, code: 'ranking.id_invalid' });
  if (parseInstant(p.submittedAt) === undefined) {
    issues.push({ path: `${path}.submittedAt`, code: 'ranking.submitted_at_invalid' });
  }
  if (p.team !== undefined && (!isCount(p.team.women) || !isCount(p.team.men))) {
    issues.push({ path: `${path}.team`, code: 'ranking.team_invalid' });
  }
  return issues;
}

/** Every problem in a list of proposals for a (valid) configuration. */
export function validateProposals(proposals: readonly RankingProposal[], config: RankingConfig): Issue[] {
  return [
    ...proposals.flatMap((p, i) => proposalIssues(p, i, config)),
    ...duplicateIssues(proposals, (p) => p.id, (i) => `proposals[${i}].id`, 'ranking.id_duplicate'),
  ];
}

/** Normalises a validated proposal. */
export function toEntry(p: RankingProposal, config: RankingConfig): Entry {
  const half = new Map<string, number>();
  let totalHalf = 0;
  let weightedKey = 0;
  for (const c of config.criteria) {
    const h = toHalfPoints(p.scores[c.id]) ?? 0;
    half.set(c.id, h);
    totalHalf += h;
    weightedKey += h * (weightUnits(c.weight) ?? 0);
  }
  return {
    proposal: p,
    id: p.id,
    half,
    totalHalf,
    weightedKey,
    topics: [...new Set((p.topics ?? []).map((t) => t.trim()))].sort(),
    women: p.team?.women ?? 0,
    men: p.team?.men ?? 0,
    countryCount: new Set((p.countries ?? []).map((c) => c.trim().toUpperCase())).size,
    submittedMs: parseInstant(p.submittedAt) ?? 0,
  };
}
