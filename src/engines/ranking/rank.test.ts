import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRankingConfig, type RankingConfig } from './config.js';
import { EngineInputError } from './issues.js';
import type { RankingProposal } from './proposal.js';
import { checkThresholds, rankProposals } from './rank.js';

const STD = defaultRankingConfig();
const IA = defaultRankingConfig('innovationAction');

function prop(id: string, e: number, i: number, q: number, extra: Partial<RankingProposal> = {}): RankingProposal {
  return {
    id,
    scores: { excellence: e, impact: i, implementation: q },
    submittedAt: '2024-03-14T12:00:00+01:00',
    ...extra,
  };
}

function issueCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof EngineInputError) return err.issues.map((i) => i.code);
    throw err;
  }
  throw new Error('expected EngineInputError');
}

describe('thresholds', () => {
  it('3/3/3.5 passes every criterion but fails the total of 10', () => {
    const r = checkThresholds(prop('p', 3, 3, 3.5), STD);
    expect(r.passed).toBe(false);
    expect(r.total).toBe(9.5);
    expect(r.failures).toEqual([{ kind: 'total', total: 9.5, threshold: 10 }]);
  });

  it('2.5/5/5 reaches the total (12.5) but fails the Excellence criterion', () => {
    const r = checkThresholds(prop('p', 2.5, 5, 5), STD);
    expect(r.passed).toBe(false);
    expect(r.total).toBe(12.5);
    expect(r.failures).toEqual([{ kind: 'criterion', criterion: 'excellence', score: 2.5, threshold: 3 }]);
  });

  it('thresholds are inclusive: 3/3/4 = 10 passes', () => {
    expect(checkThresholds(prop('p', 3, 3, 4), STD)).toEqual({ passed: true, total: 10, failures: [] });
  });

  it('weights are not used for the threshold: 3/3/3.5 still fails with Impact x1.5 (weighted 11)', () => {
    expect(checkThresholds(prop('p', 3, 3, 3.5), IA).passed).toBe(false);
  });

  it('honours configured thresholds', () => {
    const strict: RankingConfig = { ...STD, criteria: STD.criteria.map((c) => ({ ...c, threshold: 4 })), totalThreshold: 12 };
    expect(checkThresholds(prop('p', 4, 4, 4), strict).passed).toBe(true);
    expect(checkThresholds(prop('p', 3.5, 5, 5), strict).failures).toEqual([
      { kind: 'criterion', criterion: 'excellence', score: 3.5, threshold: 4 },
    ]);
  });

  it('rejects scores that are not half points in 0..5, missing and unknown criteria', () => {
    expect(issueCodes(() => checkThresholds(prop('p', 3.3, 5.5, -0.5), STD))).toEqual([
      'ranking.score_invalid',
      'ranking.score_invalid',
      'ranking.score_invalid',
    ]);
    const odd: RankingProposal = { id: 'p', scores: { excellence: 3, impact: Number.NaN, other: 2 }, submittedAt: 'yesterday' };
    expect(issueCodes(() => checkThresholds(odd, STD)).sort()).toEqual(
      ['ranking.score_invalid', 'ranking.score_missing', 'ranking.score_unknown_criterion', 'ranking.submitted_at_invalid'].sort(),
    );
  });

  it('rejects an invalid configuration', () => {
    const bad: RankingConfig = {
      criteria: [{ id: 'excellence', threshold: 6, weight: 0 }],
      totalThreshold: 20,
      tieOrder: ['tie.impact', 'tie.topics', 'tie.topics'],
    };
    expect(issueCodes(() => rankProposals([], bad))).toEqual([
      'ranking.threshold_invalid',
      'ranking.weight_invalid',
      'ranking.threshold_invalid',
      'ranking.tie_rule_unknown',
      'ranking.tie_rule_duplicate',
    ]);
  });
});

describe('weighted ranking', () => {
  // A: 5/3/4 -> total 12, IA weighted 5 + 4.5 + 4 = 13.5; B: 3.5/5/3.5 -> total 12, IA weighted 14.5.
  const a = prop('A', 5, 3, 4);
  const b = prop('B', 3.5, 5, 3.5);

  it('without weights A and B tie at 12 and Excellence puts A first', () => {
    const r = rankProposals([b, a], STD);
    expect(r.ranked.map((x) => x.id)).toEqual(['A', 'B']);
    expect(r.pairs).toEqual([{ above: 'A', below: 'B', rule: 'tie.excellence', detail: { criterion: 'excellence', above: 5, below: 3.5 } }]);
  });

  it('with Impact x1.5 B ranks first on the weighted total', () => {
    const r = rankProposals([a, b], IA);
    expect(r.ranked).toEqual([
      { id: 'B', rank: 1, total: 12, weightedTotal: 14.5 },
      { id: 'A', rank: 2, total: 12, weightedTotal: 13.5 },
    ]);
    expect(r.pairs).toEqual([{ above: 'B', below: 'A', rule: 'score', detail: { above: 14.5, below: 13.5 } }]);
  });

  it('lists proposals below threshold separately with their failures', () => {
    const r = rankProposals([a, prop('C', 2.5, 5, 5), prop('D', 3, 3, 3.5)], STD);
    expect(r.ranked.map((x) => x.id)).toEqual(['A']);
    expect(r.belowThreshold.map((x) => [x.id, x.failures.map((f) => f.kind)])).toEqual([
      ['C', ['criterion']],
      ['D', ['total']],
    ]);
  });
});

const scoreArb = fc.integer({ min: 0, max: 10 }).map((h) => h / 2);
const proposalsArb = fc
  .array(
    fc.record({
      e: scoreArb,
      i: scoreArb,
      q: scoreArb,
      topics: fc.subarray(['t1', 't2', 't3', 't4']),
      women: fc.integer({ min: 0, max: 4 }),
      men: fc.integer({ min: 0, max: 4 }),
      countries: fc.subarray(['ES', 'PT', 'FR', 'DE']),
      minute: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, k) =>
      prop(`p${k}`, r.e, r.i, r.q, {
        topics: r.topics,
        team: { women: r.women, men: r.men },
        countries: r.countries,
        submittedAt: `2024-03-14T10:0${r.minute}:00Z`,
      }),
    ),
  );

describe('ranking properties', () => {
  it('an Impact weight of 1.5 may reorder but never changes who passes', () => {
    fc.assert(
      fc.property(proposalsArb, (proposals) => {
        const std = rankProposals(proposals, STD);
        const ia = rankProposals(proposals, IA);
        const ids = (r: typeof std) => r.ranked.map((x) => x.id).sort();
        expect(ids(ia)).toEqual(ids(std));
        expect(ia.belowThreshold.map((x) => x.id)).toEqual(std.belowThreshold.map((x) => x.id));
        // independent check of who passes
        const expected = proposals
          .filter((p) => Object.values(p.scores).every((s) => s >= 3) && Object.values(p.scores).reduce((x, y) => x + y, 0) >= 10)
          .map((p) => p.id)
          .sort();
        expect(ids(std)).toEqual(expected);
      }),
    );
  });

  it('orders by weighted total, records a rule per adjacent pair, and ignores input order', () => {
    fc.assert(
      fc.property(proposalsArb, fc.array(fc.integer(), { minLength: 25, maxLength: 25 }), (proposals, keys) => {
        const r = rankProposals(proposals, IA);
        expect(r.pairs).toHaveLength(Math.max(0, r.ranked.length - 1));
        r.pairs.forEach((pair, k) => {
          const up = r.ranked[k]!;
          const down = r.ranked[k + 1]!;
          expect([pair.above, pair.below]).toEqual([up.id, down.id]);
          const s = proposals.find((p) => p.id === up.id)!.scores;
          expect(up.weightedTotal).toBe(s.excellence! + 1.5 * s.impact! + s.implementation!);
          expect(up.weightedTotal).toBeGreaterThanOrEqual(down.weightedTotal);
          expect(pair.rule === 'score').toBe(up.weightedTotal > down.weightedTotal);
        });
        const shuffled = proposals.map((p, k) => ({ p, key: keys[k]! })).sort((x, y) => x.key - y.key).map((x) => x.p);
        const again = rankProposals(shuffled, IA);
        expect([again.ranked, again.pairs]).toEqual([r.ranked, r.pairs]);
      }),
    );
  });
});
