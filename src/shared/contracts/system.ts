import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
  time: z.iso.datetime(),
});

export const auditEventSchema = z.object({
  seq: z.number().int(),
  id: z.uuid(),
  at: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
}).meta({ id: 'AuditEvent' });

export const auditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Keyset pagination: events older than this sequence number. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  broken: z.object({ seq: z.number().int(), id: z.string(), reason: z.enum(['hash_mismatch', 'link_mismatch']) }).optional(),
});

export const jobSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.iso.datetime(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
}).meta({ id: 'Job' });

export const mailSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  template: z.string(),
  locale: z.string(),
  status: z.enum(['outbox', 'queued', 'sent', 'failed']),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
}).meta({ id: 'Mail' });
