/**
 * Consensus helper: summarises the individual scores of k evaluators per criterion and flags the
 * criteria whose spread (max - min) reaches a configurable amount as needing discussion.
 */
import { duplicateIssues, throwIfIssues, type Issue } from './issues.js';
import { DEFAULT_CRITERIA, fromHalfPoints, toHalfPoints } from './scores.js';

/** One evaluator's individual scores. */
export interface EvaluatorScores {
  readonly evaluatorId: string;
  readonly scores: Readonly<Record<string, number>>;
}

/** Options of `summariseScores`. */
export interface ConsensusOptions {
  /** Criteria to summarise, default the three standard criteria. */
  readonly criteria?: readonly string[];
  /** Spread at or above which a criterion needs discussion, default 1.5. */
  readonly spreadThreshold?: number;
  /** Minimum number of evaluators (k), default 3. */
  readonly minEvaluators?: number;
}

/** Statistics of one criterion across evaluators. */
export interface CriterionSummary {
  readonly criterion: string;
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly spread: number;
  readonly needsDiscussion: boolean;
}

/** Result of `summariseScores`. */
export interface ConsensusSummary {
  readonly evaluators: number;
  readonly enoughEvaluators: boolean;
  readonly criteria: readonly CriterionSummary[];
  /** Ids of the criteria that need discussion, in criteria order. */
  readonly needsDiscussion: readonly string[];
}

function sheetIssues(sheets: readonly EvaluatorScores[], criteria: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  sheets.forEach((s, i) => {
    for (const c of criteria) {
      const value = s.scores[c];
      if (value === undefined) issues.push({ path: `sheets[${i}].scores.${c}`, code: 'ranking.score_missing' });
      else if (toHalfPoints(value) === undefined) {
        issues.push({ path: `sheets[${i}].scores.${c}`, code: 'ranking.score_invalid', params: { value } });
      }
    }
  });
  return [...issues, ...duplicateIssues(sheets, (s) => s.evaluatorId, (i) => `sheets[${i}].evaluatorId`, 'ranking.evaluator_duplicate')];
}

function summariseCriterion(criterion: string, halves: number[], spreadThreshold: number): CriterionSummary {
  const sorted = [...halves].sort((a, b) => a - b);
  const n = sorted.length;
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const mid = Math.floor(n / 2);
  const medianHalf = n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const spread = fromHalfPoints(max - min);
  return {
    criterion,
    count: n,
    mean: sorted.reduce((s, h) => s + h, 0) / (2 * n),
    median: medianHalf / 2,
    min: fromHalfPoints(min),
    max: fromHalfPoints(max),
    spread,
    needsDiscussion: spread >= spreadThreshold,
  };
}

/**
 * Per-criterion mean, median, min, max and spread of k individual score sheets.
 * Throws `EngineInputError` when a sheet lacks a criterion, a score is not a half point in 0..5,
 * an evaluator appears twice, or there are no sheets.
 */
export function summariseScores(sheets: readonly EvaluatorScores[], options: ConsensusOptions = {}): ConsensusSummary {
  const criteria = options.criteria ?? DEFAULT_CRITERIA;
  const spreadThreshold = options.spreadThreshold ?? 1.5;
  const minEvaluators = options.minEvaluators ?? 3;
  const issues = sheetIssues(sheets, criteria);
  if (sheets.length === 0) issues.push({ path: 'sheets', code: 'ranking.sheets_empty' });
  if (!Number.isFinite(spreadThreshold) || spreadThreshold < 0) issues.push({ path: 'spreadThreshold', code: 'ranking.spread_invalid' });
  throwIfIssues('ranking.invalid_input', issues);
  const summaries = criteria.map((c) =>
    summariseCriterion(c, sheets.map((s) => toHalfPoints(s.scores[c]) ?? 0), spreadThreshold),
  );
  return {
    evaluators: sheets.length,
    enoughEvaluators: sheets.length >= minEvaluators,
    criteria: summaries,
    needsDiscussion: summaries.filter((s) => s.needsDiscussion).map((s) => s.criterion),
  };
}
