/**
 * Glue between the ranking and the selection: turns a ranking result into selection candidates.
 */
import type { RankingResult } from '../ranking/rank.js';
import type { SelectionCandidate, SelectionPartner } from './types.js';

/**
 * Candidates in rank order (passing proposals), followed by the proposals below threshold.
 * `partnersOf` gives each proposal's partners with the amounts they would receive.
 */
export function candidatesFromRanking(
  ranking: Pick<RankingResult, 'ranked' | 'belowThreshold'>,
  partnersOf: (proposalId: string) => readonly SelectionPartner[],
): SelectionCandidate[] {
  return [
    ...ranking.ranked.map((r) => ({ proposalId: r.id, passedThresholds: true, partners: partnersOf(r.id) })),
    ...ranking.belowThreshold.map((b) => ({ proposalId: b.id, passedThresholds: false, partners: partnersOf(b.id) })),
  ];
}
