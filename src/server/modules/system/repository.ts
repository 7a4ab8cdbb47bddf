import { and, count, desc, eq, gte, ilike, lt, lte, type SQL } from 'drizzle-orm';
import { auditEvent } from '../../platform/audit/schema.js';
import type { Db } from '../../platform/db/types.js';
import { job } from '../../platform/jobs/schema.js';
import { mailMessage } from '../../platform/mail/schema.js';

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  const conds: SQL[] = [];
  if (f.action) conds.push(ilike(auditEvent.action, `${f.action}%`));
  if (f.entityType) conds.push(eq(auditEvent.entityType, f.entityType));
  if (f.entityId) conds.push(eq(auditEvent.entityId, f.entityId));
  if (f.actor) conds.push(ilike(auditEvent.actorLabel, `%${f.actor}%`));
  if (f.from) conds.push(gte(auditEvent.at, new Date(f.from)));
  if (f.to) conds.push(lte(auditEvent.at, new Date(f.to)));
  if (f.before) conds.push(lt(auditEvent.seq, f.before));
  return db.select().from(auditEvent).where(conds.length ? and(...conds) : undefined).orderBy(desc(auditEvent.seq)).limit(f.limit);
}

export async function listJobs(db: Db, f: { status?: 'queued' | 'running' | 'done' | 'failed'; limit: number; offset: number }) {
  const cond = f.status ? eq(job.status, f.status) : undefined;
  const items = await db.select().from(job).where(cond).orderBy(desc(job.createdAt)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(job).where(cond);
  return { items, total: total?.n ?? 0 };
}

export async function retryJob(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(job)
    .set({ status: 'queued', runAt: at, attempts: 0, finishedAt: null })
    .where(and(eq(job.id, id), eq(job.status, 'failed')))
    .returning({ id: job.id });
  return rows.length === 1;
}

export async function listMail(db: Db, f: { to?: string; limit: number; offset: number }) {
  const cond = f.to ? ilike(mailMessage.to, `%${f.to}%`) : undefined;
  const items = await db.select().from(mailMessage).where(cond).orderBy(desc(mailMessage.createdAt)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(mailMessage).where(cond);
  return { items, total: total?.n ?? 0 };
}
