/**
 * Inputs and outputs of the SME status determination (Commission Recommendation 2003/361/EC,
 * DOMAIN.md section 2). Money is integer cents; headcount is in annual work units (AWU).
 */
import type { ParamValue } from '../ranking/issues.js';

/** Size class, ordered from smallest. `large` means "not an SME". */
export type SmeClass = 'micro' | 'small' | 'medium' | 'large';

/** The classes in order. */
export const SME_CLASSES: readonly SmeClass[] = ['micro', 'small', 'medium', 'large'];

/** One closed accounting year of one enterprise. */
export interface YearFigures {
  /** The year the accounts closed in. */
  year: number;
  /** Staff headcount in annual work units (full-time for the whole year = 1). */
  awu: number;
  turnoverCents: number;
  balanceSheetCents: number;
}

/** A holding between this enterprise and another, as declared by this enterprise. */
export interface Relation {
  /** The other enterprise. */
  enterpriseId: string;
  /** `holds`: this enterprise holds the stake in the other; `held_by`: the other holds it in this one. */
  direction: 'holds' | 'held_by';
  /** Share of capital, 0..100. */
  capitalPct: number;
  /** Share of voting rights, 0..100. */
  votingPct: number;
  /**
   * Control by other means (Annex Art. 3(3) b-d: right to appoint or remove a majority of the board,
   * dominant influence by contract or articles, control of a majority of votes by agreement):
   * makes the two enterprises linked whatever the percentages.
   */
  control?: boolean;
  /**
   * The holder is one of the investors of Art. 3(2) (public investment corporations, venture capital,
   * business angels, universities and non-profit research centres, institutional investors, small
   * autonomous local authorities): a holding of 25 % or more by it does not make a partnership.
   */
  qualifyingInvestor?: boolean;
}

/** An enterprise: the one being assessed or one related to it (directly or not). */
export interface Enterprise {
  id: string;
  name?: string;
  years: readonly YearFigures[];
  relations: readonly Relation[];
  /** Enterprises whose figures are already included in this enterprise's consolidated accounts. */
  consolidates?: readonly string[];
}

/** Input of `determineSmeStatus`. */
export interface SmeInput {
  /** The enterprise assessed; must be one of `enterprises`. */
  enterpriseId: string;
  /** The enterprise assessed and every related enterprise whose data is known. */
  enterprises: readonly Enterprise[];
  /** One or more public bodies hold, jointly or individually, 25 % or more of capital or votes. */
  publicBodyControl: boolean;
  /** The class held before the first year given (an earlier determination), if any. */
  priorClass?: SmeClass;
}

/** A translatable explanation: a stable code and its parameters. */
export interface Explanation {
  code: string;
  params: Readonly<Record<string, ParamValue>>;
}

/** How an enterprise enters the aggregation. */
export type GroupRole = 'self' | 'linked' | 'partner' | 'partner_linked';

/** An enterprise whose figures count, and with which weight. */
export interface GroupMember {
  enterpriseId: string;
  role: GroupRole;
  /** Weight in percent: 100 for self and linked enterprises, the holding for partners. */
  percent: number;
  /** Enterprise ids on the way from the assessed enterprise to this one (excluding the assessed one). */
  via: readonly string[];
  /** Set when this enterprise's figures are already in the consolidated accounts of that enterprise. */
  consolidatedIn?: string;
}

/** Aggregated figures. */
export interface Figures {
  awu: number;
  turnoverCents: number;
  balanceSheetCents: number;
}

/** What one group member added to a year's figures (its path is in `SmeResult.group`). */
export interface Contribution extends Figures {
  enterpriseId: string;
  role: GroupRole;
  percent: number;
  /** Set (with zero figures) when its figures are already in that enterprise's consolidated accounts. */
  consolidatedIn?: string;
}

/** The determination for one closed year. */
export interface SmeYearResult {
  year: number;
  /** The aggregated figures (sum of `breakdown`); null when a member's figures are missing. */
  figures: Figures | null;
  breakdown: readonly Contribution[];
  /** Class by this year's figures alone. */
  rawClass: SmeClass | null;
  /** Class after the two-consecutive-years rule. */
  sizeClass: SmeClass | null;
  /** The class to use: `sizeClass`, or `large` when public bodies control 25 % or more. */
  effectiveClass: SmeClass | null;
  isSme: boolean | null;
  explanations: readonly Explanation[];
}

/** Output of `determineSmeStatus`. */
export interface SmeResult {
  enterpriseId: string;
  /** Whose figures count and how (the same every year). */
  group: readonly GroupMember[];
  /** The subject's years, ascending. */
  years: readonly SmeYearResult[];
  /** The last year's result, if any. */
  latest: SmeYearResult | undefined;
  /** Year-independent explanations: how each relation was classified. */
  explanations: readonly Explanation[];
}
