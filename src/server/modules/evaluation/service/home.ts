/**
 * The evaluator's side: their assignments per call (after accepting the terms), the declaration of
 * (no) conflict of interest, and, once declared free of conflict, the submitted version's content
 * and its files. Every read goes through `clearance.ts`.
 */
import type { EvalContentDto, MyEvaluationsDto } from '../../../../shared/contracts/evaluation-pool.js';
import type { Snapshot } from '../../../../shared/contracts/funding.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import * as data from '../repository/call-data.js';
import * as decisions from '../repository/decisions.js';
import { clearedAssignment, currentEvaluator, ownAssignment } from './clearance.js';

async function acceptedEvaluator(ctx: Ctx) {
  const me = await currentEvaluator(ctx);
  if (!me.termsAcceptedAt) throw new AppError('evaluation.terms_required');
  return me;
}

export async function myEvaluations(ctx: Ctx): Promise<MyEvaluationsDto> {
  const me = await currentEvaluator(ctx);
  if (!me.termsAcceptedAt) return { termsAccepted: false, calls: [] };
  const rows = (await decisions.evaluatorAssignments(ctx.db, me.id)).filter((a) => a.coiStatus !== 'conflict');
  const apps = await data.applicationsByIds(ctx.db, rows.map((r) => r.applicationId));
  const orgs = await data.consortia(ctx.db, apps.map((a) => a.id));
  const calls = await data.callsByIds(ctx.db, [...new Set(rows.map((r) => r.callId))]);
  return {
    termsAccepted: true,
    calls: calls
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => ({
        callId: c.id,
        code: c.code,
        titleEs: c.titleEs,
        titleEn: c.titleEn,
        assignments: rows
          .filter((r) => r.callId === c.id)
          .flatMap((r) => {
            const app = apps.find((a) => a.id === r.applicationId);
            if (!app) return [];
            const coiStatus = r.coiStatus === 'no_conflict' ? ('no_conflict' as const) : ('pending' as const);
            return [{ applicationId: app.id, reference: app.reference, acronym: app.acronym, title: app.title, organisations: orgs.filter((o) => o.applicationId === app.id).map((o) => o.legalName), coiStatus }];
          })
          .sort((a, b) => a.reference.localeCompare(b.reference)),
      })),
  };
}

/**
 * Declares no conflict (the content opens) or a conflict (the pair leaves the assignment and the
 * slot is free for the next run). Once made, a declaration is final.
 */
export async function declare(ctx: Ctx, applicationId: string, input: { conflict: boolean; note: string | null }): Promise<{ coiStatus: 'no_conflict' | 'conflict' }> {
  await acceptedEvaluator(ctx);
  const row = await ownAssignment(ctx, applicationId);
  if (row.coiStatus !== 'pending') throw new AppError('evaluation.already_declared');
  const coiStatus = input.conflict ? ('conflict' as const) : ('no_conflict' as const);
  await inTransaction(ctx, async (tx) => {
    await decisions.updateAssignment(tx.db, row.id, { coiStatus, coiDeclaredAt: tx.clock.now(), coiNote: input.note });
    await audit(tx, { action: input.conflict ? 'evaluation.conflict_declared' : 'evaluation.no_conflict_declared', entityType: 'application', entityId: applicationId, summary: { evaluatorId: row.evaluatorId, note: input.note } });
  });
  return { coiStatus };
}

async function clearedVersion(ctx: Ctx, applicationId: string) {
  await acceptedEvaluator(ctx);
  await clearedAssignment(ctx, applicationId);
  const [app] = await data.applicationsByIds(ctx.db, [applicationId]);
  const version = await data.latestVersion(ctx.db, applicationId);
  if (!app || !version) throw notFound('application', applicationId);
  return { app, version, snapshot: version.snapshot as Partial<Snapshot> };
}

/** The latest submitted version of an assigned application, declared free of conflict. */
export async function applicationContent(ctx: Ctx, applicationId: string): Promise<EvalContentDto> {
  const { app, version, snapshot: s } = await clearedVersion(ctx, applicationId);
  return {
    applicationId,
    reference: app.reference,
    version: version.version,
    submittedAt: version.submittedAt.toISOString(),
    acronym: s.application?.acronym ?? app.acronym,
    title: s.application?.title ?? app.title,
    topics: s.application?.topics ?? app.topics,
    consortium: (s.consortium ?? []).map((p) => ({ partnerId: p.partnerId, legalName: p.legalName, country: p.country, roles: p.roles, lead: p.lead, requestedCents: p.requestedCents })),
    form: s.form ?? null,
    answers: (s.answers ?? {}) as Record<string, unknown>,
    attachments: (s.attachments ?? []).map((a) => ({ id: a.id, questionId: a.questionId, name: a.name, size: a.size, mediaType: a.mediaType })),
  };
}

/** A file of the submitted version, through the same gate (404 for files of other versions). */
export async function attachmentForEvaluator(ctx: Ctx, applicationId: string, attachmentId: string): Promise<data.AttachmentRow> {
  const { snapshot } = await clearedVersion(ctx, applicationId);
  const listed = (snapshot.attachments ?? []).find((a) => a.id === attachmentId);
  const row = listed ? await data.findAttachment(ctx.db, attachmentId) : undefined;
  if (!row || row.applicationId !== applicationId || row.sha256 !== listed?.sha256) throw notFound('attachment', attachmentId);
  return row;
}
