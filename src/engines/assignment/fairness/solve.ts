/**
 * Fairness option of the assignment: a floor on every application's total affinity (no
 * application left with only weak evaluators). Reports the highest feasible floor t* and the
 * maximum total affinity under the chosen floor, both solved exactly with HiGHS (MIP gap 0),
 * starting from the linear optimum computed by the network simplex.
 */
import type { Highs } from 'highs';
import { solveInstance } from '../assign.js';
import { buildInstance, type Instance } from '../instance.js';
import { reason } from '../reasons.js';
import type { InfeasibilityReason, OptimalAssignment } from '../types.js';
import { floorTolerance, hasFloorApplications, highestFloor, maxTotalAtFloor, weakestTotal, type FloorOptions } from './floor.js';
import type { FairnessRequest, FairnessResult, FloorSolution, HighestFloor } from './types.js';

const DEFAULT_TIME_LIMIT_SECONDS = 120;

function floorTooHigh(floor: number, best: HighestFloor | null): InfeasibilityReason {
  const known = best ? ` The highest feasible floor is ${best.floor}.` : '';
  return reason(
    'floor_too_high',
    `No assignment gives every application a total affinity of at least ${floor}.${known}`,
    [],
    [],
    floor,
    best?.floor ?? Number.NaN,
  );
}

/** The linear optimum as a floor solution (when it already meets the floor, nothing beats it). */
function linearAsFloor(base: OptimalAssignment, floor: number, weakest: number): FloorSolution {
  const { status: _status, pivots: _pivots, ...summary } = base;
  return { ...summary, status: 'optimal', floor, minApplicationAffinity: weakest, nodes: 0, seconds: 0 };
}

function solveAtFloor(
  highs: Highs,
  inst: Instance,
  base: OptimalAssignment,
  floor: number,
  weakest: number,
  start: readonly number[] | undefined,
  opts: FloorOptions,
): FloorSolution | null {
  if (weakest >= floor) return linearAsFloor(base, floor, weakest);
  return maxTotalAtFloor(highs, inst, floor, start ? { ...opts, start } : opts);
}

/**
 * Solves the fairness request on the calling thread (HiGHS blocks it; use `solveInWorker` from
 * request handlers). Throws `AssignmentInputError` for malformed input.
 */
export function solveFairness(highs: Highs, request: FairnessRequest): FairnessResult {
  const inst = buildInstance(request.problem);
  const tolerance = floorTolerance(inst);
  const opts: FloorOptions = { tolerance, timeLimitSeconds: request.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS };
  const empty = { tolerance, unconstrained: null, highestFloor: null, atFloor: null };
  const { result: base, chosen } = solveInstance(inst);
  if (base.status === 'infeasible') return { status: 'infeasible', reasons: base.reasons, ...empty };
  // With no application needing evaluators the floor is vacuous; 0 stands for the empty minimum.
  const weakest = hasFloorApplications(inst) ? weakestTotal(inst, chosen) : 0;
  const unconstrained = { totalAffinity: base.totalAffinity, minApplicationAffinity: weakest };
  const wantHighest = (request.floor === undefined || request.highestFloor !== false) && hasFloorApplications(inst);
  const best = wantHighest ? highestFloor(highs, inst, chosen, opts) : null;
  const highestOut: HighestFloor | null = best
    ? { floor: best.floor, upperBound: best.upperBound, exact: best.exact, probes: best.probes, seconds: best.seconds }
    : null;
  const floor = request.floor ?? best?.floor ?? weakest;
  const start = best && floor <= best.floor ? best.chosen : undefined;
  const atFloor =
    best && floor > best.upperBound ? null : solveAtFloor(highs, inst, base, floor, weakest, start, opts);
  if (!atFloor) {
    return { status: 'infeasible', reasons: [floorTooHigh(floor, highestOut)], ...empty, unconstrained, highestFloor: highestOut };
  }
  return { status: 'solved', reasons: [], tolerance, unconstrained, highestFloor: highestOut, atFloor };
}
