/**
 * Payment schemes and tranche splitting.
 *
 * A scheme is a list of tranches whose percentages sum to exactly 100 (each > 0, at most two
 * decimals, compared in integer basis points: 100 % = 10,000). An award in cents is split so that
 * the tranches sum exactly to the award:
 *
 * - `largestRemainder` (default, Hamilton's method): every tranche gets the floor of its exact share;
 *   the cents left over (fewer than the number of tranches) go one each to the tranches with the
 *   largest fractional remainders, earlier tranches first on equal remainders. Each tranche is then
 *   within one cent of its exact share.
 * - `lastTranche`: every tranche but the last gets the floor of its exact share; the last tranche
 *   takes the rest (so rounding money is withheld until the final payment).
 *
 * Arithmetic on shares uses BigInt, so any safe-integer award is split exactly.
 */
import { throwIfIssues, type Issue } from '../ranking/issues.js';

/** One tranche of a payment scheme, e.g. 40 % on signature. */
export interface TrancheSpec {
  readonly label: string;
  readonly percent: number;
  /** The milestone that releases the tranche, e.g. `signature`, `midTermReview`, `finalReport`. */
  readonly milestone?: string;
}

/** How rounding cents are distributed. */
export type RoundingMethod = 'largestRemainder' | 'lastTranche';

/** A tranche with its amount. */
export interface TrancheAmount {
  readonly index: number;
  readonly label: string;
  readonly milestone?: string;
  readonly percent: number;
  readonly amountCents: number;
}

/** 100 % in basis points. */
export const FULL_BASIS_POINTS = 10_000;

/** A percentage in basis points, or undefined unless it is > 0, <= 100 with at most two decimals. */
export function percentToBasisPoints(percent: number): number | undefined {
  if (!Number.isFinite(percent) || percent <= 0 || percent > 100) return undefined;
  const bp = Math.round(percent * 100);
  return Math.abs(bp - percent * 100) < 1e-7 ? bp : undefined;
}

/** True for a non-negative safe integer amount of cents. */
export function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Every problem in a payment scheme (empty when valid). */
export function validatePaymentScheme(tranches: readonly TrancheSpec[]): Issue[] {
  const issues: Issue[] = [];
  if (tranches.length === 0) issues.push({ path: 'tranches', code: 'ledger.scheme_empty' });
  let total = 0;
  tranches.forEach((t, i) => {
    const bp = percentToBasisPoints(t.percent);
    if (bp === undefined) issues.push({ path: `tranches[${i}].percent`, code: 'ledger.percent_invalid', params: { value: t.percent } });
    else total += bp;
    if (typeof t.label !== 'string' || t.label.trim() === '') issues.push({ path: `tranches[${i}].label`, code: 'ledger.label_missing' });
  });
  if (issues.length === 0 && total !== FULL_BASIS_POINTS) {
    issues.push({ path: 'tranches', code: 'ledger.scheme_not_100', params: { totalPercent: total / 100 } });
  }
  return issues;
}

function exactShares(amountCents: number, bps: readonly number[]): { floor: number; rem: bigint }[] {
  const amount = BigInt(amountCents);
  const scale = BigInt(FULL_BASIS_POINTS);
  return bps.map((bp) => {
    const num = amount * BigInt(bp);
    return { floor: Number(num / scale), rem: num % scale };
  });
}

function distribute(amountCents: number, bps: readonly number[], rounding: RoundingMethod): number[] {
  const shares = exactShares(amountCents, bps);
  const amounts = shares.map((s) => s.floor);
  const leftover = amountCents - amounts.reduce((s, a) => s + a, 0);
  if (rounding === 'lastTranche') {
    amounts[amounts.length - 1] = (amounts[amounts.length - 1] ?? 0) + leftover;
    return amounts;
  }
  const order = shares.map((s, i) => ({ rem: s.rem, i })).sort((x, y) => (x.rem === y.rem ? x.i - y.i : x.rem > y.rem ? -1 : 1));
  for (const { i } of order.slice(0, leftover)) amounts[i] = (amounts[i] ?? 0) + 1;
  return amounts;
}

/**
 * Splits an award (cents) into the scheme's tranches; the amounts sum exactly to the award.
 * Throws `EngineInputError('ledger.invalid_input')` when the amount or the scheme is invalid.
 */
export function splitAward(amountCents: number, tranches: readonly TrancheSpec[], rounding: RoundingMethod = 'largestRemainder'): TrancheAmount[] {
  const issues = validatePaymentScheme(tranches);
  if (!isCents(amountCents)) issues.push({ path: 'amountCents', code: 'ledger.amount_invalid' });
  throwIfIssues('ledger.invalid_input', issues);
  const amounts = distribute(amountCents, tranches.map((t) => percentToBasisPoints(t.percent) ?? 0), rounding);
  return tranches.map((t, index) => ({
    index,
    label: t.label,
    ...(t.milestone === undefined ? {} : { milestone: t.milestone }),
    percent: t.percent,
    amountCents: amounts[index] ?? 0,
  }));
}
