import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from './assign.js';
import { problemArb } from './test-support.js';
import type { AssignmentProblem, InfeasibilityReason } from './types.js';

function reasonsOf(problem: AssignmentProblem): InfeasibilityReason[] {
  const r = assign(problem);
  if (r.status !== 'infeasible') throw new Error('expected an infeasible problem');
  return r.reasons;
}

const evaluators = (ids: string[], minLoad = 0, maxLoad = 5): AssignmentProblem['evaluators'] =>
  ids.map((id) => ({ id, minLoad, maxLoad }));

const dense = (rows: number, cols: number): AssignmentProblem['affinity'] => ({
  kind: 'dense',
  values: Array.from({ length: rows }, () => Array.from({ length: cols }, () => 0.5)),
});

describe('infeasibility diagnosis', () => {
  it('names an application with too few conflict-free evaluators', () => {
    const reasons = reasonsOf({
      applications: [{ id: 'X', k: 3 }],
      evaluators: evaluators(['e1', 'e2', 'e3', 'e4']),
      affinity: dense(1, 4),
      conflicts: [{ applicationId: 'X', evaluatorId: 'e1' }, { applicationId: 'X', evaluatorId: 'e2' }],
    });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ code: 'too_few_eligible_evaluators', applicationIds: ['X'], evaluatorIds: ['e3', 'e4'], required: 3, available: 2 });
    expect(reasons[0]?.message).toContain('has only 2');
  });

  it('counts organisations, not people, when evaluators must come from distinct organisations', () => {
    const reasons = reasonsOf({
      applications: [{ id: 'X', k: 2 }],
      evaluators: [{ id: 'e1', minLoad: 0, maxLoad: 1, organisationId: 'o' }, { id: 'e2', minLoad: 0, maxLoad: 1, organisationId: 'o' }],
      affinity: dense(1, 2),
      options: { distinctOrganisations: true },
    });
    expect(reasons[0]).toMatchObject({ code: 'too_few_eligible_evaluators', required: 2, available: 1 });
  });

  it('compares the total demand with the sums of the load bounds', () => {
    const tooMuch = reasonsOf({ applications: [{ id: 'X', k: 2 }, { id: 'Y', k: 2 }], evaluators: evaluators(['e1', 'e2', 'e3'], 0, 1), affinity: dense(2, 3) });
    expect(tooMuch[0]).toMatchObject({ code: 'total_demand_outside_load_bounds', required: 4, available: 3 });
    const tooLittle = reasonsOf({ applications: [{ id: 'X', k: 1 }], evaluators: evaluators(['e1', 'e2'], 1, 2), affinity: dense(1, 2) });
    expect(tooLittle[0]).toMatchObject({ code: 'total_demand_outside_load_bounds', required: 2, available: 1 });
  });

  it('names an evaluator eligible for fewer applications than its minimum load', () => {
    const reasons = reasonsOf({
      applications: [{ id: 'X', k: 1 }, { id: 'Y', k: 2 }],
      evaluators: [{ id: 'e1', minLoad: 2, maxLoad: 2 }, { id: 'e2', minLoad: 0, maxLoad: 2 }],
      affinity: dense(2, 2),
      conflicts: [{ applicationId: 'Y', evaluatorId: 'e1' }],
    });
    expect(reasons.map((r) => r.code)).toContain('too_few_eligible_applications');
    expect(reasons.find((r) => r.code === 'too_few_eligible_applications')).toMatchObject({ evaluatorIds: ['e1'], applicationIds: ['X'], required: 2, available: 1 });
  });

  it('explains every pin problem', () => {
    const base: AssignmentProblem = {
      applications: [{ id: 'X', k: 1, language: 'es' }, { id: 'Y', k: 1 }],
      evaluators: [
        { id: 'e1', minLoad: 0, maxLoad: 1, organisationId: 'o', languages: ['en'] },
        { id: 'e2', minLoad: 0, maxLoad: 1, organisationId: 'o', languages: ['es'] },
        { id: 'e3', minLoad: 0, maxLoad: 2, languages: ['es'] },
      ],
      affinity: dense(2, 3),
    };
    const codes = (extra: Partial<AssignmentProblem>): string[] => reasonsOf({ ...base, ...extra }).map((r) => r.code);
    const pin = (a: string, e: string): { applicationId: string; evaluatorId: string } => ({ applicationId: a, evaluatorId: e });
    expect(codes({ pinned: [pin('Y', 'e3')], conflicts: [pin('Y', 'e3')] })).toEqual(['pinned_conflict']);
    expect(codes({ pinned: [pin('Y', 'e3')], forbidden: [pin('Y', 'e3')] })).toEqual(['pinned_forbidden']);
    expect(codes({ pinned: [pin('X', 'e1')], options: { requireLanguageMatch: true } })).toEqual(['pinned_language']);
    expect(codes({ pinned: [pin('Y', 'e1'), pin('Y', 'e3')] })).toEqual(['pinned_exceeds_k']);
    expect(codes({ pinned: [pin('X', 'e1'), pin('Y', 'e1')] })).toEqual(['pinned_exceeds_max_load']);
    const twoOrgs = { ...base, applications: [{ id: 'X', k: 2 }, { id: 'Y', k: 1 }], options: { distinctOrganisations: true } };
    expect(reasonsOf({ ...twoOrgs, pinned: [pin('X', 'e1'), pin('X', 'e2')] }).map((r) => r.code)).toEqual(['pinned_same_organisation']);
  });

  it('finds a Hall-type cut on the application side when the counts pass', () => {
    // A and B need 2 each but only e1..e3 (one application each) are eligible: 4 > 3.
    const reasons = reasonsOf({
      applications: [{ id: 'A', k: 2 }, { id: 'B', k: 2 }, { id: 'C', k: 0 }],
      evaluators: [...evaluators(['e1', 'e2', 'e3'], 0, 1), { id: 'w', minLoad: 0, maxLoad: 5 }],
      affinity: dense(3, 4),
      conflicts: [{ applicationId: 'A', evaluatorId: 'w' }, { applicationId: 'B', evaluatorId: 'w' }],
    });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ code: 'applications_cut', applicationIds: ['A', 'B'], evaluatorIds: ['e1', 'e2', 'e3'], required: 4, available: 3 });
  });

  it('finds a Hall-type cut on the evaluator side when the counts pass', () => {
    // x and y need 2 each but can only review A and B (1 evaluator each): 4 > 2.
    const reasons = reasonsOf({
      applications: [{ id: 'A', k: 1 }, { id: 'B', k: 1 }, { id: 'C', k: 1 }, { id: 'D', k: 1 }],
      evaluators: [...evaluators(['x', 'y'], 2, 2), { id: 'w', minLoad: 0, maxLoad: 5 }],
      affinity: dense(4, 3),
      conflicts: ['C', 'D'].flatMap((a) => ['x', 'y'].map((e) => ({ applicationId: a, evaluatorId: e }))),
    });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ code: 'evaluators_cut', evaluatorIds: ['x', 'y'], applicationIds: ['A', 'B'], required: 4, available: 2 });
  });

  it('gives reasons whose figures certify infeasibility on random problems', () => {
    fc.assert(
      fc.property(problemArb({ maxApps: 7, maxEvals: 9, maxK: 3, rich: true }), (problem) => {
        const r = assign(problem);
        if (r.status !== 'infeasible') return;
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) {
          expect(reason.message.length).toBeGreaterThan(0);
          if (!reason.code.startsWith('pinned_')) {
            expect(reason.required).toBeGreaterThan(reason.available);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
