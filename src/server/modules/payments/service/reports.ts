/**
 * Progress and final reports: the lead organisation's people upload one per milestone (stored by
 * content hash); staff accept it, which makes the milestone's tranche due, or ask for changes with
 * a comment. Both are audited and mailed to whoever uploaded the report.
 */
import type { Readable } from 'node:stream';
import type { ProjectDto } from '../../../../shared/contracts/payments.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, invalid, notFound } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { cleanName, storeUpload } from '../../funding/index.js';
import { findUserById } from '../../identity/index.js';
import { can } from '../policy.js';
import * as pay from '../repository/payments.js';
import * as projects from '../repository/projects.js';
import * as reports from '../repository/reports.js';
import { getProject, loadProject } from './projects.js';
import { milestonesOf, schemeOf } from './scheme.js';

/** File types a report may be: PDF and office documents. */
export const REPORT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
const MAX_REPORT_MB = 25;

export async function uploadReport(ctx: Ctx, applicationId: string, milestone: string, file: { stream: Readable; filename: string }): Promise<ProjectDto> {
  const { funded, standing } = await loadProject(ctx, applicationId);
  if (standing !== 'lead') throw forbidden('upload_report');
  const agreement = funded.agreement;
  if (!agreement || agreement.status !== 'signed') throw new AppError('payments.agreement_not_signed', {});
  const target = milestonesOf(schemeOf(funded.call.paymentScheme)).find((m) => m.milestone === milestone && m.reportable);
  if (!target?.kind) throw invalid([{ path: 'milestone', code: 'payments:report.milestone_unknown' }]);
  const stored = await storeUpload(ctx, file.stream, { maxBytes: MAX_REPORT_MB * 1024 * 1024, allowed: REPORT_TYPES });
  await inTransaction(ctx, async (tx) => {
    await projects.lockAgreement(tx.db, agreement.id);
    const existing = await reports.reportsOfMilestone(tx.db, agreement.id, milestone);
    if (existing.some((r) => r.status === 'accepted')) throw new AppError('payments.milestone_done', {});
    if (existing.some((r) => r.status === 'submitted')) throw new AppError('payments.report_pending', {});
    const row = await reports.insertReport(tx.db, {
      agreementId: agreement.id,
      applicationId,
      milestone,
      kind: target.kind!,
      name: cleanName(file.filename),
      sha256: stored.sha256,
      size: stored.size,
      mediaType: stored.mediaType,
      submittedBy: actorId(tx.actor),
      submittedAt: tx.clock.now(),
    });
    await audit(tx, { action: 'payments.report_submitted', entityType: 'project_report', entityId: row.id, summary: { applicationId, milestone, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType } });
  });
  return getProject(ctx, applicationId);
}

async function mailSubmitter(ctx: Ctx, report: reports.ReportRow, reference: string, accepted: boolean): Promise<void> {
  const user = report.submittedBy ? await findUserById(ctx.db, report.submittedBy) : undefined;
  if (!user) return;
  const template = accepted ? 'paymentsReportAccepted' : 'paymentsReportChanges';
  await sendMail(ctx, {
    to: user.email,
    locale: user.locale,
    template,
    params: { name: user.name, reference, report: report.name, comment: report.comment ?? '' },
    action: { url: `${ctx.config.publicUrl}/projects/${report.applicationId}`, labelKey: `mail:${template}.action` },
  });
}

/** Staff accept a report (its milestone's tranche becomes due) or ask for changes. */
export async function decideReport(ctx: Ctx, reportId: string, input: { decision: 'accept' | 'request_changes'; comment?: string | undefined }): Promise<ProjectDto> {
  const found = await reports.findReport(ctx.db, reportId);
  if (!found) throw notFound('report', reportId);
  const { funded } = await loadProject(ctx, found.applicationId);
  if (!can(ctx.actor, 'manage', funded.programme)) throw forbidden('decide_report');
  await inTransaction(ctx, async (tx) => {
    const locked = await reports.lockReport(tx.db, reportId);
    if (!locked || locked.status !== 'submitted') throw new AppError('payments.report_decided', {});
    const now = tx.clock.now();
    const accepted = input.decision === 'accept';
    const decided = await reports.decideReport(tx.db, reportId, { status: accepted ? 'accepted' : 'changes_requested', decidedBy: actorId(tx.actor), decidedAt: now, comment: input.comment?.trim() || null });
    const due = accepted ? await pay.makeMilestoneDue(tx.db, locked.agreementId, locked.milestone, actorId(tx.actor), now) : [];
    await audit(tx, {
      action: accepted ? 'payments.report_accepted' : 'payments.report_changes_requested',
      entityType: 'project_report',
      entityId: reportId,
      summary: { applicationId: locked.applicationId, milestone: locked.milestone, comment: decided.comment, madeDue: due.map((p) => ({ id: p.id, amountCents: p.amountCents })) },
    });
    await mailSubmitter(tx, decided, funded.application.reference, accepted);
  });
  return getProject(ctx, found.applicationId);
}

/** A report's file, for whoever may see its project. */
export async function reportForDownload(ctx: Ctx, reportId: string): Promise<reports.ReportRow> {
  const row = await reports.findReport(ctx.db, reportId);
  if (!row) throw notFound('report', reportId);
  await loadProject(ctx, row.applicationId);
  return row;
}
