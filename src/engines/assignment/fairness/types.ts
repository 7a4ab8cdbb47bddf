/** Types of the fairness (affinity floor) extension of the assignment. */
import type { AssignmentProblem, AssignmentSummary, InfeasibilityReason } from '../types.js';

/** What to solve. */
export interface FairnessRequest {
  problem: AssignmentProblem;
  /**
   * Floor on every application's total affinity. When omitted the highest feasible floor is used.
   */
  floor?: number;
  /** Also compute the highest feasible floor (default true; always done when `floor` is omitted). */
  highestFloor?: boolean;
  /** Time limit for each HiGHS solve, in seconds (default 120). */
  timeLimitSeconds?: number;
}

/** The highest floor t* = max over assignments of the weakest application's total affinity. */
export interface HighestFloor {
  /** A floor reached by an actual assignment (every application's total is >= this value). */
  floor: number;
  /**
   * Proven bound: no assignment gives every application a total >= upperBound. When `exact`,
   * upperBound - floor <= tolerance.
   */
  upperBound: number;
  exact: boolean;
  /** Feasibility MIPs solved by the bisection. */
  probes: number;
  seconds: number;
}

/** The best assignment subject to a floor. */
export interface FloorSolution extends AssignmentSummary {
  /** 'optimal': HiGHS closed the gap (relative and absolute MIP gaps set to 0). */
  status: 'optimal' | 'time_limit';
  floor: number;
  /** Proven bound on the total affinity of any assignment meeting the floor. */
  upperBound: number;
  gap: number;
  /** The weakest application's total affinity in this assignment (>= floor - tolerance). */
  minApplicationAffinity: number;
  /** Branch-and-bound nodes (0 when the linear optimum already met the floor). */
  nodes: number;
  seconds: number;
}

/** Result of a fairness solve. */
export interface FairnessResult {
  /** 'infeasible': no assignment at all, or none meeting the floor (see `reasons`). */
  status: 'solved' | 'infeasible';
  reasons: InfeasibilityReason[];
  /**
   * Absolute tolerance on floors: totals are compared with floors up to this amount
   * (1e-9 times the largest possible application total).
   */
  tolerance: number;
  /** The linear optimum without a floor, for comparison. */
  unconstrained: { totalAffinity: number; minApplicationAffinity: number } | null;
  highestFloor: HighestFloor | null;
  atFloor: FloorSolution | null;
}
