/**
 * Ledger verification. Invariant, per programme and to the cent:
 *
 *   awarded = paid + due (scheduled + approved) + cancelled + returned
 *
 * and, more finely, the payments of every award sum to the award. `verifyLedger` returns the
 * per-programme breakdown and every discrepancy found; it never throws on bad data, so it can be run
 * on whatever the database holds.
 */
import { PAYMENT_STATES, type Payment, type PaymentState } from './payments.js';
import type { Award } from './ledger.js';
import { isCents } from './tranches.js';

/** Sums of one programme, in cents. */
export interface ProgrammeBreakdown {
  readonly programmeId: string;
  readonly awardedCents: number;
  readonly scheduledCents: number;
  readonly approvedCents: number;
  /** scheduled + approved. */
  readonly dueCents: number;
  readonly paidCents: number;
  readonly cancelledCents: number;
  readonly returnedCents: number;
  /** paid + due + cancelled + returned. */
  readonly accountedCents: number;
  /** awarded - accounted; 0 when the programme balances. */
  readonly differenceCents: number;
}

/** Discrepancy codes. */
export type DiscrepancyCode =
  | 'ledger.programme_imbalance'
  | 'ledger.award_imbalance'
  | 'ledger.payment_unknown_award'
  | 'ledger.payment_programme_mismatch'
  | 'ledger.payment_state_invalid'
  | 'ledger.amount_invalid'
  | 'ledger.duplicate_id';

/** One problem found by `verifyLedger`. */
export interface Discrepancy {
  readonly code: DiscrepancyCode;
  readonly programmeId?: string;
  readonly awardId?: string;
  readonly paymentId?: string;
  readonly expectedCents?: number;
  readonly actualCents?: number;
}

/** Result of `verifyLedger`. */
export interface LedgerVerification {
  readonly ok: boolean;
  /** Sorted by programme id. */
  readonly programmes: readonly ProgrammeBreakdown[];
  readonly discrepancies: readonly Discrepancy[];
}

type Sums = Record<PaymentState | 'awarded', number>;

function emptySums(): Sums {
  return { awarded: 0, scheduled: 0, approved: 0, paid: 0, cancelled: 0, returned: 0 };
}

function breakdown(programmeId: string, s: Sums): ProgrammeBreakdown {
  const due = s.scheduled + s.approved;
  const accounted = s.paid + due + s.cancelled + s.returned;
  return {
    programmeId,
    awardedCents: s.awarded,
    scheduledCents: s.scheduled,
    approvedCents: s.approved,
    dueCents: due,
    paidCents: s.paid,
    cancelledCents: s.cancelled,
    returnedCents: s.returned,
    accountedCents: accounted,
    differenceCents: s.awarded - accounted,
  };
}

function duplicates(ids: readonly string[], kind: 'awardId' | 'paymentId'): Discrepancy[] {
  const seen = new Set<string>();
  return ids.flatMap((id): Discrepancy[] => {
    const dup = seen.has(id);
    seen.add(id);
    return dup ? [{ code: 'ledger.duplicate_id', [kind]: id }] : [];
  });
}

function paymentChecks(p: Payment, awards: ReadonlyMap<string, Award>): Discrepancy[] {
  const ref = { programmeId: p.programmeId, awardId: p.awardId, paymentId: p.id };
  const out: Discrepancy[] = [];
  if (!isCents(p.amountCents)) out.push({ code: 'ledger.amount_invalid', ...ref });
  if (!PAYMENT_STATES.includes(p.state)) out.push({ code: 'ledger.payment_state_invalid', ...ref });
  const award = awards.get(p.awardId);
  if (!award) out.push({ code: 'ledger.payment_unknown_award', ...ref });
  else if (award.programmeId !== p.programmeId) out.push({ code: 'ledger.payment_programme_mismatch', ...ref });
  return out;
}

/** Checks the ledger invariant per programme and per award; lists every discrepancy. */
export function verifyLedger(awards: readonly Award[], payments: readonly Payment[]): LedgerVerification {
  const discrepancies: Discrepancy[] = [...duplicates(awards.map((a) => a.id), 'awardId'), ...duplicates(payments.map((p) => p.id), 'paymentId')];
  const byAward = new Map(awards.map((a) => [a.id, a]));
  const sums = new Map<string, Sums>();
  const sumsOf = (id: string): Sums => sums.get(id) ?? (sums.set(id, emptySums()).get(id) as Sums);
  const paidPerAward = new Map<string, number>();
  for (const a of awards) {
    if (!isCents(a.amountCents)) discrepancies.push({ code: 'ledger.amount_invalid', programmeId: a.programmeId, awardId: a.id });
    else sumsOf(a.programmeId).awarded += a.amountCents;
  }
  for (const p of payments) {
    const problems = paymentChecks(p, byAward);
    discrepancies.push(...problems);
    if (problems.some((d) => d.code === 'ledger.amount_invalid' || d.code === 'ledger.payment_state_invalid')) continue;
    sumsOf(p.programmeId)[p.state] += p.amountCents;
    paidPerAward.set(p.awardId, (paidPerAward.get(p.awardId) ?? 0) + p.amountCents);
  }
  for (const a of awards) {
    const actual = paidPerAward.get(a.id) ?? 0;
    if (isCents(a.amountCents) && actual !== a.amountCents) {
      const ref = { programmeId: a.programmeId, awardId: a.id };
      discrepancies.push({ code: 'ledger.award_imbalance', ...ref, expectedCents: a.amountCents, actualCents: actual });
    }
  }
  const programmes = [...sums.keys()].sort().map((id) => breakdown(id, sumsOf(id)));
  for (const b of programmes) {
    if (b.differenceCents !== 0) {
      const ref = { programmeId: b.programmeId };
      discrepancies.push({ code: 'ledger.programme_imbalance', ...ref, expectedCents: b.awardedCents, actualCents: b.accountedCents });
    }
  }
  return { ok: discrepancies.length === 0, programmes, discrepancies };
}
