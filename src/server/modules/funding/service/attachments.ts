/**
 * Files answering a file question: stored by content hash with the question's size limit and
 * allowed (sniffed) types; the answer lists the attachment ids. Removing a file from the answer
 * keeps its row, since submitted versions may name it.
 */
import type { Readable } from 'node:stream';
import type { ApplicationDto } from '../../../../shared/contracts/funding-applications.js';
import type { Answers } from '../../../../shared/contracts/funding.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, notFound } from '../../../platform/http/errors.js';
import * as apps from '../repository/applications.js';
import { callDocs } from '../presenters.js';
import { loadApplication, loadForEdit } from './access.js';
import { getApplication } from './applications.js';
import { cleanName, storeUpload } from './files.js';
import { questionsOf } from './validate-call.js';

const filesOf = (answers: Answers, questionId: string): string[] => {
  const v = answers[questionId];
  return Array.isArray(v) ? v : [];
};

export async function uploadAttachment(ctx: Ctx, applicationId: string, questionId: string, file: { stream: Readable; filename: string }): Promise<ApplicationDto> {
  const loaded = await loadForEdit(ctx, applicationId);
  const question = questionsOf(callDocs(loaded.call).form).find((q) => q.id === questionId);
  if (!question || question.type !== 'file') throw invalid([{ path: 'questionId', code: 'funding:answers.unknown_question' }]);
  if (filesOf(loaded.app.answers as Answers, questionId).length >= question.maxFiles) throw new AppError('funding.too_many_files', { max: question.maxFiles });
  const stored = await storeUpload(ctx, file.stream, { maxBytes: question.maxSizeMb * 1024 * 1024, allowed: question.allowedTypes });
  await inTransaction(ctx, async (tx) => {
    const current = filesOf(((await apps.lockApplication(tx.db, applicationId))?.answers ?? {}) as Answers, questionId);
    if (current.length >= question.maxFiles) throw new AppError('funding.too_many_files', { max: question.maxFiles });
    const row = await apps.insertAttachment(tx.db, {
      applicationId,
      questionId,
      name: cleanName(file.filename),
      sha256: stored.sha256,
      size: stored.size,
      mediaType: stored.mediaType,
      uploadedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
    });
    await apps.mergeAnswers(tx.db, applicationId, { [questionId]: [...current, row.id] }, tx.clock.now());
    await audit(tx, { action: 'funding.attachment_added', entityType: 'application', entityId: applicationId, summary: { attachmentId: row.id, questionId, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType } });
  });
  return getApplication(ctx, applicationId);
}

export async function removeAttachment(ctx: Ctx, attachmentId: string): Promise<ApplicationDto> {
  const row = await apps.findAttachment(ctx.db, attachmentId);
  if (!row) throw notFound('attachment', attachmentId);
  const loaded = await loadForEdit(ctx, row.applicationId);
  const remaining = filesOf(loaded.app.answers as Answers, row.questionId).filter((id) => id !== attachmentId);
  await inTransaction(ctx, async (tx) => {
    await apps.mergeAnswers(tx.db, row.applicationId, { [row.questionId]: remaining.length ? remaining : null }, tx.clock.now());
    await audit(tx, { action: 'funding.attachment_removed', entityType: 'application', entityId: row.applicationId, summary: { attachmentId, questionId: row.questionId } });
  });
  return getApplication(ctx, row.applicationId);
}

/** An attachment, for whoever may read its application. */
export async function attachmentForDownload(ctx: Ctx, attachmentId: string): Promise<apps.AttachmentRow> {
  const row = await apps.findAttachment(ctx.db, attachmentId);
  if (!row) throw notFound('attachment', attachmentId);
  await loadApplication(ctx, row.applicationId);
  return row;
}
