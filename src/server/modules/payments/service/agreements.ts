/**
 * Grant agreements: staff create one per funded project (amounts per partner are its awards) and
 * record its signature; signing creates the payment schedule, one payment per award and tranche,
 * split to the cent by the ledger engine. The signature tranche is due at once. Terminating a signed
 * agreement cancels, in the same transaction, every payment of it not yet paid.
 */
import { percentToBasisPoints, splitAward } from '../../../../engines/ledger/index.js';
import type { ProjectDto } from '../../../../shared/contracts/payments.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, invalid, notFound } from '../../../platform/http/errors.js';
import { can } from '../policy.js';
import * as pay from '../repository/payments.js';
import * as projects from '../repository/projects.js';
import { changes } from './ledger.js';
import { getProject, loadProject } from './projects.js';
import { SIGNATURE, schemeOf, specsOf } from './scheme.js';

async function loadForManagement(ctx: Ctx, applicationId: string) {
  const loaded = await loadProject(ctx, applicationId);
  if (!can(ctx.actor, 'manage', loaded.funded.programme)) throw forbidden('manage_agreement');
  return loaded;
}

/** Creates the draft agreement of a funded project. */
export async function createAgreement(ctx: Ctx, applicationId: string, input: { startsOn: string; endsOn: string }): Promise<ProjectDto> {
  const { funded, awards } = await loadForManagement(ctx, applicationId);
  if (awards.length === 0) throw new AppError('payments.no_awards', {});
  await inTransaction(ctx, async (tx) => {
    const row = await projects.insertAgreement(tx.db, { applicationId, startsOn: input.startsOn, endsOn: input.endsOn, createdBy: actorId(tx.actor) });
    if (!row) throw new AppError('payments.agreement_exists', { reference: funded.application.reference });
    const amounts = awards.map((a) => ({ organisationId: a.organisationId, amountCents: a.amountCents }));
    await audit(tx, { action: 'payments.agreement_created', entityType: 'grant_agreement', entityId: row.id, summary: { applicationId, startsOn: input.startsOn, endsOn: input.endsOn, amounts } });
  });
  return getProject(ctx, applicationId);
}

/** Records the signature and creates the payment schedule, in one transaction. */
export async function signAgreement(ctx: Ctx, agreementId: string, input: { signedOn: string }): Promise<ProjectDto> {
  const found = await projects.findAgreement(ctx.db, agreementId);
  if (!found) throw notFound('agreement', agreementId);
  const { funded, awards } = await loadForManagement(ctx, found.applicationId);
  const scheme = schemeOf(funded.call.paymentScheme);
  if (!scheme) throw new AppError('payments.no_payment_scheme', { call: funded.call.code });
  await inTransaction(ctx, async (tx) => {
    const agreement = await projects.lockAgreement(tx.db, agreementId);
    if (!agreement || agreement.status !== 'draft') throw new AppError('payments.agreement_not_draft', { status: agreement?.status ?? '' });
    await projects.markSigned(tx.db, agreementId, input.signedOn);
    const now = tx.clock.now();
    const by = actorId(tx.actor);
    const rows = awards.flatMap((a) =>
      splitAward(a.amountCents, specsOf(scheme)).map((t) => {
        const tranche = scheme.tranches[t.index]!;
        const due = tranche.milestone === SIGNATURE;
        return {
          programmeId: a.programmeId,
          agreementId,
          awardId: a.id,
          organisationId: a.organisationId,
          trancheIndex: t.index,
          milestone: tranche.milestone,
          labelEs: tranche.labelEs,
          labelEn: tranche.labelEn,
          basisPoints: percentToBasisPoints(tranche.percent) ?? 0,
          amountCents: t.amountCents,
          createdBy: by,
          dueAt: due ? now : null,
          madeDueBy: due ? by : null,
          createdAt: now,
          updatedAt: now,
        };
      }),
    );
    const created = await pay.insertPayments(tx.db, rows);
    await audit(tx, {
      action: 'payments.agreement_signed',
      entityType: 'grant_agreement',
      entityId: agreementId,
      summary: { applicationId: funded.application.id, signedOn: input.signedOn, payments: created.map((p) => ({ id: p.id, awardId: p.awardId, trancheIndex: p.trancheIndex, amountCents: p.amountCents, due: p.dueAt !== null })) },
    });
  });
  return getProject(ctx, found.applicationId);
}

/**
 * Ends a signed agreement early (the recipient gave up, or breached it): its scheduled and approved
 * payments are cancelled with the reason, paid ones stay as they are (a refund is a `return`).
 */
export async function terminateAgreement(ctx: Ctx, agreementId: string, input: { terminatedOn: string; reason: string }): Promise<ProjectDto> {
  const found = await projects.findAgreement(ctx.db, agreementId);
  if (!found) throw notFound('agreement', agreementId);
  await loadForManagement(ctx, found.applicationId);
  await inTransaction(ctx, async (tx) => {
    const agreement = await projects.lockAgreement(tx.db, agreementId);
    if (!agreement || agreement.status !== 'signed') throw new AppError('payments.agreement_not_active', { status: agreement?.status ?? '' });
    if (agreement.signedOn && input.terminatedOn < agreement.signedOn) {
      throw invalid([{ path: 'terminatedOn', code: 'payments:agreement.terminated_before_signature', params: { signedOn: agreement.signedOn } }]);
    }
    const by = actorId(tx.actor);
    const now = tx.clock.now();
    await projects.markTerminated(tx.db, agreementId, { terminatedOn: input.terminatedOn, terminationReason: input.reason, terminatedBy: by });
    const cancelled = [];
    for (const p of await pay.lockUnpaid(tx.db, agreementId)) {
      if (!(await pay.updateIfState(tx.db, p.id, p.state, changes('cancel', by, now, { reason: input.reason }), now))) throw new AppError('payments.concurrent_change', {});
      cancelled.push({ id: p.id, awardId: p.awardId, trancheIndex: p.trancheIndex, from: p.state, amountCents: p.amountCents });
    }
    await audit(tx, { action: 'payments.agreement_terminated', entityType: 'grant_agreement', entityId: agreementId, summary: { applicationId: agreement.applicationId, terminatedOn: input.terminatedOn, reason: input.reason, cancelled } });
  });
  return getProject(ctx, found.applicationId);
}
