/**
 * The payments ledger: scheduled -> approved -> paid, or cancelled / returned, through the ledger
 * engine's state machine. Four eyes: the approver is neither the payment's creator nor the person
 * who made it due. Each transition locks the payment row and updates it only from the state it was
 * read in, so two concurrent approvals cannot both apply; every transition is audited.
 */
import { targetState, transitionPayment, type Payment, type PaymentAction } from '../../../../engines/ledger/index.js';
import type { PaymentDto } from '../../../../shared/contracts/payments.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { actorKey, can } from '../policy.js';
import { presentPayment } from '../presenters.js';
import * as pay from '../repository/payments.js';
import * as projects from '../repository/projects.js';

/** The engine's view of a stored payment. */
export function enginePayment(p: pay.PaymentRow): Payment {
  return {
    id: p.id,
    programmeId: p.programmeId,
    awardId: p.awardId,
    trancheIndex: p.trancheIndex,
    label: p.labelEn,
    milestone: p.milestone,
    amountCents: p.amountCents,
    state: p.state,
    createdBy: p.createdBy ?? 'system',
    ...(p.approvedBy ? { approvedBy: p.approvedBy } : {}),
  };
}

type Extra = { valueDate: string; reference: string } | { reason: string } | Record<string, never>;

/** The columns a transition sets (shared by every path that moves a payment). */
export function changes(action: PaymentAction, by: string | null, now: Date, extra: Extra): Partial<pay.PaymentInsert> {
  switch (action) {
    case 'approve':
      return { state: 'approved', approvedBy: by, approvedAt: now };
    case 'pay': {
      const e = extra as { valueDate: string; reference: string };
      return { state: 'paid', paidBy: by, paidAt: now, valueDate: e.valueDate, bankReference: e.reference };
    }
    case 'cancel':
      return { state: 'cancelled', closedBy: by, closedAt: now, closeReason: (extra as { reason: string }).reason };
    case 'return':
      return { state: 'returned', closedBy: by, closedAt: now, closeReason: (extra as { reason: string }).reason };
  }
}

function refuse(p: pay.PaymentRow, action: PaymentAction, actor: string): void {
  if (targetState(p.state, action) === undefined) throw new AppError('payments.transition_not_allowed', { from: p.state, action });
  if (action === 'approve' && p.dueAt === null) throw new AppError('payments.not_due', { milestone: p.milestone });
  if (action === 'approve' && p.madeDueBy !== null && p.madeDueBy === actor) throw new AppError('payments.four_eyes', { who: 'made_due' });
  const result = transitionPayment(enginePayment(p), action, actor);
  if (result.ok) return;
  if (result.code === 'ledger.four_eyes') throw new AppError('payments.four_eyes', { who: 'created' });
  throw new AppError('payments.transition_not_allowed', { from: p.state, action });
}

async function transition(ctx: Ctx, paymentId: string, action: PaymentAction, extra: Extra): Promise<PaymentDto> {
  const found = await pay.findPayment(ctx.db, paymentId);
  if (!found) throw notFound('payment', paymentId);
  const programme = await projects.findProgramme(ctx.db, found.programmeId);
  if (!programme || !can(ctx.actor, action === 'cancel' ? 'cancel' : 'pay', programme)) throw forbidden(`payment_${action}`);
  await inTransaction(ctx, async (tx) => {
    const p = await pay.lockPayment(tx.db, paymentId);
    if (!p) throw notFound('payment', paymentId);
    refuse(p, action, actorKey(tx.actor));
    const now = tx.clock.now();
    const values = changes(action, actorId(tx.actor), now, extra);
    if (!(await pay.updateIfState(tx.db, paymentId, p.state, values, now))) throw new AppError('payments.concurrent_change', {});
    await audit(tx, { action: `payments.payment_${values.state}`, entityType: 'payment', entityId: paymentId, summary: { from: p.state, to: values.state, amountCents: p.amountCents, awardId: p.awardId, ...extra } });
  });
  const [line] = await pay.ledgerLines(ctx.db, { paymentId });
  return presentPayment(line!);
}

export const approvePayment = (ctx: Ctx, id: string) => transition(ctx, id, 'approve', {});
export const payPayment = (ctx: Ctx, id: string, input: { valueDate: string; reference: string }) => transition(ctx, id, 'pay', input);
export const cancelPayment = (ctx: Ctx, id: string, input: { reason: string }) => transition(ctx, id, 'cancel', input);
export const returnPayment = (ctx: Ctx, id: string, input: { reason: string }) => transition(ctx, id, 'return', input);

/** The ledger of a programme (back office). */
export async function programmeLedger(ctx: Ctx, programmeId: string, query: { state?: pay.PaymentRow['state'] | undefined }): Promise<PaymentDto[]> {
  const programme = await projects.findProgramme(ctx.db, programmeId);
  if (!programme) throw notFound('programme', programmeId);
  if (!can(ctx.actor, 'view', programme)) throw forbidden('view_ledger');
  const lines = await pay.ledgerLines(ctx.db, { programmeId, ...(query.state ? { states: [query.state] } : {}) });
  return lines.map(presentPayment);
}
