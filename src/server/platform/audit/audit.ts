/**
 * `audit(ctx, event)` appends a hash-chained event in the caller's transaction. The chain is
 * serialised with a transaction-scoped advisory lock, so concurrent writers on PostgreSQL keep one
 * chain.
 */
import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { actorId, actorLabel } from '../actor.js';
import type { Ctx } from '../context.js';
import { transaction } from '../db/tx.js';
import { canonicalJson, toPlainJson } from './canonical.js';
import { auditEvent } from './schema.js';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 740_112;

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** What changed, e.g. `{ role: { from: 'staff', to: 'admin' } }`. Never secrets. */
  summary?: Record<string, unknown>;
}

export interface HashedFields {
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: unknown;
  requestId: string | null;
}

export function eventHash(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({ ...e, at: e.at.toISOString() });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

export async function audit(ctx: Ctx, input: AuditInput): Promise<void> {
  await transaction(ctx.db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    const [last] = await tx.select({ hash: auditEvent.hash }).from(auditEvent).orderBy(desc(auditEvent.seq)).limit(1);
    const fields: HashedFields = {
      id: uuidv7(),
      at: ctx.clock.now(),
      actorId: actorId(ctx.actor),
      actorLabel: actorLabel(ctx.actor),
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      summary: toPlainJson(input.summary ?? {}),
      requestId: ctx.requestId ?? null,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await tx.insert(auditEvent).values({ ...fields, summary: fields.summary as object, prevHash, hash: eventHash(prevHash, fields) });
  });
}
