import { describe, expect, it } from 'vitest';
import { defaultRankingConfig, type RankingConfig } from './config.js';
import type { RankingProposal } from './proposal.js';
import { rankProposals, type RankingResult } from './rank.js';

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

const order = (r: RankingResult) => r.ranked.map((x) => x.id);
const rules = (r: RankingResult) => r.pairs.map((p) => p.rule);

describe('tie rules in the default order', () => {
  it('Excellence decides, then Impact, for a standard action', () => {
    const r = rankProposals([prop('low', 3.5, 4.5, 4), prop('top', 4, 4, 4), prop('mid', 3.5, 5, 3.5)], STD);
    expect(order(r)).toEqual(['top', 'mid', 'low']);
    expect(r.pairs).toEqual([
      { above: 'top', below: 'mid', rule: 'tie.excellence', detail: { criterion: 'excellence', above: 4, below: 3.5 } },
      { above: 'mid', below: 'low', rule: 'tie.impact', detail: { criterion: 'impact', above: 5, below: 4.5 } },
    ]);
  });

  it('Impact decides first for an innovation action', () => {
    // weighted totals: X = 5 + 1.5*3.5 + 3.5 = 13.75, Y = 3.5 + 1.5*3.5 + 5 = 13.75 -> tie; Impact equal; Excellence decides
    const r = rankProposals([prop('X', 5, 3.5, 3.5), prop('Y', 3.5, 3.5, 5)], IA);
    expect(r.pairs[0]?.rule).toBe('tie.excellence');
    // R = 3 + 1.5*5 + 3 = 13.5, S = 4.5 + 1.5*4 + 3 = 13.5: impact first -> R above S although S has more Excellence
    const ia = rankProposals([prop('S', 4.5, 4, 3), prop('R', 3, 5, 3)], IA);
    expect(order(ia)).toEqual(['R', 'S']);
    expect(ia.pairs[0]).toMatchObject({ rule: 'tie.impact', detail: { above: 5, below: 4 } });
  });

  it('gender balance decides when the scores are equal', () => {
    const r = rankProposals(
      [prop('skewed', 4, 4, 4, { team: { women: 1, men: 3 } }), prop('balanced', 4, 4, 4, { team: { women: 2, men: 2 } })],
      STD,
    );
    expect(order(r)).toEqual(['balanced', 'skewed']);
    expect(r.pairs[0]).toEqual({
      above: 'balanced',
      below: 'skewed',
      rule: 'tie.gender',
      detail: { aboveWomen: 2, aboveMen: 2, belowWomen: 1, belowMen: 3 },
    });
  });

  it('gender balance compares shares, not head counts, and a missing team counts as unbalanced', () => {
    const r = rankProposals(
      [
        prop('none', 4, 4, 4),
        prop('big', 4, 4, 4, { team: { women: 3, men: 7 } }), // 30 %
        prop('small', 4, 4, 4, { team: { women: 1, men: 2 } }), // 33 %
      ],
      STD,
    );
    expect(order(r)).toEqual(['small', 'big', 'none']);
    expect(rules(r)).toEqual(['tie.gender', 'tie.gender']);
  });

  it('number of countries decides after gender balance', () => {
    const team = { women: 1, men: 1 };
    const r = rankProposals(
      [prop('two', 4, 4, 4, { team, countries: ['ES', 'PT', 'es'] }), prop('three', 4, 4, 4, { team, countries: ['ES', 'PT', 'FR'] })],
      STD,
    );
    expect(order(r)).toEqual(['three', 'two']);
    expect(r.pairs[0]).toMatchObject({ rule: 'tie.countries', detail: { above: 3, below: 2 } });
  });

  it('falls back to the earlier submission, then to the id, and records it as a last resort', () => {
    const r = rankProposals(
      [
        prop('late', 4, 4, 4, { submittedAt: '2024-03-14T16:59:59+01:00' }),
        prop('b-early', 4, 4, 4, { submittedAt: '2024-03-14T14:00:00Z' }),
        prop('a-early', 4, 4, 4, { submittedAt: '2024-03-14T15:00:00+01:00' }),
      ],
      STD,
    );
    expect(order(r)).toEqual(['a-early', 'b-early', 'late']);
    expect(r.pairs).toEqual([
      { above: 'a-early', below: 'b-early', rule: 'tie.id', detail: { lastResort: true, above: 'a-early', below: 'b-early' } },
      {
        above: 'b-early',
        below: 'late',
        rule: 'tie.submittedAt',
        detail: { lastResort: true, above: '2024-03-14T14:00:00Z', below: '2024-03-14T16:59:59+01:00' },
      },
    ]);
  });

  it('applies a configured order: countries before Excellence', () => {
    const custom: RankingConfig = { ...STD, tieOrder: ['tie.countries', 'tie.excellence'] };
    const ps = [prop('exc', 5, 4, 3, { countries: ['ES'] }), prop('geo', 4, 4, 4, { countries: ['ES', 'FR'] })];
    expect(order(rankProposals(ps, STD))).toEqual(['exc', 'geo']);
    const r = rankProposals(ps, custom);
    expect(order(r)).toEqual(['geo', 'exc']);
    expect(rules(r)).toEqual(['tie.countries']);
  });
});

describe('topic coverage rule', () => {
  it('prefers a tied proposal covering a topic not covered by higher-ranked proposals', () => {
    const r = rankProposals(
      [
        prop('leader', 5, 5, 4, { topics: ['T1', 'T2'] }), // 14, covers T1 and T2
        prop('sameTopic', 5, 4, 3, { topics: ['T1'] }), // 12, better Excellence, nothing new
        prop('newTopic', 4, 4, 4, { topics: ['T1', 'T3'] }), // 12, covers T3
      ],
      STD,
    );
    expect(order(r)).toEqual(['leader', 'newTopic', 'sameTopic']);
    expect(r.pairs).toEqual([
      { above: 'leader', below: 'newTopic', rule: 'score', detail: { above: 14, below: 12 } },
      { above: 'newTopic', below: 'sameTopic', rule: 'tie.topics', detail: { aboveNewTopics: ['T3'], belowNewTopics: [] } },
    ]);
  });

  it('re-evaluates coverage inside a tie group as proposals are placed', () => {
    // all three at 12 and nothing ranked above: P1 first on Excellence (all cover something new);
    // then A is covered, so P3 (topic B) goes before P2 (topic A) despite lower Excellence.
    const r = rankProposals(
      [prop('P2', 4, 4, 4, { topics: ['A'] }), prop('P3', 3, 4.5, 4.5, { topics: ['B'] }), prop('P1', 5, 3.5, 3.5, { topics: ['A'] })],
      STD,
    );
    expect(order(r)).toEqual(['P1', 'P3', 'P2']);
    expect(r.pairs).toEqual([
      { above: 'P1', below: 'P3', rule: 'tie.excellence', detail: { criterion: 'excellence', above: 5, below: 3 } },
      { above: 'P3', below: 'P2', rule: 'tie.topics', detail: { aboveNewTopics: ['B'], belowNewTopics: [] } },
    ]);
  });

  it('has no effect when both tied proposals bring new topics', () => {
    const r = rankProposals([prop('x', 3.5, 4.5, 4, { topics: ['A'] }), prop('y', 4, 4, 4, { topics: ['B'] })], STD);
    expect(order(r)).toEqual(['y', 'x']);
    expect(rules(r)).toEqual(['tie.excellence']);
  });
});
