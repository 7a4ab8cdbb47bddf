/**
 * Inputs and outputs of the eligibility check of cascade-funding (FSTP) and voucher calls
 * (DOMAIN.md section 3). A call's rules are data: every field is optional except the instruments,
 * and a missing field means "no such condition". Money is integer cents.
 */
import type { ParamValue } from '../ranking/issues.js';
import type { SmeClass } from '../sme/types.js';

/** Which partners a condition applies to: each of them, or at least `atLeast` of them. */
export type Quantifier = 'every' | { atLeast: number };

/** A funding instrument of the call (e.g. MINE-PoC, MINE-Demo). */
export interface Instrument {
  id: string;
  /** Most one partner may request in this application. */
  maxPerRecipientCents?: number;
  /** Most the application may request in total. */
  maxPerProjectCents?: number;
  /** Technology readiness level the project must be at, inclusive. */
  trl?: { min: number; max: number };
}

/** At least `min` partners must play `role`. */
export interface RequiredRole {
  role: string;
  min: number;
}

/** Partners located in a NUTS region starting with one of `nutsPrefixes` (e.g. `ES41`, `ES413`). */
export interface RegionRule {
  nutsPrefixes: readonly string[];
  /** Default `every`. */
  quantifier?: Quantifier;
}

/** Membership of the cluster an organisation may have. */
export type MembershipStatus = 'active' | 'pending' | 'lapsed' | 'none';

/** The eligibility rules of a call. */
export interface CallRules {
  minPartners?: number;
  maxPartners?: number;
  /** Distinct countries among partners (among eligible countries when `eligibleCountries` is set). */
  minDistinctCountries?: number;
  /** ISO 3166-1 alpha-2 (`EL` accepted for Greece); every partner must be in one. */
  eligibleCountries?: readonly string[];
  requiredRoles?: readonly RequiredRole[];
  /** Every partner must be an SME (micro, small or medium). */
  smeOnly?: boolean;
  /** Every partner's SME class must be one of these. */
  allowedSmeClasses?: readonly SmeClass[];
  /** Regional conditions; all must hold. */
  regions?: readonly RegionRule[];
  /** Partners that must be members of the cluster (status `active` unless `membershipStatuses`). */
  membershipRequired?: Quantifier;
  membershipStatuses?: readonly MembershipStatus[];
  /** Partners must have a NACE code starting with one of these (dots ignored, e.g. `07`, `08.1`). */
  nace?: { prefixes: readonly string[]; quantifier?: Quantifier };
  /** Partners must work in one of these value-chain stages. */
  stages?: { allowed: readonly string[]; quantifier?: Quantifier };
  instruments: readonly Instrument[];
  /** Most one organisation may receive over the whole programme. Default 60,000 EUR. */
  perRecipientCapCents?: number;
  /** Why the cap is above the default; required to publish such a call. */
  capJustification?: string;
}

/** What the call needs to know about an organisation. */
export interface Organisation {
  id: string;
  /** ISO 3166-1 alpha-2 (`EL` accepted for Greece). */
  country: string;
  /** NUTS code of its site (any level). */
  nuts?: string;
  /** Effective SME class; undefined or null when unknown. */
  smeClass?: SmeClass | null;
  membership?: MembershipStatus;
  naceCodes?: readonly string[];
  /** Value-chain stage ids. */
  stages?: readonly string[];
}

/** One partner of an application. */
export interface ApplicationPartner {
  organisation: Organisation;
  roles: readonly string[];
  requestedCents: number;
}

/** The application being checked. */
export interface Application {
  /** Its id; earlier amounts recorded for the same application (an earlier version) are ignored. */
  id?: string;
  instrumentId: string;
  trl?: number;
  partners: readonly ApplicationPartner[];
}

/** An amount already awarded to, or requested by, an organisation in the same programme. */
export interface PriorAmount {
  organisationId: string;
  amountCents: number;
  applicationId?: string;
  status?: 'awarded' | 'requested';
}

/** Input of `checkEligibility`. */
export interface EligibilityInput {
  rules: CallRules;
  application: Application;
  prior?: readonly PriorAmount[];
}

/** One rule evaluated. `partnerId` is set for rules evaluated per partner. */
export interface RuleResult {
  code: string;
  pass: boolean;
  partnerId?: string;
  params: Readonly<Record<string, ParamValue>>;
}

/** Output of `checkEligibility`: every rule evaluated, and the failures among them. */
export interface EligibilityResult {
  eligible: boolean;
  results: readonly RuleResult[];
  failures: readonly RuleResult[];
}
