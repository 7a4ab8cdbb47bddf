import { describe, expect, it } from 'vitest';
import { PAYMENT_STATES, transitionPayment, type Payment, type PaymentAction, type PaymentState } from './payments.js';

const base: Payment = {
  id: 'aw1/1',
  programmeId: 'prog',
  awardId: 'aw1',
  trancheIndex: 0,
  label: 'Signature',
  amountCents: 1_000_00,
  state: 'scheduled',
  createdBy: 'alice',
};
const at = (state: PaymentState): Payment => ({ ...base, state });

describe('payment state machine', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = new Map<string, PaymentState>([
      ['scheduled approve', 'approved'],
      ['scheduled cancel', 'cancelled'],
      ['approved pay', 'paid'],
      ['approved cancel', 'cancelled'],
      ['paid return', 'returned'],
    ]);
    const actions: PaymentAction[] = ['approve', 'pay', 'cancel', 'return'];
    for (const from of PAYMENT_STATES) {
      for (const action of actions) {
        const r = transitionPayment(at(from), action, 'bob');
        const expected = allowed.get(`${from} ${action}`);
        if (expected) expect(r).toMatchObject({ ok: true, payment: { state: expected } });
        else expect(r).toEqual({ ok: false, code: 'ledger.transition_not_allowed', params: { paymentId: 'aw1/1', from, action } });
      }
    }
  });

  it('refuses to return a payment that was never paid', () => {
    expect(transitionPayment(at('approved'), 'return', 'bob')).toMatchObject({ ok: false, code: 'ledger.transition_not_allowed' });
    expect(transitionPayment(at('scheduled'), 'return', 'bob')).toMatchObject({ ok: false, code: 'ledger.transition_not_allowed' });
  });

  it('enforces four eyes: the creator cannot approve', () => {
    expect(transitionPayment(base, 'approve', 'alice')).toEqual({ ok: false, code: 'ledger.four_eyes', params: { paymentId: 'aw1/1', actor: 'alice' } });
    const r = transitionPayment(base, 'approve', 'bob');
    expect(r).toEqual({ ok: true, payment: { ...base, state: 'approved', approvedBy: 'bob' } });
  });

  it('requires an actor and is safe against unknown action strings', () => {
    expect(transitionPayment(base, 'approve', ' ')).toMatchObject({ ok: false, code: 'ledger.actor_missing' });
    expect(transitionPayment(base, 'toString' as PaymentAction, 'bob')).toMatchObject({ ok: false, code: 'ledger.transition_not_allowed' });
  });

  it('does not mutate the input payment', () => {
    const p = { ...base };
    transitionPayment(p, 'approve', 'bob');
    expect(p).toEqual(base);
  });
});
