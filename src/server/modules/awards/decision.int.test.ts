import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { AwardsSelection } from '../../../shared/contracts/awards.js';
import { auditEvent } from '../../platform/audit/schema.js';
import { recipientCommitment } from '../funding/schema.js';
import { award, decisionOutcome, selectionDecision } from './schema/core.js';
import { verifyDecisions } from './index.js';
import { descending, finalReports, makeDecidableCall, signedIn } from '../../../../test/awards.js';
import { makePublishedCall } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let admin: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  admin = (await signedIn(env, 'admin')).agent;
});
afterAll(() => env.close());

const EUR = (n: number) => n * 100;

async function counts(callId: string) {
  const db = env.ctx().db;
  const [decisions, outcomes, awards, commitments] = await Promise.all([
    db.select().from(selectionDecision).where(eq(selectionDecision.callId, callId)),
    db.select({ id: decisionOutcome.id }).from(decisionOutcome).innerJoin(selectionDecision, eq(selectionDecision.id, decisionOutcome.decisionId)).where(eq(selectionDecision.callId, callId)),
    db.select().from(award).where(eq(award.callId, callId)),
    db.select().from(recipientCommitment).innerJoin(award, and(eq(award.applicationId, recipientCommitment.applicationId), eq(award.organisationId, recipientCommitment.organisationId))).where(eq(award.callId, callId)),
  ]);
  return { decisions: decisions.length, outcomes: outcomes.length, awards: awards.length, commitments: commitments.length };
}

it('freezes the decision in one transaction: record and hash, outcomes, awards, commitments, audit; a second freeze is refused', async () => {
  const c = await makeDecidableCall(env, { applications: 4, budgetCents: EUR(80_000) });
  await finalReports(env, c, descending(4, [3]));
  const preview = (await admin.get(`/api/awards/calls/${c.callId}/selection`)).json<AwardsSelection>();
  env.clock.advance(60_000);
  const res = await admin.post(`/api/awards/calls/${c.callId}/decision`);
  expect(res.statusCode).toBe(200);
  const frozen = res.json<AwardsSelection>();
  expect(frozen.rows).toEqual(preview.rows);
  expect(frozen.decision).toMatchObject({ intact: true, frozenAt: env.clock.now().toISOString(), lettersSent: 0 });
  expect(frozen.decision!.recordHash).toMatch(/^[0-9a-f]{64}$/);
  expect(await counts(c.callId)).toEqual({ decisions: 1, outcomes: 4, awards: 4, commitments: 4 });
  const outcomes = await env.ctx().db.select().from(decisionOutcome).where(eq(decisionOutcome.decisionId, frozen.decision!.id));
  expect(Object.fromEntries(outcomes.map((o) => [o.applicationId, [o.outcome, o.rank, o.reservePosition]]))).toEqual({
    [c.applications[0]!.id]: ['selected', 1, null],
    [c.applications[1]!.id]: ['selected', 2, null],
    [c.applications[2]!.id]: ['reserve', 3, 1],
    [c.applications[3]!.id]: ['rejected', null, null],
  });
  const events = await env.ctx().db.select().from(auditEvent).where(eq(auditEvent.action, 'awards.decision_frozen'));
  expect(events.find((e) => e.entityId === c.callId)?.summary).toMatchObject({ recordHash: frozen.decision!.recordHash, selected: 2, reserve: 1, rejected: 1, fundedCents: EUR(80_000) });
  const again = await admin.post(`/api/awards/calls/${c.callId}/decision`);
  expect(again.statusCode).toBe(409);
  expect(again.json<{ code: string }>().code).toBe('awards.already_frozen');
  expect(await counts(c.callId)).toEqual({ decisions: 1, outcomes: 4, awards: 4, commitments: 4 });
});

it('freezes once when two freezes arrive together', async () => {
  const c = await makeDecidableCall(env, { applications: 2, budgetCents: EUR(80_000) });
  await finalReports(env, c, descending(2));
  const results = await Promise.all([admin.post(`/api/awards/calls/${c.callId}/decision`), admin.post(`/api/awards/calls/${c.callId}/decision`)]);
  expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  expect(await counts(c.callId)).toEqual({ decisions: 1, outcomes: 2, awards: 4, commitments: 4 });
});

it('leaves nothing behind when a write of the freeze fails', async () => {
  const c = await makeDecidableCall(env, { applications: 2, budgetCents: EUR(80_000) });
  await finalReports(env, c, descending(2));
  const db = env.ctx().db;
  const auditBefore = (await db.select({ n: sql<number>`count(*)::int` }).from(auditEvent))[0]!.n;
  await db.execute(sql.raw(`CREATE FUNCTION refuse_commitment() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`));
  await db.execute(sql.raw(`CREATE TRIGGER refuse_commitment BEFORE INSERT ON recipient_commitment FOR EACH ROW EXECUTE FUNCTION refuse_commitment()`));
  try {
    const res = await admin.post(`/api/awards/calls/${c.callId}/decision`);
    expect(res.statusCode).toBe(500);
  } finally {
    await db.execute(sql.raw('DROP TRIGGER refuse_commitment ON recipient_commitment'));
    await db.execute(sql.raw('DROP FUNCTION refuse_commitment()'));
  }
  expect(await counts(c.callId)).toEqual({ decisions: 0, outcomes: 0, awards: 0, commitments: 0 });
  expect((await db.select({ n: sql<number>`count(*)::int` }).from(auditEvent))[0]!.n).toBe(auditBefore);
  expect((await admin.post(`/api/awards/calls/${c.callId}/decision`)).statusCode).toBe(200);
});

it('refuses the freeze while an application has no final consensus report, and before the call is closed', async () => {
  const c = await makeDecidableCall(env, { applications: 2, budgetCents: EUR(80_000) });
  await finalReports(env, c, [descending(1)[0]!, null]);
  const preview = (await admin.get(`/api/awards/calls/${c.callId}/selection`)).json<AwardsSelection>();
  expect(preview.pendingCount).toBe(1);
  expect(preview.rows.find((r) => r.applicationId === c.applications[1]!.id)).toMatchObject({ decision: 'pending', reference: c.applications[1]!.reference, reasons: [{ code: 'pending', params: {} }] });
  const res = await admin.post(`/api/awards/calls/${c.callId}/decision`);
  expect(res.json<{ code: string }>().code).toBe('awards.evaluation_pending');
  const open = await makePublishedCall(env);
  const early = await admin.get(`/api/awards/calls/${open.id}/selection`);
  expect([early.statusCode, early.json<{ code: string }>().code]).toEqual([409, 'awards.call_not_closed']);
});

it('verifies the frozen record by its hash and detects tampering with the record or the awards', async () => {
  const c = await makeDecidableCall(env, { applications: 2, budgetCents: EUR(80_000) });
  await finalReports(env, c, descending(2));
  const frozen = (await admin.post(`/api/awards/calls/${c.callId}/decision`)).json<AwardsSelection>();
  const mine = async () => (await verifyDecisions(env.ctx())).problems.filter((p) => p.decisionId === frozen.decision!.id).map((p) => p.problem);
  expect(await mine()).toEqual([]);
  const db = env.ctx().db;
  await db.execute(sql`update selection_decision set record = jsonb_set(record, '{result,fundedCents}', '1') where id = ${frozen.decision!.id}`);
  expect(await mine()).toEqual(['record_hash']);
  expect((await admin.get(`/api/awards/calls/${c.callId}/selection`)).json<AwardsSelection>().decision!.intact).toBe(false);
  await db.execute(sql`update selection_decision set record = jsonb_set(record, '{result,fundedCents}', ${String(EUR(80_000))}::jsonb) where id = ${frozen.decision!.id}`);
  expect(await mine()).toEqual([]);
  await db.update(award).set({ amountCents: EUR(25_000) }).where(eq(award.applicationId, c.applications[0]!.id));
  expect(await mine()).toEqual(['awards']);
});
