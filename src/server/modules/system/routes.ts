/** Health, the audit log, background jobs and the mail outbox (administrators). */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { idParamsSchema, okSchema, pageQuerySchema, pageSchema, responses } from '../../../shared/contracts/common.js';
import { auditEventSchema, auditQuerySchema, auditVerifySchema, healthSchema, jobSchema, mailSchema } from '../../../shared/contracts/system.js';
import { audit } from '../../platform/audit/audit.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
import type { App } from '../../platform/http/types.js';
import { VERSION } from '../../platform/version.js';
import * as repo from './repository.js';

const admin = ['admin'] as const;
const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export function systemRoutes(app: App): void {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'Liveness, version and database kind', response: responses(healthSchema) },
    handler: async (req) => {
      await req.ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, version: VERSION, database: req.ctx.database.kind, time: req.ctx.clock.now().toISOString() };
    },
  });

  app.get('/api/audit', {
    config: { access: admin },
    schema: { tags: ['audit'], summary: 'Audit log, newest first, with filters', querystring: auditQuerySchema, response: responses(z.array(auditEventSchema)) },
    handler: async (req) =>
      (await repo.listAudit(req.ctx.db, req.query)).map((e) => ({ ...e, at: e.at.toISOString(), summary: e.summary })),
  });

  app.get('/api/audit/verify', {
    config: { access: admin },
    schema: { tags: ['audit'], summary: 'Check the hash chain of the audit log', response: responses(auditVerifySchema) },
    handler: async (req) => verifyAuditChain(req.ctx.db),
  });

  app.get('/api/admin/jobs', {
    config: { access: admin },
    schema: {
      tags: ['system'],
      summary: 'Background jobs',
      querystring: pageQuerySchema.extend({ status: z.enum(['queued', 'running', 'done', 'failed']).optional() }),
      response: responses(pageSchema(jobSchema)),
    },
    handler: async (req) => {
      const page = await repo.listJobs(req.ctx.db, req.query);
      return {
        total: page.total,
        items: page.items.map((j) => ({ ...j, runAt: j.runAt.toISOString(), createdAt: j.createdAt.toISOString(), finishedAt: iso(j.finishedAt) })),
      };
    },
  });

  app.post('/api/admin/jobs/:id/retry', {
    config: { access: admin },
    schema: { tags: ['system'], summary: 'Run a failed job again', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) =>
      inTransaction(req.ctx, async (tx) => {
        if (!(await repo.retryJob(tx.db, req.params.id, tx.clock.now()))) throw notFound('job', req.params.id);
        await audit(tx, { action: 'system.job_retried', entityType: 'job', entityId: req.params.id });
        return { ok: true as const };
      }),
  });

  app.get('/api/admin/outbox', {
    config: { access: admin },
    schema: {
      tags: ['system'],
      summary: 'Mails written by Veta (the outbox when no SMTP server is configured)',
      querystring: pageQuerySchema.extend({ to: z.string().max(200).optional() }),
      response: responses(pageSchema(mailSchema)),
    },
    handler: async (req) => {
      const page = await repo.listMail(req.ctx.db, req.query);
      return { total: page.total, items: page.items.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: iso(m.sentAt) })) };
    },
  });
}
