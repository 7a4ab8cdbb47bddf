import path from 'node:path';
import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { midlProblem } from '../../../bench/lib/midl.js';
import { assign } from './assign.js';
import { checkAssignment } from './check.js';
import { loadHighs } from './fairness/mip.js';
import { AssignmentInputError } from './problem-index.js';
import { enumerateAssignments, highsLpOptimum, problemArb } from './test-support.js';
import type { AssignmentProblem, AssignmentResult, OptimalAssignment } from './types.js';

const MIDL_DIR = path.resolve(import.meta.dirname, '../../../../shared/data/bench/reviewer-assignment');

function optimal(result: AssignmentResult): OptimalAssignment {
  if (result.status !== 'optimal') throw new Error(`infeasible: ${result.reasons.map((r) => r.message).join('; ')}`);
  return result;
}

/** Two applications and two evaluators taking one each: greedy would take A-X (0.9) then B-Y. */
const crossing: AssignmentProblem = {
  applications: [{ id: 'A', k: 1 }, { id: 'B', k: 1 }],
  evaluators: [{ id: 'X', minLoad: 0, maxLoad: 1 }, { id: 'Y', minLoad: 0, maxLoad: 1 }],
  affinity: { kind: 'dense', values: [[0.9, 0.8], [0.8, 0.1]] },
};

const pairsOf = (r: OptimalAssignment): string[] => r.pairs.map((p) => `${p.applicationId}-${p.evaluatorId}`);

describe('assign: hand-computed cases', () => {
  it('finds the crossing optimum (0.8 + 0.8 = 1.6)', () => {
    const r = optimal(assign(crossing));
    expect(pairsOf(r)).toEqual(['A-Y', 'B-X']);
    expect(r.totalAffinity).toBeCloseTo(1.6, 12);
    expect(r.gap).toBeLessThan(1e-12);
    expect(r.loads.map((l) => l.load)).toEqual([1, 1]);
    expect(r.coverage.map((c) => c.applicationId)).toEqual(['A', 'B']);
  });

  it('honours pins and forbidden pairs on a re-run', () => {
    const pinned = optimal(assign({ ...crossing, pinned: [{ applicationId: 'B', evaluatorId: 'Y' }] }));
    expect(pairsOf(pinned)).toEqual(['A-X', 'B-Y']);
    expect(pinned.pairs.find((p) => p.applicationId === 'B')?.pinned).toBe(true);
    const forbidden = optimal(assign({ ...crossing, forbidden: [{ applicationId: 'B', evaluatorId: 'X' }] }));
    expect(pairsOf(forbidden)).toEqual(['A-X', 'B-Y']);
    expect(forbidden.totalAffinity).toBeCloseTo(1.0, 12);
  });

  it('treats declared conflicts and applicant organisations as conflicts', () => {
    const declared = optimal(assign({ ...crossing, conflicts: [{ applicationId: 'A', evaluatorId: 'Y' }] }));
    expect(pairsOf(declared)).toEqual(['A-X', 'B-Y']);
    const byOrg = optimal(assign({
      ...crossing,
      applications: [{ id: 'A', k: 1, organisationIds: ['acme'] }, { id: 'B', k: 1 }],
      evaluators: [{ id: 'X', minLoad: 0, maxLoad: 1 }, { id: 'Y', minLoad: 0, maxLoad: 1, organisationId: 'acme' }],
    }));
    expect(pairsOf(byOrg)).toEqual(['A-X', 'B-Y']);
  });

  it('forces a minimum load at the cost of affinity', () => {
    const r = optimal(assign({
      applications: [{ id: 'A', k: 1 }, { id: 'B', k: 1 }],
      evaluators: [{ id: 'X', minLoad: 0, maxLoad: 2 }, { id: 'Z', minLoad: 1, maxLoad: 1 }],
      affinity: { kind: 'dense', values: [[0.9, 0.2], [0.8, 0.5]] },
    }));
    expect(pairsOf(r)).toEqual(['A-X', 'B-Z']);
    expect(r.totalAffinity).toBeCloseTo(1.4, 12);
  });

  it('takes at most one evaluator per organisation when asked', () => {
    const problem: AssignmentProblem = {
      applications: [{ id: 'A', k: 2 }],
      evaluators: [
        { id: 'X', minLoad: 0, maxLoad: 1, organisationId: 'o1' },
        { id: 'Y', minLoad: 0, maxLoad: 1, organisationId: 'o1' },
        { id: 'Z', minLoad: 0, maxLoad: 1, organisationId: 'o2' },
      ],
      affinity: { kind: 'dense', values: [[0.9, 0.8, 0.1]] },
    };
    expect(pairsOf(optimal(assign(problem)))).toEqual(['A-X', 'A-Y']);
    const distinct = optimal(assign({ ...problem, options: { distinctOrganisations: true } }));
    expect(pairsOf(distinct)).toEqual(['A-X', 'A-Z']);
  });

  it('matches languages when asked, and uses only listed candidates of a sparse affinity', () => {
    const r = optimal(assign({
      applications: [{ id: 'A', k: 1, language: 'es' }],
      evaluators: [{ id: 'X', minLoad: 0, maxLoad: 1, languages: ['en'] }, { id: 'Y', minLoad: 0, maxLoad: 1, languages: ['es', 'en'] }, { id: 'Z', minLoad: 0, maxLoad: 1 }],
      affinity: { kind: 'sparse', entries: [{ applicationId: 'A', evaluatorId: 'X', affinity: 0.9 }, { applicationId: 'A', evaluatorId: 'Y', affinity: 0.2 }] },
      options: { requireLanguageMatch: true },
    }));
    expect(pairsOf(r)).toEqual(['A-Y']);
  });

  it('rejects malformed input', () => {
    expect(() => assign({ ...crossing, evaluators: [{ id: 'X', minLoad: 2, maxLoad: 1 }, { id: 'Y', minLoad: 0, maxLoad: 1 }] })).toThrow(AssignmentInputError);
    expect(() => assign({ ...crossing, applications: [{ id: 'A', k: 1 }, { id: 'A', k: 1 }] })).toThrow(AssignmentInputError);
    expect(() => assign({ ...crossing, pinned: [{ applicationId: 'A', evaluatorId: 'Q' }] })).toThrow(AssignmentInputError);
    expect(() => assign({ ...crossing, affinity: { kind: 'dense', values: [[Number.NaN, 0], [0, 0]] } })).toThrow(AssignmentInputError);
    expect(() => assign({ ...crossing, applications: [{ id: 'A', k: 1.5 }, { id: 'B', k: 1 }] })).toThrow(AssignmentInputError);
  });
});

describe('assign: MIDL (Kobren et al. 2019)', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it.each([
    [false, 201.88],
    [true, 150.04],
  ])('with lower bounds %s reaches the published TPMS objective %s and the HiGHS LP optimum', (lowerBounds, published) => {
    const problem = midlProblem({ lowerBounds, dir: MIDL_DIR });
    const r = optimal(assign(problem));
    expect(r.totalAffinity).toBeCloseTo(published, 2);
    const reference = highsLpOptimum(highs, problem);
    expect(reference).not.toBeNull();
    expect(Math.abs(r.totalAffinity - (reference ?? 0))).toBeLessThanOrEqual(1e-9 * Math.abs(reference ?? 1));
    expect(r.gap).toBeLessThanOrEqual(1e-9);
    expect(checkAssignment(problem, r.pairs)).toEqual([]);
    const totals = r.coverage.map((c) => c.totalAffinity);
    expect(totals).toEqual([...totals].sort((x, y) => x - y));
  });
});

describe('assign: random instances', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('equals the HiGHS LP optimum within 1e-9 relative, with a feasible assignment, or both are infeasible', () => {
    fc.assert(
      fc.property(problemArb({ maxApps: 7, maxEvals: 9, maxK: 3, rich: true }), (problem) => {
        const r = assign(problem);
        const reference = highsLpOptimum(highs, problem);
        expect(r.status).toBe(reference === null ? 'infeasible' : 'optimal');
        if (r.status === 'infeasible') {
          expect(r.reasons.length).toBeGreaterThan(0);
          return;
        }
        expect(Math.abs(r.totalAffinity - (reference ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(reference ?? 0)));
        expect(r.upperBound - r.totalAffinity).toBeLessThanOrEqual(1e-9);
        expect(checkAssignment(problem, r.pairs)).toEqual([]);
        const sum = r.pairs.reduce((s, p) => s + p.affinity, 0);
        expect(r.totalAffinity).toBeCloseTo(sum, 12);
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the best assignment found by enumeration on tiny instances', () => {
    fc.assert(
      fc.property(problemArb({ maxApps: 3, maxEvals: 4, maxK: 2, rich: true }), (problem) => {
        const all = enumerateAssignments(problem);
        const r = assign(problem);
        expect(r.status).toBe(all.length === 0 ? 'infeasible' : 'optimal');
        if (r.status !== 'optimal') return;
        const best = Math.max(...all.map((x) => x.totals.reduce((s, t) => s + t, 0)));
        expect(r.totalAffinity).toBeCloseTo(best, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('solves large conflicted instances to the HiGHS LP optimum', () => {
    const values = Array.from({ length: 40 }, (_, a) => Array.from({ length: 60 }, (_, e) => Math.sin(a * 7.1 + e * 3.3) ** 2));
    const problem: AssignmentProblem = {
      applications: values.map((_, a) => ({ id: `a${a}`, k: 3 })),
      evaluators: values[0]?.map((_, e) => ({ id: `e${e}`, minLoad: 1, maxLoad: 3 })) ?? [],
      affinity: { kind: 'dense', values },
      conflicts: values.flatMap((_, a) => [{ applicationId: `a${a}`, evaluatorId: `e${(a * 13) % 60}` }]),
    };
    const r = optimal(assign(problem));
    const reference = highsLpOptimum(highs, problem) ?? Number.NaN;
    expect(Math.abs(r.totalAffinity - reference)).toBeLessThanOrEqual(1e-9 * reference);
    expect(checkAssignment(problem, r.pairs)).toEqual([]);
  });
});
