/**
 * Uploads and downloads of funding files (call documents, application attachments) through the
 * content-addressed file store: the type is sniffed from the content and must be one of those
 * allowed; the size limit is enforced while streaming (the upload is never held in memory).
 */
import type { Readable } from 'node:stream';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import type { StoredFile } from '../../../platform/files/store.js';

/** Media types the store sniffs for office documents it cannot tell apart from a plain ZIP. */
const ZIP_FAMILY = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/** Stores an upload and checks its sniffed type against `allowed`; a refused file stays unreferenced. */
export async function storeUpload(ctx: Ctx, source: Readable, opts: { maxBytes: number; allowed: readonly string[] }): Promise<StoredFile> {
  const maxBytes = Math.min(opts.maxBytes, ctx.config.UPLOAD_LIMIT_MB * 1024 * 1024);
  const stored = await ctx.files.put(source, { maxBytes });
  const ok = opts.allowed.includes(stored.mediaType) || (stored.mediaType === 'application/zip' && opts.allowed.some((t) => ZIP_FAMILY.has(t)));
  if (!ok) throw new AppError('funding.file_type', { mediaType: stored.mediaType, allowed: opts.allowed.join(', ') });
  if (stored.size === 0) throw new AppError('validation.failed', { count: 1 }, { issues: [{ path: 'file', code: 'validation:required' }] });
  return stored;
}

/** A file name safe to keep and to send back (no paths, no control characters). */
export function cleanName(name: string | undefined): string {
  const base = (name ?? 'file').split(/[\\/]/).pop() ?? 'file';
  const cleaned = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && c !== '"').join('').trim().slice(0, 200);
  return cleaned || 'file';
}

/** `Content-Disposition` for a download, with the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
