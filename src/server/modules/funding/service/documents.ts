/** Documents published with a call (guide for applicants, templates, annexes). */
import type { Readable } from 'node:stream';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import * as repo from '../repository/calls.js';
import { presentDocument } from '../presenters.js';
import { loadCall } from './calls.js';
import { cleanName, storeUpload } from './files.js';
import { seesBackOffice } from '../policy.js';

export const DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
] as const;

export async function addDocument(ctx: Ctx, callId: string, file: { stream: Readable; filename: string }, meta: { title: string; language: 'es' | 'en' | null }) {
  await loadCall(ctx, callId, true);
  const stored = await storeUpload(ctx, file.stream, { maxBytes: ctx.config.UPLOAD_LIMIT_MB * 1024 * 1024, allowed: DOCUMENT_TYPES });
  const row = await inTransaction(ctx, async (tx) => {
    const doc = await repo.insertDocument(tx.db, { callId, title: meta.title, language: meta.language, name: cleanName(file.filename), sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType });
    await audit(tx, { action: 'funding.document_added', entityType: 'call', entityId: callId, summary: { documentId: doc.id, title: doc.title, sha256: doc.sha256 } });
    return doc;
  });
  return presentDocument(row);
}

export async function removeDocument(ctx: Ctx, id: string): Promise<void> {
  const doc = await repo.findDocument(ctx.db, id);
  if (!doc) throw notFound('document', id);
  await loadCall(ctx, doc.callId, true);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteDocument(tx.db, id);
    await audit(tx, { action: 'funding.document_removed', entityType: 'call', entityId: doc.callId, summary: { documentId: id, title: doc.title } });
  });
}

/** A document of a published call (anyone), or of any call the actor sees in the back office. */
export async function documentForDownload(ctx: Ctx, id: string): Promise<repo.CallDocumentRow> {
  const doc = await repo.findDocument(ctx.db, id);
  const call = doc ? await repo.findCall(ctx.db, doc.callId) : undefined;
  if (!doc || !call || (call.status === 'draft' && !seesBackOffice(ctx.actor))) throw notFound('document', id);
  return doc;
}
