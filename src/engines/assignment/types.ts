/**
 * Input and output types of the evaluator-assignment engine (DOMAIN.md section 4): every
 * application gets exactly k evaluators, every evaluator's load stays within [minLoad, maxLoad],
 * no conflicted or forbidden pair is used, pinned pairs are always used, and optionally no two
 * evaluators of one organisation review the same application and the languages match.
 */

/** An application (proposal) to be evaluated. */
export interface ApplicationInput {
  id: string;
  /** Number of evaluators the application needs (k), a non-negative integer. */
  k: number;
  /** Language of the application; used when `requireLanguageMatch` is on. */
  language?: string;
  /**
   * Applicant organisations (the applicant and any partners). An evaluator belonging to one of
   * them has an automatic conflict of interest with the application.
   */
  organisationIds?: readonly string[];
}

/** An evaluator (expert) with load bounds. */
export interface EvaluatorInput {
  id: string;
  /** Minimum number of applications, a non-negative integer. */
  minLoad: number;
  /** Maximum number of applications, an integer >= minLoad. */
  maxLoad: number;
  organisationId?: string;
  /** Languages the evaluator can evaluate in. */
  languages?: readonly string[];
}

/** One affinity value of a sparse affinity list. */
export interface AffinityEntry {
  applicationId: string;
  evaluatorId: string;
  affinity: number;
}

/**
 * Affinities (expertise match, higher is better). `dense.values[a][e]` is the affinity of the
 * a-th application and e-th evaluator, in input order; every pair is a candidate. In the sparse
 * form only listed pairs are candidates (e.g. the best-affinity candidates per application).
 */
export type AffinityInput =
  | { kind: 'dense'; values: readonly (readonly number[])[] }
  | { kind: 'sparse'; entries: readonly AffinityEntry[] };

/** An (application, evaluator) pair given by ids. */
export interface PairRef {
  applicationId: string;
  evaluatorId: string;
}

/** Optional constraints. */
export interface AssignmentOptions {
  /** No two evaluators of the same organisation on one application. */
  distinctOrganisations?: boolean;
  /**
   * An application with a language only gets evaluators who list that language (evaluators
   * without a language list are then not eligible). Applications without a language match anyone.
   */
  requireLanguageMatch?: boolean;
}

/** A complete assignment problem. */
export interface AssignmentProblem {
  applications: readonly ApplicationInput[];
  evaluators: readonly EvaluatorInput[];
  affinity: AffinityInput;
  /** Declared conflicts of interest (hard constraints). */
  conflicts?: readonly PairRef[];
  /** Pairs staff require in the assignment. A pinned pair needs no affinity entry (0 is used). */
  pinned?: readonly PairRef[];
  /** Pairs staff exclude. */
  forbidden?: readonly PairRef[];
  options?: AssignmentOptions;
}

/** One pair of an assignment. */
export interface AssignedPair {
  applicationId: string;
  evaluatorId: string;
  affinity: number;
  pinned: boolean;
}

/** An evaluator's load in an assignment. */
export interface EvaluatorLoad {
  evaluatorId: string;
  load: number;
  minLoad: number;
  maxLoad: number;
}

/** How well an application is covered: the sum and the minimum of its evaluators' affinities. */
export interface ApplicationCoverage {
  applicationId: string;
  totalAffinity: number;
  minAffinity: number;
  evaluatorIds: string[];
}

/** Figures shared by every feasible assignment result. */
export interface AssignmentSummary {
  pairs: AssignedPair[];
  totalAffinity: number;
  /** Per evaluator, in input order. */
  loads: EvaluatorLoad[];
  /** Per application, weakest (lowest total affinity) first. */
  coverage: ApplicationCoverage[];
}

/** Result of the exact linear assignment. */
export interface OptimalAssignment extends AssignmentSummary {
  status: 'optimal';
  /**
   * Upper bound on the total affinity of any feasible assignment, certified by LP duality from the
   * final node potentials; equals `totalAffinity` up to floating-point rounding.
   */
  upperBound: number;
  /** `upperBound - totalAffinity` (0 up to rounding). */
  gap: number;
  /** Network simplex pivots (diagnostic). */
  pivots: number;
}

/** Kinds of reasons why no assignment exists. */
export type InfeasibilityCode =
  | 'pinned_conflict'
  | 'pinned_forbidden'
  | 'pinned_language'
  | 'pinned_same_organisation'
  | 'pinned_exceeds_k'
  | 'pinned_exceeds_max_load'
  | 'total_demand_outside_load_bounds'
  | 'too_few_eligible_evaluators'
  | 'too_few_eligible_applications'
  | 'applications_cut'
  | 'evaluators_cut'
  | 'floor_too_high';

/** One concrete reason why no assignment exists. */
export interface InfeasibilityReason {
  code: InfeasibilityCode;
  /** English explanation with the figures; the UI may translate by `code` and the fields below. */
  message: string;
  applicationIds: string[];
  evaluatorIds: string[];
  /** What the constraint needs (e.g. evaluators required). */
  required: number;
  /** What is available (e.g. eligible evaluators); NaN when not known. */
  available: number;
}

/** Result when the constraints cannot all be met. */
export interface InfeasibleAssignment {
  status: 'infeasible';
  reasons: InfeasibilityReason[];
}

/** Result of {@link assign}. */
export type AssignmentResult = OptimalAssignment | InfeasibleAssignment;

/** A violated constraint found by the feasibility checker. */
export interface Violation {
  code:
    | 'unknown_application'
    | 'unknown_evaluator'
    | 'duplicate_pair'
    | 'not_a_candidate'
    | 'wrong_evaluator_count'
    | 'load_below_min'
    | 'load_above_max'
    | 'conflict'
    | 'forbidden'
    | 'pinned_missing'
    | 'same_organisation'
    | 'language_mismatch';
  message: string;
  applicationId?: string;
  evaluatorId?: string;
}
