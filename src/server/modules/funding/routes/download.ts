/** Sends a stored file as a download: sniffed type, UTF-8 name, never rendered inline. */
import type { FastifyReply } from 'fastify';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { attachmentDisposition } from '../service/files.js';

export async function sendStored(ctx: Ctx, reply: FastifyReply, file: { sha256: string; name: string; mediaType: string; size: number }) {
  if (!(await ctx.files.exists(file.sha256))) throw new AppError('not_found', { entity: 'file', id: file.sha256 });
  void reply.header('content-disposition', attachmentDisposition(file.name));
  void reply.header('x-content-type-options', 'nosniff');
  void reply.header('content-length', String(file.size));
  return reply.type(file.mediaType).send(ctx.files.open(file.sha256));
}

/** The single file part of a multipart request, or a field issue naming `file`. */
export async function filePart(req: { isMultipart(): boolean; file(): Promise<{ file: NodeJS.ReadableStream; filename: string } | undefined> }) {
  if (!req.isMultipart()) throw new AppError('payload.unsupported_type', {});
  const part = await req.file();
  if (!part) throw new AppError('validation.failed', { count: 1 }, { issues: [{ path: 'file', code: 'validation:required' }] });
  return part;
}
