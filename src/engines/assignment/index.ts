/**
 * Evaluator assignment engine (DOMAIN.md section 4).
 * - {@link assign}: exact maximum-affinity assignment (network simplex min-cost flow) or a
 *   diagnosis of why none exists;
 * - {@link solveFairness}: the same with a floor on every application's total affinity, solved
 *   exactly with HiGHS (highest feasible floor and best total under a floor);
 * - {@link solveInWorker} / {@link assignInWorker}: both in a worker thread, for request handlers;
 * - {@link checkAssignment}: feasibility checker; {@link greedyAssign}: greedy baseline.
 */
export { assign } from './assign.js';
export { checkAssignment } from './check.js';
export { greedyAssign, type GreedyResult } from './greedy.js';
export { AssignmentInputError } from './problem-index.js';
export { loadHighs } from './fairness/mip.js';
export { solveFairness } from './fairness/solve.js';
export { assignInWorker, solveInWorker } from './run-in-worker.js';
export type { FairnessRequest, FairnessResult, FloorSolution, HighestFloor } from './fairness/types.js';
export type * from './types.js';
