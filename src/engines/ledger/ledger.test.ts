import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLedgerOp, EMPTY_LEDGER, type LedgerOp, type LedgerState } from './ledger.js';
import type { PaymentAction, PaymentState } from './payments.js';
import type { TrancheSpec } from './tranches.js';
import { verifyLedger } from './verify.js';

const S40_45_15: TrancheSpec[] = [
  { label: 'Signature', percent: 40 },
  { label: 'Mid-term', percent: 45 },
  { label: 'Final', percent: 15 },
];
const S100: TrancheSpec[] = [{ label: 'Lump sum', percent: 100 }];
const S_THIRDS: TrancheSpec[] = [
  { label: 'a', percent: 33.33 },
  { label: 'b', percent: 33.33 },
  { label: 'c', percent: 33.34 },
];
const S_BROKEN: TrancheSpec[] = [
  { label: 'a', percent: 50 },
  { label: 'b', percent: 49 },
];

function run(ops: LedgerOp[]): LedgerState {
  return ops.reduce((state, op) => {
    const r = applyLedgerOp(state, op);
    if (!r.ok) throw new Error(`${r.code}`);
    return r.state;
  }, EMPTY_LEDGER);
}

describe('ledger operations', () => {
  const award: LedgerOp = { type: 'award', award: { id: 'A1', programmeId: 'P', amountCents: 50_000_00 }, scheme: S40_45_15, createdBy: 'alice' };

  it('an award creates scheduled payments summing to the award', () => {
    const s = run([award]);
    expect(s.payments.map((p) => [p.id, p.amountCents, p.state])).toEqual([
      ['A1/1', 20_000_00, 'scheduled'],
      ['A1/2', 22_500_00, 'scheduled'],
      ['A1/3', 7_500_00, 'scheduled'],
    ]);
  });

  it('tracks paid, due, cancelled and returned money per programme', () => {
    const s = run([
      award,
      { type: 'transition', paymentId: 'A1/1', action: 'approve', actor: 'bob' },
      { type: 'transition', paymentId: 'A1/1', action: 'pay', actor: 'carol' },
      { type: 'transition', paymentId: 'A1/2', action: 'approve', actor: 'bob' },
      { type: 'transition', paymentId: 'A1/3', action: 'cancel', actor: 'alice' },
      { type: 'award', award: { id: 'A2', programmeId: 'P', amountCents: 10_000_01 }, scheme: S100, createdBy: 'bob' },
      { type: 'transition', paymentId: 'A2/1', action: 'approve', actor: 'alice' },
      { type: 'transition', paymentId: 'A2/1', action: 'pay', actor: 'alice' },
      { type: 'transition', paymentId: 'A2/1', action: 'return', actor: 'alice' },
    ]);
    const v = verifyLedger(s.awards, s.payments);
    expect(v.ok).toBe(true);
    expect(v.programmes).toEqual([
      {
        programmeId: 'P',
        awardedCents: 60_000_01,
        scheduledCents: 0,
        approvedCents: 22_500_00,
        dueCents: 22_500_00,
        paidCents: 20_000_00,
        cancelledCents: 7_500_00,
        returnedCents: 10_000_01,
        accountedCents: 60_000_01,
        differenceCents: 0,
      },
    ]);
  });

  it('refuses a self-approval, an unknown payment, a duplicate award and a broken scheme without changing state', () => {
    const s = run([award]);
    const refused: [LedgerOp, string][] = [
      [{ type: 'transition', paymentId: 'A1/1', action: 'approve', actor: 'alice' }, 'ledger.four_eyes'],
      [{ type: 'transition', paymentId: 'A1/9', action: 'approve', actor: 'bob' }, 'ledger.payment_not_found'],
      [award, 'ledger.award_exists'],
      [{ ...award, award: { id: 'A3', programmeId: 'P', amountCents: 100 }, scheme: S_BROKEN } as LedgerOp, 'ledger.scheme_invalid'],
      [{ ...award, award: { id: 'A4', programmeId: 'P', amountCents: 1.5 } } as LedgerOp, 'ledger.amount_invalid'],
    ];
    for (const [op, code] of refused) {
      const r = applyLedgerOp(s, op);
      expect(r).toMatchObject({ ok: false, code });
    }
  });
});

describe('verifyLedger finds discrepancies', () => {
  const s = run([
    { type: 'award', award: { id: 'A1', programmeId: 'P', amountCents: 1000 }, scheme: S40_45_15, createdBy: 'alice' },
    { type: 'award', award: { id: 'B1', programmeId: 'Q', amountCents: 500 }, scheme: S100, createdBy: 'alice' },
  ]);

  it('a payment changed by one cent breaks its award and its programme', () => {
    const payments = s.payments.map((p) => (p.id === 'A1/2' ? { ...p, amountCents: p.amountCents + 1 } : p));
    const v = verifyLedger(s.awards, payments);
    expect(v.ok).toBe(false);
    expect(v.discrepancies).toEqual([
      { code: 'ledger.award_imbalance', programmeId: 'P', awardId: 'A1', expectedCents: 1000, actualCents: 1001 },
      { code: 'ledger.programme_imbalance', programmeId: 'P', expectedCents: 1000, actualCents: 1001 },
    ]);
    expect(v.programmes.find((p) => p.programmeId === 'P')?.differenceCents).toBe(-1);
    expect(v.programmes.find((p) => p.programmeId === 'Q')?.differenceCents).toBe(0);
  });

  it('a lost payment, a stray payment and bad records are reported', () => {
    const lost = verifyLedger(s.awards, s.payments.filter((p) => p.id !== 'B1/1'));
    expect(lost.discrepancies.map((d) => d.code)).toEqual(['ledger.award_imbalance', 'ledger.programme_imbalance']);
    const stray = { ...s.payments[0]!, id: 'X/1', awardId: 'X' };
    const moved = { ...s.payments[3]!, id: 'B1/2', programmeId: 'P', amountCents: 0 };
    const badState = { ...s.payments[1]!, id: 'A1/7', state: 'lost' as PaymentState };
    const v = verifyLedger(s.awards, [...s.payments, stray, moved, badState, s.payments[0]!]);
    expect(v.discrepancies.map((d) => d.code)).toEqual([
      'ledger.duplicate_id',
      'ledger.payment_unknown_award',
      'ledger.payment_programme_mismatch',
      'ledger.payment_state_invalid',
      'ledger.award_imbalance',
      'ledger.programme_imbalance',
    ]);
  });
});

// ---- property: random operation sequences keep the invariant after every step ----

const ALLOWED: Record<string, PaymentState> = {
  'scheduled approve': 'approved',
  'scheduled cancel': 'cancelled',
  'approved pay': 'paid',
  'approved cancel': 'cancelled',
  'paid return': 'returned',
};
const ACTORS = ['alice', 'bob', 'carol'];

type RawOp =
  | { kind: 'award'; id: number; programme: string; amount: number; scheme: TrancheSpec[]; actor: string }
  | { kind: 'transition'; pick: number; action: PaymentAction; actor: string };

// transitions outnumber awards and target the latest payments, so that long lifecycles
// (approve -> pay -> return) and refused moves from every state are exercised
const rawOpArb: fc.Arbitrary<RawOp> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('award' as const),
      id: fc.integer({ min: 0, max: 12 }),
      programme: fc.constantFrom('P1', 'P2', 'P3'),
      amount: fc.oneof(fc.integer({ min: 0, max: 100_000_000_000 }), fc.integer({ min: 0, max: 10 })),
      scheme: fc.constantFrom(S40_45_15, S100, S_THIRDS, S_BROKEN),
      actor: fc.constantFrom(...ACTORS),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('transition' as const),
      pick: fc.nat({ max: 3 }),
      action: fc.constantFrom<PaymentAction>('approve', 'approve', 'pay', 'pay', 'return', 'cancel'),
      actor: fc.constantFrom(...ACTORS),
    }),
  },
);

function toOp(raw: RawOp, state: LedgerState): LedgerOp {
  if (raw.kind === 'award') {
    return { type: 'award', award: { id: `A${raw.id}`, programmeId: raw.programme, amountCents: raw.amount }, scheme: raw.scheme, createdBy: raw.actor };
  }
  const target = state.payments[state.payments.length - 1 - raw.pick];
  return { type: 'transition', paymentId: target?.id ?? 'none', action: raw.action, actor: raw.actor };
}

/** What the independent model expects of an operation. */
function expectedOutcome(op: LedgerOp, state: LedgerState): PaymentState | 'award' | 'refused' {
  if (op.type === 'award') {
    const fresh = !state.awards.some((a) => a.id === op.award.id);
    return fresh && op.scheme !== S_BROKEN ? 'award' : 'refused';
  }
  const p = state.payments.find((x) => x.id === op.paymentId);
  const to = p && ALLOWED[`${p.state} ${op.action}`];
  if (!p || !to || (op.action === 'approve' && op.actor === p.createdBy)) return 'refused';
  return to;
}

describe('ledger invariant under random operations', () => {
  it('awarded = paid + due + cancelled + returned per programme after every step', () => {
    fc.assert(
      fc.property(fc.array(rawOpArb, { maxLength: 60, size: 'max' }), (raws) => {
        let state = EMPTY_LEDGER;
        const awarded = new Map<string, number>();
        for (const raw of raws) {
          const op = toOp(raw, state);
          const expected = expectedOutcome(op, state);
          const r = applyLedgerOp(state, op);
          expect(r.ok).toBe(expected !== 'refused');
          if (!r.ok) continue;
          if (op.type === 'award') awarded.set(op.award.programmeId, (awarded.get(op.award.programmeId) ?? 0) + op.award.amountCents);
          else expect(r.state.payments.find((p) => p.id === op.paymentId)?.state).toBe(expected);
          state = r.state;
          const v = verifyLedger(state.awards, state.payments);
          expect(v.discrepancies).toEqual([]);
          expect(v.programmes.map((p) => [p.programmeId, p.awardedCents])).toEqual([...awarded].sort(([a], [b]) => a.localeCompare(b)));
          for (const p of state.payments) {
            if (p.approvedBy !== undefined) expect(p.approvedBy).not.toBe(p.createdBy);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
