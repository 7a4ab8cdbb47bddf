import { describe, expect, it } from 'vitest';
import { checkAssignment } from './check.js';
import type { AssignmentProblem, PairRef, Violation } from './types.js';

const problem: AssignmentProblem = {
  applications: [{ id: 'A', k: 2, language: 'es', organisationIds: ['acme'] }, { id: 'B', k: 1 }],
  evaluators: [
    { id: 'x', minLoad: 1, maxLoad: 1, organisationId: 'o1', languages: ['es'] },
    { id: 'y', minLoad: 0, maxLoad: 2, organisationId: 'o1', languages: ['es'] },
    { id: 'z', minLoad: 0, maxLoad: 2, organisationId: 'acme', languages: ['en'] },
  ],
  affinity: {
    kind: 'sparse',
    entries: ['x', 'y', 'z'].flatMap((e) => ['A', 'B'].map((a) => ({ applicationId: a, evaluatorId: e, affinity: 0.5 }))).filter((p) => !(p.applicationId === 'B' && p.evaluatorId === 'y')),
  },
  conflicts: [{ applicationId: 'B', evaluatorId: 'x' }],
  forbidden: [{ applicationId: 'B', evaluatorId: 'z' }],
  pinned: [{ applicationId: 'A', evaluatorId: 'y' }],
  options: { distinctOrganisations: true, requireLanguageMatch: true },
};

const pair = (applicationId: string, evaluatorId: string): PairRef => ({ applicationId, evaluatorId });
const codes = (v: Violation[]): string[] => v.map((x) => x.code).sort();

describe('checkAssignment', () => {
  it('accepts a feasible assignment', () => {
    const ok: AssignmentProblem = { ...problem, options: {}, applications: [{ id: 'A', k: 2 }, { id: 'B', k: 1 }], conflicts: [], forbidden: [] };
    expect(checkAssignment(ok, [pair('A', 'y'), pair('A', 'x'), pair('B', 'z')])).toEqual([]);
  });

  it('reports every kind of violation', () => {
    const v = checkAssignment(problem, [
      pair('A', 'x'), pair('A', 'x'), pair('A', 'z'), // duplicate; z: applicant organisation; pinned y missing
      pair('B', 'x'), pair('B', 'y'), pair('B', 'z'), // x conflict, y not a candidate and same organisation as x, z forbidden; B has 3
      pair('C', 'x'), pair('A', 'q'),
    ]);
    expect(codes(v)).toEqual([
      'conflict', 'conflict', 'duplicate_pair', 'forbidden', 'load_above_max', 'not_a_candidate',
      'pinned_missing', 'same_organisation', 'unknown_application', 'unknown_evaluator', 'wrong_evaluator_count',
    ].sort());
    expect(v.find((x) => x.code === 'load_above_max')?.evaluatorId).toBe('x');
    expect(v.find((x) => x.code === 'wrong_evaluator_count')?.applicationId).toBe('B');
    const noApplicantOrg = { ...problem, applications: [{ id: 'A', k: 2, language: 'es' }, { id: 'B', k: 1 }] };
    expect(codes(checkAssignment(noApplicantOrg, [pair('A', 'y'), pair('A', 'z'), pair('B', 'x')]))).toEqual(['conflict', 'language_mismatch']);
  });

  it('reports loads below the minimum, missing evaluators and shared organisations', () => {
    const v = checkAssignment(problem, [pair('A', 'y'), pair('A', 'y'), pair('B', 'z')]);
    expect(codes(v)).toEqual(['duplicate_pair', 'forbidden', 'load_below_min', 'wrong_evaluator_count']);
    const same = checkAssignment({ ...problem, applications: [{ id: 'A', k: 2 }, { id: 'B', k: 0 }], conflicts: [], forbidden: [] }, [pair('A', 'x'), pair('A', 'y')]);
    expect(codes(same)).toEqual(['same_organisation']);
  });
});
