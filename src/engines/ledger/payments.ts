/**
 * Payment state machine with the four-eyes rule.
 *
 * Allowed transitions (anything else is rejected with `ledger.transition_not_allowed`):
 *
 * | from      | approve  | pay  | cancel    | return   |
 * |-----------|----------|------|-----------|----------|
 * | scheduled | approved | -    | cancelled | -        |
 * | approved  | -        | paid | cancelled | -        |
 * | paid      | -        | -    | -         | returned |
 * | cancelled | -        | -    | -         | -        |
 * | returned  | -        | -    | -         | -        |
 *
 * Four eyes: `approve` must be done by someone other than the payment's creator
 * (`ledger.four_eyes`). Cancelled and returned are final; a paid payment can only be returned.
 */

/** States of a payment. `scheduled` and `approved` together are the money still due. */
export type PaymentState = 'scheduled' | 'approved' | 'paid' | 'cancelled' | 'returned';

/** Actions on a payment. */
export type PaymentAction = 'approve' | 'pay' | 'cancel' | 'return';

/** Every state, in lifecycle order. */
export const PAYMENT_STATES: readonly PaymentState[] = ['scheduled', 'approved', 'paid', 'cancelled', 'returned'];

/** The transition table: `PAYMENT_TRANSITIONS[from][action]` is the target state, if allowed. */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentState, Readonly<Partial<Record<PaymentAction, PaymentState>>>>> = {
  scheduled: { approve: 'approved', cancel: 'cancelled' },
  approved: { pay: 'paid', cancel: 'cancelled' },
  paid: { return: 'returned' },
  cancelled: {},
  returned: {},
};

/** One payment (a tranche of an award). */
export interface Payment {
  readonly id: string;
  readonly programmeId: string;
  readonly awardId: string;
  readonly trancheIndex: number;
  readonly label: string;
  readonly milestone?: string;
  readonly amountCents: number;
  readonly state: PaymentState;
  /** Who created (scheduled) the payment. */
  readonly createdBy: string;
  /** Who approved it (never the creator). */
  readonly approvedBy?: string;
}

/** Rejection codes of a transition. */
export type TransitionErrorCode = 'ledger.transition_not_allowed' | 'ledger.four_eyes' | 'ledger.actor_missing';

/** Outcome of `transitionPayment`. */
export type TransitionResult =
  | { readonly ok: true; readonly payment: Payment }
  | { readonly ok: false; readonly code: TransitionErrorCode; readonly params: Readonly<Record<string, string>> };

/** The target state of `action` from `state`, or undefined (safe for untrusted strings). */
export function targetState(state: PaymentState, action: PaymentAction): PaymentState | undefined {
  const row: Readonly<Partial<Record<PaymentAction, PaymentState>>> | undefined = Object.hasOwn(PAYMENT_TRANSITIONS, state)
    ? PAYMENT_TRANSITIONS[state]
    : undefined;
  return row !== undefined && Object.hasOwn(row, action) ? row[action] : undefined;
}

/** Applies `action` by `actor`; returns the updated payment or the reason it is refused. */
export function transitionPayment(payment: Payment, action: PaymentAction, actor: string): TransitionResult {
  if (typeof actor !== 'string' || actor.trim() === '') return { ok: false, code: 'ledger.actor_missing', params: {} };
  const to = targetState(payment.state, action);
  if (to === undefined) {
    return { ok: false, code: 'ledger.transition_not_allowed', params: { paymentId: payment.id, from: payment.state, action } };
  }
  if (action === 'approve') {
    if (actor === payment.createdBy) return { ok: false, code: 'ledger.four_eyes', params: { paymentId: payment.id, actor } };
    return { ok: true, payment: { ...payment, state: to, approvedBy: actor } };
  }
  return { ok: true, payment: { ...payment, state: to } };
}

