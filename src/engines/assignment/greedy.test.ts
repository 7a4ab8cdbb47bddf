import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from './assign.js';
import { checkAssignment } from './check.js';
import { greedyAssign } from './greedy.js';
import { problemArb } from './test-support.js';
import type { AssignmentProblem } from './types.js';

describe('greedyAssign', () => {
  it('takes the best pair first and misses the crossing optimum', () => {
    const problem: AssignmentProblem = {
      applications: [{ id: 'A', k: 1 }, { id: 'B', k: 1 }],
      evaluators: [{ id: 'X', minLoad: 0, maxLoad: 1 }, { id: 'Y', minLoad: 0, maxLoad: 1 }],
      affinity: { kind: 'dense', values: [[0.9, 0.8], [0.8, 0.1]] },
    };
    const g = greedyAssign(problem);
    expect(g.pairs.map((p) => `${p.applicationId}-${p.evaluatorId}`)).toEqual(['A-X', 'B-Y']);
    expect(g.totalAffinity).toBeCloseTo(1.0, 12);
    expect(g.feasible).toBe(true);
  });

  it('keeps slots for minimum loads', () => {
    const problem: AssignmentProblem = {
      applications: [{ id: 'A', k: 1 }, { id: 'B', k: 1 }],
      evaluators: [{ id: 'X', minLoad: 0, maxLoad: 2 }, { id: 'Z', minLoad: 1, maxLoad: 1 }],
      affinity: { kind: 'dense', values: [[0.9, 0.2], [0.8, 0.5]] },
    };
    const g = greedyAssign(problem);
    expect(g.feasible).toBe(true);
    expect(g.loads.map((l) => l.load)).toEqual([1, 1]);
  });

  it('never beats the optimum and reports its own violations', () => {
    fc.assert(
      fc.property(problemArb({ maxApps: 7, maxEvals: 9, maxK: 3, rich: true }), (problem) => {
        const g = greedyAssign(problem);
        expect(g.violations).toEqual(checkAssignment(problem, g.pairs));
        expect(g.feasible).toBe(g.violations.length === 0);
        const opt = assign(problem);
        if (g.feasible) {
          expect(opt.status).toBe('optimal');
          if (opt.status === 'optimal') expect(g.totalAffinity).toBeLessThanOrEqual(opt.totalAffinity + 1e-9);
        }
      }),
      { numRuns: 500 },
    );
  });
});
