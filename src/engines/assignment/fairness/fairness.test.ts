import path from 'node:path';
import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { midlProblem } from '../../../../bench/lib/midl.js';
import { checkAssignment } from '../check.js';
import { AssignmentInputError } from '../problem-index.js';
import { enumerateAssignments, problemArb } from '../test-support.js';
import type { AssignmentProblem } from '../types.js';
import { loadHighs } from './mip.js';
import { solveFairness } from './solve.js';
import { assignInWorker, solveInWorker } from '../run-in-worker.js';
import { assign } from '../assign.js';

const MIDL_DIR = path.resolve(import.meta.dirname, '../../../../../shared/data/bench/reviewer-assignment');

/** Linear optimum A-X + B-Y = 1.0 leaves B at 0; the fair choice A-Y + B-X has floor 0.45, total 0.95. */
const tradeOff: AssignmentProblem = {
  applications: [{ id: 'A', k: 1 }, { id: 'B', k: 1 }],
  evaluators: [{ id: 'X', minLoad: 0, maxLoad: 1 }, { id: 'Y', minLoad: 0, maxLoad: 1 }],
  affinity: { kind: 'dense', values: [[1.0, 0.5], [0.45, 0.0]] },
};

describe('solveFairness', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('finds the highest floor and the best total under it (hand-computed)', () => {
    const r = solveFairness(highs, { problem: tradeOff });
    expect(r.status).toBe('solved');
    expect(r.unconstrained).toEqual({ totalAffinity: 1.0, minApplicationAffinity: 0 });
    expect(r.highestFloor?.floor).toBe(0.45);
    expect(r.highestFloor?.exact).toBe(true);
    expect(r.atFloor?.totalAffinity).toBeCloseTo(0.95, 12);
    expect(r.atFloor?.pairs.map((p) => `${p.applicationId}-${p.evaluatorId}`)).toEqual(['A-Y', 'B-X']);
  });

  it('keeps the linear optimum when it meets the floor and refuses floors above t*', () => {
    const low = solveFairness(highs, { problem: tradeOff, floor: 0, highestFloor: false });
    expect(low.atFloor).toMatchObject({ totalAffinity: 1.0, nodes: 0, status: 'optimal' });
    const mid = solveFairness(highs, { problem: tradeOff, floor: 0.3, highestFloor: false });
    expect(mid.atFloor?.totalAffinity).toBeCloseTo(0.95, 12);
    const high = solveFairness(highs, { problem: tradeOff, floor: 0.5, highestFloor: false });
    expect(high.status).toBe('infeasible');
    expect(high.reasons[0]?.code).toBe('floor_too_high');
  });

  it('does not hold applications that need no evaluator to the floor', () => {
    const r = solveFairness(highs, { problem: { ...tradeOff, applications: [{ id: 'A', k: 1 }, { id: 'B', k: 0 }] } });
    expect(r.highestFloor?.floor).toBe(1.0);
    expect(r.atFloor?.pairs.map((p) => `${p.applicationId}-${p.evaluatorId}`)).toEqual(['A-X']);
  });

  it('passes on the diagnosis when no assignment exists at all', () => {
    const r = solveFairness(highs, { problem: { ...tradeOff, applications: [{ id: 'A', k: 3 }, { id: 'B', k: 1 }] } });
    expect(r.status).toBe('infeasible');
    expect(r.reasons.map((x) => x.code)).toContain('too_few_eligible_evaluators');
  });

  it('agrees with enumeration on tiny random problems', () => {
    fc.assert(
      fc.property(problemArb({ maxApps: 3, maxEvals: 4, maxK: 2, rich: true }), (problem) => {
        const all = enumerateAssignments(problem);
        fc.pre(all.length > 0);
        const needy = problem.applications.flatMap((app, a) => (app.k > 0 ? [a] : []));
        fc.pre(needy.length > 0);
        const weakest = (totals: number[]): number => Math.min(...needy.map((a) => totals[a] ?? 0));
        const mins = all.map((x) => weakest(x.totals)).sort((a, b) => a - b);
        const floor = mins[Math.floor(mins.length / 2)] ?? 0;
        const r = solveFairness(highs, { problem, floor });
        expect(r.status).toBe('solved');
        const tol = r.tolerance;
        expect(r.highestFloor?.floor).toBeCloseTo(mins[mins.length - 1] ?? 0, 9);
        const best = Math.max(...all.filter((x) => weakest(x.totals) >= floor - tol).map((x) => x.totals.reduce((s, t) => s + t, 0)));
        expect(r.atFloor?.totalAffinity).toBeCloseTo(best, 9);
        expect(r.atFloor?.minApplicationAffinity ?? -Infinity).toBeGreaterThanOrEqual(floor - tol);
        expect(checkAssignment(problem, r.atFloor?.pairs ?? [])).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('beats FairFlow on MIDL at floor 0.94 with a proven optimum', () => {
    const problem = midlProblem({ dir: MIDL_DIR });
    const r = solveFairness(highs, { problem, floor: 0.94 });
    expect(r.status).toBe('solved');
    const at = r.atFloor;
    expect(at?.status).toBe('optimal');
    expect(at?.totalAffinity ?? 0).toBeGreaterThan(197.67);
    expect(at?.totalAffinity).toBeCloseTo(201.768731692, 8);
    expect(at?.gap ?? 1).toBeLessThanOrEqual(1e-6);
    expect(at?.minApplicationAffinity ?? 0).toBeGreaterThanOrEqual(0.94);
    expect(checkAssignment(problem, at?.pairs ?? [])).toEqual([]);
    // t* equals the ceiling here: the weakest paper's three best reviewers can all be kept.
    expect(r.highestFloor).toMatchObject({ exact: true, floor: 0.9448391607193273 });
  });
});

describe('solveInWorker and assignInWorker', () => {
  it('return the same results as the direct calls', async () => {
    expect(await assignInWorker(tradeOff)).toEqual(assign(tradeOff));
    const highs = await loadHighs();
    const direct = solveFairness(highs, { problem: tradeOff });
    const viaWorker = await solveInWorker({ problem: tradeOff });
    expect(viaWorker.atFloor?.pairs).toEqual(direct.atFloor?.pairs);
    expect(viaWorker.highestFloor?.floor).toBe(direct.highestFloor?.floor);
  });

  it('reject with the input error and honour an abort signal', async () => {
    const bad = { ...tradeOff, applications: [{ id: 'A', k: 1 }, { id: 'A', k: 1 }] };
    await expect(solveInWorker({ problem: bad })).rejects.toBeInstanceOf(AssignmentInputError);
    const controller = new AbortController();
    const pending = solveInWorker({ problem: tradeOff }, { signal: controller.signal });
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });
});
