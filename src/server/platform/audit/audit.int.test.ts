import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { audit } from './audit.js';
import { auditEvent } from './schema.js';
import { verifyAuditChain } from './verify.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('audit chain', () => {
  it('chains events and detects an altered row, naming the first broken event', async () => {
    const ctx = env.ctx();
    for (let i = 0; i < 5; i++) await audit(ctx, { action: 'test.event', entityType: 'thing', entityId: String(i), summary: { i, nested: { b: 2, a: [1, 'x'] } } });
    const ok = await verifyAuditChain(ctx.db);
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThanOrEqual(5);

    const rows = await ctx.db.select().from(auditEvent).where(eq(auditEvent.action, 'test.event')).orderBy(auditEvent.seq);
    const victim = rows[2]!;
    await ctx.db.execute(sql`update audit_event set summary = ${JSON.stringify({ i: 99 })}::jsonb where seq = ${victim.seq}`);
    const broken = await verifyAuditChain(ctx.db);
    expect(broken.ok).toBe(false);
    expect(broken.broken).toMatchObject({ seq: victim.seq, reason: 'hash_mismatch' });
  });

  it('detects a deleted event as a broken link', async () => {
    const fresh = await createTestEnv();
    try {
      const ctx = fresh.ctx();
      for (let i = 0; i < 3; i++) await audit(ctx, { action: 'test.event', entityType: 'thing', entityId: String(i) });
      const rows = await ctx.db.select().from(auditEvent).orderBy(auditEvent.seq);
      await ctx.db.delete(auditEvent).where(eq(auditEvent.seq, rows[1]!.seq));
      const r = await verifyAuditChain(ctx.db);
      expect(r.broken).toMatchObject({ seq: rows[2]!.seq, reason: 'link_mismatch' });
    } finally {
      await fresh.close();
    }
  });

  it('keeps one chain under concurrent writers', async () => {
    const fresh = await createTestEnv();
    try {
      const ctx = fresh.ctx();
      await Promise.all(Array.from({ length: 20 }, (_, i) => audit(ctx, { action: 'test.concurrent', entityType: 'thing', entityId: String(i) })));
      const r = await verifyAuditChain(ctx.db);
      expect(r).toMatchObject({ ok: true, checked: 20 });
    } finally {
      await fresh.close();
    }
  });
});
