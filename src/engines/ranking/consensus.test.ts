import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseScores, type EvaluatorScores } from './consensus.js';
import { type EngineInputError } from './issues.js';

function sheet(evaluatorId: string, e: number, i: number, q: number): EvaluatorScores {
  return { evaluatorId, scores: { excellence: e, impact: i, implementation: q } };
}

describe('summariseScores', () => {
  it('computes mean, median, min, max and spread, flagging a spread of 1.5 or more', () => {
    const s = summariseScores([sheet('a', 3, 4, 4), sheet('b', 4, 4, 4.5), sheet('c', 4.5, 3.5, 4)]);
    expect(s.evaluators).toBe(3);
    expect(s.enoughEvaluators).toBe(true);
    expect(s.criteria[0]).toEqual({
      criterion: 'excellence',
      count: 3,
      mean: 11.5 / 3,
      median: 4,
      min: 3,
      max: 4.5,
      spread: 1.5,
      needsDiscussion: true,
    });
    expect(s.criteria[1]).toMatchObject({ mean: 11.5 / 3, median: 4, spread: 0.5, needsDiscussion: false });
    expect(s.criteria[2]).toMatchObject({ median: 4, spread: 0.5, needsDiscussion: false });
    expect(s.needsDiscussion).toEqual(['excellence']);
  });

  it('takes the middle pair for an even number of evaluators and honours a custom spread', () => {
    const sheets = [sheet('a', 2, 3, 3), sheet('b', 5, 3, 3), sheet('c', 3, 3, 3), sheet('d', 4, 3.5, 3)];
    const s = summariseScores(sheets, { spreadThreshold: 3.5 });
    expect(s.criteria[0]).toMatchObject({ median: 3.5, mean: 3.5, spread: 3, needsDiscussion: false });
    expect(s.criteria[1]).toMatchObject({ median: 3, mean: 3.125 });
    expect(summariseScores(sheets, { spreadThreshold: 3 }).needsDiscussion).toEqual(['excellence']);
  });

  it('reports too few evaluators against the configured k', () => {
    expect(summariseScores([sheet('a', 3, 3, 3), sheet('b', 3, 3, 3)]).enoughEvaluators).toBe(false);
    expect(summariseScores([sheet('a', 3, 3, 3), sheet('b', 3, 3, 3)], { minEvaluators: 2 }).enoughEvaluators).toBe(true);
  });

  it('rejects invalid scores, duplicated evaluators and an empty list', () => {
    const codes = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as EngineInputError).issues.map((i) => i.code);
      }
      return [];
    };
    expect(codes(() => summariseScores([sheet('a', 4.2, 3, 3), sheet('a', 3, 3, 3)]))).toEqual([
      'ranking.score_invalid',
      'ranking.evaluator_duplicate',
    ]);
    expect(codes(() => summariseScores([]))).toEqual(['ranking.sheets_empty']);
  });

  it('keeps min <= median <= max, min <= mean <= max and spread = max - min', () => {
    const half = fc.integer({ min: 0, max: 10 }).map((h) => h / 2);
    fc.assert(
      fc.property(fc.array(fc.tuple(half, half, half), { minLength: 1, maxLength: 9 }), (rows) => {
        const s = summariseScores(rows.map(([e, i, q], k) => sheet(`ev${k}`, e, i, q)), { minEvaluators: 1 });
        for (const c of s.criteria) {
          expect(c.min).toBeLessThanOrEqual(c.median);
          expect(c.median).toBeLessThanOrEqual(c.max);
          expect(c.mean).toBeGreaterThanOrEqual(c.min - 1e-12);
          expect(c.mean).toBeLessThanOrEqual(c.max + 1e-12);
          expect(c.spread).toBe(c.max - c.min);
          expect(c.needsDiscussion).toBe(c.spread >= 1.5);
        }
      }),
    );
  });
});
