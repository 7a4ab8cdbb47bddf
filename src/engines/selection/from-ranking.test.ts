import { describe, expect, it } from 'vitest';
import { defaultRankingConfig } from '../ranking/config.js';
import { rankProposals } from '../ranking/rank.js';
import { candidatesFromRanking } from './from-ranking.js';
import { selectProposals } from './select.js';

describe('ranking -> selection', () => {
  it('funds in rank order and lists proposals below threshold as rejected', () => {
    const submittedAt = '2024-03-14T12:00:00Z';
    const ranking = rankProposals(
      [
        { id: 'weak', scores: { excellence: 2.5, impact: 5, implementation: 5 }, submittedAt },
        { id: 'second', scores: { excellence: 4, impact: 4, implementation: 4 }, submittedAt },
        { id: 'first', scores: { excellence: 5, impact: 5, implementation: 4 }, submittedAt },
        { id: 'third', scores: { excellence: 3, impact: 4, implementation: 3 }, submittedAt },
      ],
      defaultRankingConfig(),
    );
    const amounts: Record<string, number> = { weak: 1, first: 30_000_00, second: 25_000_00, third: 20_000_00 };
    const candidates = candidatesFromRanking(ranking, (id) => [{ recipientId: `${id}-sme`, amountCents: amounts[id]! }]);
    expect(candidates.map((c) => [c.proposalId, c.passedThresholds])).toEqual([
      ['first', true],
      ['second', true],
      ['third', true],
      ['weak', false],
    ]);
    const r = selectProposals({ candidates, budgetCents: 50_000_00 });
    expect(r.funded.map((f) => f.proposalId)).toEqual(['first', 'third']);
    expect(r.reserve.map((f) => f.proposalId)).toEqual(['second']);
    expect(r.rejectedBelowThreshold.map((f) => f.proposalId)).toEqual(['weak']);
  });
});
