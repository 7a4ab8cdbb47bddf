/**
 * Threshold check and ranking of evaluated proposals.
 *
 * - Thresholds use the unweighted scores only: each criterion >= its threshold and the unweighted
 *   total >= the total threshold. Weights never change who passes.
 * - Passing proposals are ordered by weighted total (descending). Proposals with equal weighted
 *   totals are ordered by the configured tie rules, then by the fixed last resort (earlier
 *   submission, then id). Because `tie.topics` depends on what is ranked above, a tie group is
 *   ordered greedily: at each position the best remaining proposal is taken, given the topics
 *   covered by everything already placed.
 * - For every adjacent pair of the ranking the deciding rule is returned: `score` when the weighted
 *   totals differ, otherwise the first tie rule that separated the two at the moment the upper one
 *   was placed.
 */
import { validateRankingConfig, WEIGHT_SCALE, type RankingConfig } from './config.js';
import { throwIfIssues, type ParamValue } from './issues.js';
import { toEntry, validateProposals, type Entry, type RankingProposal } from './proposal.js';
import { fromHalfPoints } from './scores.js';
import { buildTieRules, firstDecidingRule, type TieContext, type TieRule } from './ties.js';

/** Why a proposal failed the thresholds. */
export type ThresholdFailure =
  | { readonly kind: 'criterion'; readonly criterion: string; readonly score: number; readonly threshold: number }
  | { readonly kind: 'total'; readonly total: number; readonly threshold: number };

/** Outcome of the threshold check of one proposal. */
export interface ThresholdResult {
  readonly passed: boolean;
  /** Unweighted total of the scores. */
  readonly total: number;
  readonly failures: readonly ThresholdFailure[];
}

/** A proposal in the ranking. */
export interface RankedProposal {
  readonly id: string;
  /** 1-based position. */
  readonly rank: number;
  readonly total: number;
  readonly weightedTotal: number;
}

/** The rule that put `above` directly above `below`. */
export interface PairDecision {
  readonly above: string;
  readonly below: string;
  /** `score`, a configured tie rule code, or a last resort (`tie.submittedAt`, `tie.id`). */
  readonly rule: string;
  readonly detail: Readonly<Record<string, ParamValue>>;
}

/** A proposal below the thresholds (not ranked). */
export interface BelowThreshold {
  readonly id: string;
  readonly total: number;
  readonly weightedTotal: number;
  readonly failures: readonly ThresholdFailure[];
}

/** Result of `rankProposals`. */
export interface RankingResult {
  readonly ranked: readonly RankedProposal[];
  readonly pairs: readonly PairDecision[];
  /** In input order. */
  readonly belowThreshold: readonly BelowThreshold[];
  /** The configuration that produced this result, to store with it. */
  readonly config: RankingConfig;
}

function checkEntry(e: Entry, config: RankingConfig): ThresholdResult {
  const failures: ThresholdFailure[] = [];
  for (const c of config.criteria) {
    const half = e.half.get(c.id) ?? 0;
    if (half < c.threshold * 2) {
      failures.push({ kind: 'criterion', criterion: c.id, score: fromHalfPoints(half), threshold: c.threshold });
    }
  }
  if (e.totalHalf < config.totalThreshold * 2) {
    failures.push({ kind: 'total', total: fromHalfPoints(e.totalHalf), threshold: config.totalThreshold });
  }
  return { passed: failures.length === 0, total: fromHalfPoints(e.totalHalf), failures };
}

/** Threshold check of one proposal (unweighted). Throws `EngineInputError` on invalid input. */
export function checkThresholds(proposal: RankingProposal, config: RankingConfig): ThresholdResult {
  throwIfIssues('ranking.invalid_input', [...validateRankingConfig(config), ...validateProposals([proposal], config)]);
  return checkEntry(toEntry(proposal, config), config);
}

function weightedTotal(e: Entry): number {
  return e.weightedKey / (2 * WEIGHT_SCALE);
}

/** Orders one group of equal weighted totals; `covered` is updated with the placed topics. */
function orderTieGroup(group: Entry[], rules: readonly TieRule[], covered: Set<string>): { order: Entry[]; pairs: PairDecision[] } {
  const order: Entry[] = [];
  const pairs: PairDecision[] = [];
  const remaining = [...group];
  let previous: { entry: Entry; ctx: TieContext } | undefined;
  while (remaining.length > 0) {
    const ctx: TieContext = { covered: new Set(covered) };
    let bestIndex = 0;
    remaining.forEach((candidate, i) => {
      const best = remaining[bestIndex] as Entry;
      if ((firstDecidingRule(candidate, best, rules, ctx)?.sign ?? 0) > 0) bestIndex = i;
    });
    const [best] = remaining.splice(bestIndex, 1) as [Entry];
    if (previous) pairs.push(tiePair(previous.entry, best, rules, previous.ctx));
    order.push(best);
    best.topics.forEach((t) => covered.add(t));
    previous = { entry: best, ctx };
  }
  return { order, pairs };
}

function tiePair(above: Entry, below: Entry, rules: readonly TieRule[], ctx: TieContext): PairDecision {
  const decided = firstDecidingRule(above, below, rules, ctx);
  if (!decided || decided.sign <= 0) throw new Error(`tie order inconsistent for ${above.id} / ${below.id}`);
  return { above: above.id, below: below.id, rule: decided.rule.code, detail: decided.rule.detail(above, below, ctx) };
}

function groupByWeighted(entries: readonly Entry[]): Entry[][] {
  const sorted = [...entries].sort((a, b) => b.weightedKey - a.weightedKey);
  const groups: Entry[][] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && (last[0] as Entry).weightedKey === e.weightedKey) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** Checks thresholds, ranks the passing proposals and records the rule deciding each adjacent pair. */
export function rankProposals(proposals: readonly RankingProposal[], config: RankingConfig): RankingResult {
  throwIfIssues('ranking.invalid_input', [...validateRankingConfig(config), ...validateProposals(proposals, config)]);
  const entries = proposals.map((p) => toEntry(p, config));
  const passing: Entry[] = [];
  const belowThreshold: BelowThreshold[] = [];
  for (const e of entries) {
    const check = checkEntry(e, config);
    if (check.passed) passing.push(e);
    else belowThreshold.push({ id: e.id, total: check.total, weightedTotal: weightedTotal(e), failures: check.failures });
  }
  const rules = buildTieRules(config.tieOrder);
  const covered = new Set<string>();
  const order: Entry[] = [];
  const pairs: PairDecision[] = [];
  for (const group of groupByWeighted(passing)) {
    const last = order[order.length - 1];
    const ordered = orderTieGroup(group, rules, covered);
    const head = ordered.order[0] as Entry;
    if (last) pairs.push({ above: last.id, below: head.id, rule: 'score', detail: { above: weightedTotal(last), below: weightedTotal(head) } });
    order.push(...ordered.order);
    pairs.push(...ordered.pairs);
  }
  const ranked = order.map((e, i) => ({ id: e.id, rank: i + 1, total: fromHalfPoints(e.totalHalf), weightedTotal: weightedTotal(e) }));
  return { ranked, pairs, belowThreshold, config };
}
