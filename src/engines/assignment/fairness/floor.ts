/**
 * Exact floor computations with HiGHS:
 * - {@link maxTotalAtFloor}: maximum total affinity with every application's total >= floor;
 * - {@link highestFloor}: t*, by bisection over feasibility MIPs between the weakest total of a
 *   known assignment and the ceiling (the weakest application's best possible total). Every
 *   feasible probe raises the lower end to the weakest total of the assignment found (a floor
 *   actually reached), every infeasible probe lowers the upper end; it stops when the bracket is
 *   within the tolerance.
 */
import type { Highs } from 'highs';
import { summariseChosen } from '../assign.js';
import type { Instance } from '../instance.js';
import { buildMipModel, pinnedSums } from './model.js';
import { runMip } from './mip.js';
import type { FloorSolution, HighestFloor } from './types.js';

/** Absolute floor tolerance: 1e-9 times the largest total an application can have. */
export function floorTolerance(inst: Instance): number {
  let maxAff = 0;
  for (const a of inst.candAff) maxAff = Math.max(maxAff, Math.abs(a));
  for (const p of inst.pins) maxAff = Math.max(maxAff, Math.abs(p.affinity));
  let maxK = 0;
  for (const k of inst.idx.k) maxK = Math.max(maxK, k);
  return 1e-9 * Math.max(1, maxAff * maxK);
}

/** True when the floor applies to at least one application (one with k > 0). */
export function hasFloorApplications(inst: Instance): boolean {
  return inst.idx.k.some((k) => k > 0);
}

/** Weakest total among applications with k > 0 of an assignment given by chosen candidates. */
export function weakestTotal(inst: Instance, chosen: readonly number[]): number {
  const totals = pinnedSums(inst);
  const appOf = new Int32Array(inst.candEval.length);
  for (let a = 0; a < inst.idx.nApps; a++) appOf.fill(a, inst.candStart[a] ?? 0, inst.candStart[a + 1] ?? 0);
  for (const c of chosen) totals[appOf[c] ?? 0] = (totals[appOf[c] ?? 0] ?? 0) + (inst.candAff[c] ?? 0);
  let min = Infinity;
  totals.forEach((t, a) => {
    if ((inst.idx.k[a] ?? 0) > 0) min = Math.min(min, t);
  });
  return min;
}

/** Upper bound on t*: the weakest of the applications' best possible totals. */
function floorCeiling(inst: Instance): number {
  const pinned = pinnedSums(inst);
  let ceiling = Infinity;
  for (let a = 0; a < inst.idx.nApps; a++) {
    if ((inst.idx.k[a] ?? 0) === 0) continue;
    const affs = Array.from(inst.candAff.subarray(inst.candStart[a] ?? 0, inst.candStart[a + 1] ?? 0));
    affs.sort((x, y) => y - x);
    let best = pinned[a] ?? 0;
    for (let i = 0; i < (inst.kRest[a] ?? 0); i++) best += affs[i] ?? 0;
    ceiling = Math.min(ceiling, best);
  }
  return ceiling;
}

/** Options shared by the floor computations. */
export interface FloorOptions {
  tolerance: number;
  timeLimitSeconds: number;
}

/** t* and an assignment reaching it, starting from a known feasible assignment. */
export function highestFloor(
  highs: Highs,
  inst: Instance,
  start: readonly number[],
  opts: FloorOptions,
): HighestFloor & { chosen: number[] } {
  const t0 = performance.now();
  const tol = opts.tolerance;
  let low = weakestTotal(inst, start);
  let high = floorCeiling(inst);
  let chosen = [...start];
  let probes = 0;
  let exact = true;
  // The ceiling is tried first: it is often reached (the weakest application's best set of
  // evaluators is compatible with the rest), and then one probe settles t*.
  let probe = high;
  while (high - low > tol) {
    const model = buildMipModel(inst, { floor: probe, tolerance: tol, maximiseTotal: true });
    const run = runMip(highs, model, { tolerance: tol / 4, timeLimitSeconds: opts.timeLimitSeconds, firstSolution: true });
    probes++;
    if (run.status === 'infeasible') {
      high = probe - tol / 2;
    } else {
      const reached = run.chosen.length > 0 ? weakestTotal(inst, run.chosen) : -Infinity;
      if (reached <= low) {
        exact = false; // time limit without a solution, or no progress within the solver's tolerance
        break;
      }
      low = reached;
      chosen = run.chosen;
    }
    probe = Math.max((low + high) / 2, low + tol);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { floor: low, upperBound: Math.max(low, high), exact, probes, seconds, chosen };
}

/**
 * Maximum total affinity with every application's total >= floor (up to the tolerance), or null
 * when HiGHS proves that no assignment meets the floor.
 */
export function maxTotalAtFloor(
  highs: Highs,
  inst: Instance,
  floor: number,
  opts: FloorOptions & { start?: readonly number[] },
): FloorSolution | null {
  const model = buildMipModel(inst, { floor, tolerance: opts.tolerance, maximiseTotal: true });
  const run = runMip(highs, model, {
    tolerance: opts.tolerance / 4,
    timeLimitSeconds: opts.timeLimitSeconds,
    ...(opts.start ? { start: opts.start } : {}),
  });
  if (run.status === 'infeasible') return null;
  if (run.chosen.length === 0 && model.numCols > 0) {
    throw new Error(`no assignment found within ${opts.timeLimitSeconds} s at floor ${floor}`);
  }
  const summary = summariseChosen(inst, run.chosen);
  const minApplicationAffinity = weakestTotal(inst, run.chosen);
  if (minApplicationAffinity < floor - opts.tolerance) {
    throw new Error(`HiGHS returned an assignment below the floor (${minApplicationAffinity} < ${floor})`);
  }
  let pinnedTotal = 0;
  for (const p of inst.pins) pinnedTotal += p.affinity;
  const upperBound = Math.max(summary.totalAffinity, run.dualBound + pinnedTotal);
  return {
    ...summary,
    status: run.status === 'optimal' ? 'optimal' : 'time_limit',
    floor,
    upperBound,
    gap: upperBound - summary.totalAffinity,
    minApplicationAffinity,
    nodes: run.nodes,
    seconds: run.seconds,
  };
}
