/**
 * Ranking configuration: criteria with their thresholds and ranking weights, the total threshold
 * and the tie-break order. Every field is plain JSON so that the configuration can be stored with
 * the call whose outcome it decided.
 */
import type { Issue } from './issues.js';
import { DEFAULT_CRITERIA, MAX_SCORE } from './scores.js';

/** One award criterion. */
export interface CriterionConfig {
  /** Stable id, e.g. `excellence`; also names its tie rule (`tie.excellence`). */
  readonly id: string;
  /** Minimum score to pass (inclusive), default 3. Never weighted. */
  readonly threshold: number;
  /** Ranking weight, default 1 (Impact 1.5 for innovation actions). Used for ranking only. */
  readonly weight: number;
}

/**
 * Tie rule codes, applied in the configured order to proposals with equal weighted totals:
 * `tie.topics` (covers a call topic not covered by any higher-ranked proposal),
 * `tie.<criterionId>` (higher score on that criterion), `tie.gender` (better gender balance of the
 * team), `tie.countries` (more distinct countries in the consortium).
 * After the configured rules, a fixed last resort always applies: `tie.submittedAt` (earlier
 * submission first), then `tie.id` (proposal id in code-unit order).
 */
export type TieRuleCode = string;

/** Tie rules that do not name a criterion. */
export const FIXED_TIE_RULES = ['tie.topics', 'tie.gender', 'tie.countries'] as const;

/** Last-resort rules, always applied after the configured order; recorded like any other rule. */
export const LAST_RESORT_RULES = ['tie.submittedAt', 'tie.id'] as const;

/** Full ranking configuration. */
export interface RankingConfig {
  readonly criteria: readonly CriterionConfig[];
  /** Minimum unweighted total to pass (inclusive), default 10 of 15. */
  readonly totalThreshold: number;
  /** Tie rules in the order they are tried. */
  readonly tieOrder: readonly TieRuleCode[];
}

/** Kind of action; innovation actions weight Impact 1.5 and try Impact before Excellence on ties. */
export type ActionKind = 'standard' | 'innovationAction';

/**
 * The default configuration: Excellence, Impact, Implementation, threshold 3 each and 10 in total;
 * ties by topics, Excellence then Impact (Impact first for innovation actions), gender, countries.
 */
export function defaultRankingConfig(kind: ActionKind = 'standard'): RankingConfig {
  const ia = kind === 'innovationAction';
  return {
    criteria: DEFAULT_CRITERIA.map((id) => ({
      id,
      threshold: 3,
      weight: ia && id === 'impact' ? 1.5 : 1,
    })),
    totalThreshold: 10,
    tieOrder: [
      'tie.topics',
      ...(ia ? ['tie.impact', 'tie.excellence'] : ['tie.excellence', 'tie.impact']),
      'tie.gender',
      'tie.countries',
    ],
  };
}

/** Weights are held as integers in units of 1/10,000 so that weighted totals compare exactly. */
export const WEIGHT_SCALE = 10_000;

/** A weight in 1/10,000 units, or undefined if it is not positive with at most 4 decimals. */
export function weightUnits(weight: number): number | undefined {
  if (!Number.isFinite(weight) || weight <= 0) return undefined;
  const scaled = Math.round(weight * WEIGHT_SCALE);
  if (Math.abs(scaled - weight * WEIGHT_SCALE) > 1e-6 || !Number.isSafeInteger(scaled)) return undefined;
  return scaled;
}

const CRITERION_ID = /^[a-z][A-Za-z0-9_]*$/;
const RESERVED_IDS = new Set(['topics', 'gender', 'countries', 'submittedAt', 'id']);

function criterionIssues(c: CriterionConfig, i: number): Issue[] {
  const path = `criteria[${i}]`;
  const issues: Issue[] = [];
  if (!CRITERION_ID.test(c.id) || RESERVED_IDS.has(c.id)) {
    issues.push({ path: `${path}.id`, code: 'ranking.criterion_id_invalid', params: { value: c.id } });
  }
  if (!Number.isFinite(c.threshold) || c.threshold < 0 || c.threshold > MAX_SCORE) {
    issues.push({ path: `${path}.threshold`, code: 'ranking.threshold_invalid' });
  }
  if (weightUnits(c.weight) === undefined) {
    issues.push({ path: `${path}.weight`, code: 'ranking.weight_invalid' });
  }
  return issues;
}

/** Every problem in a configuration (empty when valid). */
export function validateRankingConfig(config: RankingConfig): Issue[] {
  const issues: Issue[] = config.criteria.flatMap(criterionIssues);
  if (config.criteria.length === 0) issues.push({ path: 'criteria', code: 'ranking.criteria_empty' });
  const ids = new Set<string>();
  config.criteria.forEach((c, i) => {
    if (ids.has(c.id)) issues.push({ path: `criteria[${i}].id`, code: 'ranking.criterion_duplicate' });
    ids.add(c.id);
  });
  const maxTotal = MAX_SCORE * config.criteria.length;
  if (!Number.isFinite(config.totalThreshold) || config.totalThreshold < 0 || config.totalThreshold > maxTotal) {
    issues.push({ path: 'totalThreshold', code: 'ranking.threshold_invalid' });
  }
  const known = new Set<string>([...FIXED_TIE_RULES, ...[...ids].map((id) => `tie.${id}`)]);
  const used = new Set<string>();
  config.tieOrder.forEach((rule, i) => {
    if (!known.has(rule)) issues.push({ path: `tieOrder[${i}]`, code: 'ranking.tie_rule_unknown', params: { value: rule } });
    if (used.has(rule)) issues.push({ path: `tieOrder[${i}]`, code: 'ranking.tie_rule_duplicate', params: { value: rule } });
    used.add(rule);
  });
  return issues;
}
