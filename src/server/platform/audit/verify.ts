/** Walks the audit chain in order, in pages, and reports the first broken link. */
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { eventHash, GENESIS_HASH } from './audit.js';
import { auditEvent } from './schema.js';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first event whose stored hash or link does not match. */
  broken?: { seq: number; id: string; reason: 'hash_mismatch' | 'link_mismatch' };
}

export async function verifyAuditChain(db: Db, pageSize = 2000): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditEvent).where(gt(auditEvent.seq, after)).orderBy(asc(auditEvent.seq)).limit(pageSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const r of rows) {
      if (r.prevHash !== prev) return { ok: false, checked, broken: { seq: r.seq, id: r.id, reason: 'link_mismatch' } };
      const expected = eventHash(prev, {
        id: r.id,
        at: r.at,
        actorId: r.actorId,
        actorLabel: r.actorLabel,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        summary: r.summary,
        requestId: r.requestId,
      });
      if (expected !== r.hash) return { ok: false, checked, broken: { seq: r.seq, id: r.id, reason: 'hash_mismatch' } };
      prev = r.hash;
      after = r.seq;
      checked++;
    }
  }
}
