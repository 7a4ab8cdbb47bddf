/**
 * Input and output of the selection walk. Money is integer euro cents (safe integers).
 */

/** One partner of a proposal and the amount it would receive. */
export interface SelectionPartner {
  /** The third party (organisation) receiving the money; the per-recipient cap applies to it. */
  readonly recipientId: string;
  readonly amountCents: number;
  /** NUTS code of the partner's site, e.g. `ES413`; used for regional envelopes. */
  readonly nuts?: string;
  /** Single undertaking (linked enterprises together) for de minimis; defaults to `recipientId`. */
  readonly singleUndertakingId?: string;
}

/** A proposal in rank order, as produced by the ranking. */
export interface SelectionCandidate {
  readonly proposalId: string;
  /** False for proposals below the thresholds: they are never funded nor put on the reserve list. */
  readonly passedThresholds: boolean;
  readonly partners: readonly SelectionPartner[];
}

/** Budget for the partners whose NUTS code starts with `nutsPrefix` (nested envelopes all apply). */
export interface RegionalEnvelope {
  readonly nutsPrefix: string;
  readonly budgetCents: number;
}

/** De minimis aid a single undertaking has already received (its declaration). */
export interface PriorAid {
  readonly singleUndertakingId: string;
  /** Date the legal right to the aid arose, `YYYY-MM-DD`; not after the planned grant date. */
  readonly grantDate: string;
  readonly amountCents: number;
}

/** De minimis check (Regulation (EU) 2023/2831), for schemes that declare it. */
export interface DeMinimisRule {
  /** Ceiling per single undertaking over three years; default 300,000 EUR (30,000,000 cents). */
  readonly ceilingCents?: number;
  /** Date on which the awards of this selection will be granted, `YYYY-MM-DD`. */
  readonly plannedGrantDate: string;
  readonly priorAid: readonly PriorAid[];
}

/** Everything the walk needs. */
export interface SelectionInput {
  /** All evaluated proposals in rank order (passing ones in ranking order). */
  readonly candidates: readonly SelectionCandidate[];
  /** Call budget. */
  readonly budgetCents: number;
  readonly envelopes?: readonly RegionalEnvelope[];
  /** Maximum per recipient over the whole programme (prior awards included). */
  readonly recipientCapCents?: number;
  /** What each recipient already has in the programme, by recipient id. */
  readonly priorProgrammeCents?: Readonly<Record<string, number>>;
  readonly deMinimis?: DeMinimisRule;
  /**
   * Default false: skip-and-continue (a proposal that does not fit is skipped whole and the walk
   * goes on to the next one). When true, funding stops at the first passing proposal that does
   * not fit; it and every later passing proposal go to the reserve list.
   */
  readonly stopAtFirstMiss?: boolean;
}

/** Reason codes of the walk's decisions. */
export type ReasonCode =
  | 'selection.funded'
  | 'selection.below_threshold'
  | 'selection.budget_exceeded'
  | 'selection.envelope_exceeded'
  | 'selection.recipient_cap_exceeded'
  | 'selection.de_minimis_exceeded'
  | 'selection.stopped';

/** One reason with its parameters (amounts in cents). */
export interface Reason {
  readonly code: ReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A funded proposal; it receives exactly what its partners requested (never a partial amount). */
export interface FundedProposal {
  readonly proposalId: string;
  /** 1-based position among the candidates. */
  readonly position: number;
  readonly amountCents: number;
  readonly partners: readonly { readonly recipientId: string; readonly amountCents: number }[];
}

/** A passing proposal that was not funded, in rank order. */
export interface ReserveEntry {
  readonly proposalId: string;
  readonly position: number;
  readonly reservePosition: number;
  readonly requestedCents: number;
  readonly reasons: readonly Reason[];
}

/** One decision of the walk, in walk order. */
export interface TraceEntry {
  readonly position: number;
  readonly proposalId: string;
  readonly decision: 'funded' | 'reserve' | 'rejected';
  readonly reasons: readonly Reason[];
  /** Call budget left after this decision. */
  readonly budgetRemainingCents: number;
}

/** Use of one envelope after the walk. */
export interface EnvelopeUse {
  readonly nutsPrefix: string;
  readonly budgetCents: number;
  readonly usedCents: number;
}

/** Result of `selectProposals`. */
export interface SelectionResult {
  readonly policy: 'skipAndContinue' | 'stopAtFirstMiss';
  readonly funded: readonly FundedProposal[];
  readonly reserve: readonly ReserveEntry[];
  readonly rejectedBelowThreshold: readonly { readonly proposalId: string; readonly position: number }[];
  readonly trace: readonly TraceEntry[];
  readonly budgetCents: number;
  readonly fundedCents: number;
  readonly envelopes: readonly EnvelopeUse[];
}
