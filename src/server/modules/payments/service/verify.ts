/**
 * The ledger invariant over what the database holds, per programme and to the cent (ledger engine
 * `verifyLedger`): awarded = paid + due (scheduled + approved) + cancelled + returned, and the
 * payments of every award sum to the award. Awards count from their agreement's signature (when
 * their schedule is created).
 */
import { verifyLedger, type Award, type Discrepancy } from '../../../../engines/ledger/index.js';
import type { BreakdownDto } from '../../../../shared/contracts/payments.js';
import type { Ctx } from '../../../platform/context.js';
import * as pay from '../repository/payments.js';
import * as projects from '../repository/projects.js';
import { enginePayment } from './ledger.js';

export interface LedgerCheck {
  ok: boolean;
  programmes: BreakdownDto[];
  discrepancies: Discrepancy[];
}

/** The engine's awards of the ledger: awards of projects with a signed agreement. */
export async function ledgerAwards(ctx: Ctx, programmeId?: string): Promise<Award[]> {
  return (await projects.scheduledAwards(ctx.db, programmeId)).map((a) => ({ id: a.id, programmeId: a.programmeId, amountCents: a.amountCents }));
}

export async function verifyLedgers(ctx: Ctx, programmeId?: string): Promise<LedgerCheck> {
  const [awards, payments, programmes] = await Promise.all([ledgerAwards(ctx, programmeId), pay.allPayments(ctx.db, programmeId), projects.programmeCodes(ctx.db)]);
  const r = verifyLedger(awards, payments.map(enginePayment));
  const failing = new Set(r.discrepancies.map((d) => d.programmeId));
  return {
    ok: r.ok,
    discrepancies: [...r.discrepancies],
    programmes: r.programmes.map((b) => ({
      programmeId: b.programmeId,
      programmeCode: programmes.get(b.programmeId) ?? b.programmeId,
      awardedCents: b.awardedCents,
      scheduledCents: b.scheduledCents,
      approvedCents: b.approvedCents,
      paidCents: b.paidCents,
      cancelledCents: b.cancelledCents,
      returnedCents: b.returnedCents,
      differenceCents: b.differenceCents,
      ok: !failing.has(b.programmeId),
    })),
  };
}
