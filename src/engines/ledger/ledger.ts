/**
 * A pure programme ledger: awards and their payments, changed only through `applyLedgerOp`.
 * An award creates one scheduled payment per tranche of its scheme (amounts summing exactly to the
 * award); payments then move through the state machine of `payments.ts`. A refused operation
 * leaves the state unchanged, so the invariant of `verifyLedger` holds after every step.
 */
import type { Issue } from '../ranking/issues.js';
import { transitionPayment, type Payment, type PaymentAction } from './payments.js';
import { isCents, splitAward, validatePaymentScheme, type RoundingMethod, type TrancheSpec } from './tranches.js';

/** Money awarded to one recipient's project from a programme. */
export interface Award {
  readonly id: string;
  readonly programmeId: string;
  readonly amountCents: number;
}

/** The ledger's state (plain data; ids are unique). */
export interface LedgerState {
  readonly awards: readonly Award[];
  readonly payments: readonly Payment[];
}

/** An empty ledger. */
export const EMPTY_LEDGER: LedgerState = { awards: [], payments: [] };

/** Operations on the ledger. */
export type LedgerOp =
  | {
      readonly type: 'award';
      readonly award: Award;
      readonly scheme: readonly TrancheSpec[];
      readonly createdBy: string;
      readonly rounding?: RoundingMethod;
    }
  | { readonly type: 'transition'; readonly paymentId: string; readonly action: PaymentAction; readonly actor: string };

/** Outcome of `applyLedgerOp`. */
export type LedgerOpResult =
  | { readonly ok: true; readonly state: LedgerState }
  | {
      readonly ok: false;
      readonly code: string;
      readonly params: Readonly<Record<string, string>>;
      readonly issues?: readonly Issue[];
    };

/** Id of the payment of tranche `index` (0-based) of an award. */
export function paymentId(awardId: string, index: number): string {
  return `${awardId}/${index + 1}`;
}

/** The scheduled payments of a new award, one per tranche. */
export function awardPayments(award: Award, scheme: readonly TrancheSpec[], createdBy: string, rounding?: RoundingMethod): Payment[] {
  return splitAward(award.amountCents, scheme, rounding).map((t) => ({
    id: paymentId(award.id, t.index),
    programmeId: award.programmeId,
    awardId: award.id,
    trancheIndex: t.index,
    label: t.label,
    ...(t.milestone === undefined ? {} : { milestone: t.milestone }),
    amountCents: t.amountCents,
    state: 'scheduled' as const,
    createdBy,
  }));
}

function applyAward(state: LedgerState, op: Extract<LedgerOp, { type: 'award' }>): LedgerOpResult {
  const { award } = op;
  if (state.awards.some((a) => a.id === award.id)) return { ok: false, code: 'ledger.award_exists', params: { awardId: award.id } };
  if (!isCents(award.amountCents)) return { ok: false, code: 'ledger.amount_invalid', params: { awardId: award.id } };
  if (typeof op.createdBy !== 'string' || op.createdBy.trim() === '') return { ok: false, code: 'ledger.actor_missing', params: {} };
  const issues = validatePaymentScheme(op.scheme);
  if (issues.length > 0) return { ok: false, code: 'ledger.scheme_invalid', params: { awardId: award.id }, issues };
  const payments = awardPayments(award, op.scheme, op.createdBy, op.rounding);
  return { ok: true, state: { awards: [...state.awards, award], payments: [...state.payments, ...payments] } };
}

function applyTransition(state: LedgerState, op: Extract<LedgerOp, { type: 'transition' }>): LedgerOpResult {
  const index = state.payments.findIndex((p) => p.id === op.paymentId);
  const payment = state.payments[index];
  if (!payment) return { ok: false, code: 'ledger.payment_not_found', params: { paymentId: op.paymentId } };
  const result = transitionPayment(payment, op.action, op.actor);
  if (!result.ok) return result;
  const payments = state.payments.map((p, i) => (i === index ? result.payment : p));
  return { ok: true, state: { awards: state.awards, payments } };
}

/** Applies one operation; never mutates `state`. */
export function applyLedgerOp(state: LedgerState, op: LedgerOp): LedgerOpResult {
  return op.type === 'award' ? applyAward(state, op) : applyTransition(state, op);
}
