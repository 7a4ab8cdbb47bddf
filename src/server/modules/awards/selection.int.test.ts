import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AwardsSelection } from '../../../shared/contracts/awards.js';
import { applicationPartner, recipientCommitment } from '../funding/schema.js';
import { organisationRelation } from '../organisations/schema.js';
import { selectionDecision } from './schema/core.js';
import { descending, finalReports, makeDecidableCall, signedIn } from '../../../../test/awards.js';
import { makeOrganisation } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let admin: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  admin = (await signedIn(env, 'admin')).agent;
});
afterAll(() => env.close());

const EUR = (n: number) => n * 100;

it('funds within the budget, a regional envelope and the cap per recipient (with an earlier commitment); the reserve keeps rank order', async () => {
  const c = await makeDecidableCall(env, { applications: 5, budgetCents: EUR(90_000), programme: { envelopes: [{ nutsPrefix: 'ES41', label: 'Castilla y León', budgetCents: EUR(50_000) }], recipientCapCents: EUR(50_000) } });
  await finalReports(env, c, descending(5, [4]));
  const a = c.applications;
  await env.ctx().db.insert(recipientCommitment).values({ programmeId: c.programmeId, organisationId: a[1]!.partnerOrganisationId, amountCents: EUR(35_000), source: 'external', note: 'Open call #1' });
  const res = await admin.get(`/api/awards/calls/${c.callId}/selection`);
  expect(res.statusCode).toBe(200);
  const s = res.json<AwardsSelection>();
  const row = (i: number) => s.rows.find((r) => r.applicationId === a[i]!.id)!;
  expect(s.rows.map((r) => r.applicationId)).toEqual(a.map((x) => x.id));
  expect([0, 1, 2, 3, 4].map((i) => row(i).decision)).toEqual(['selected', 'reserve', 'selected', 'reserve', 'rejected']);
  expect(row(1).reasons).toEqual([{ code: 'recipient_cap_exceeded', params: expect.objectContaining({ requestedCents: EUR(20_000), alreadyCents: EUR(35_000), capCents: EUR(50_000), recipient: expect.stringMatching(/^Parceiro/) }) }]);
  expect(row(3).reasons.map((r) => r.code)).toEqual(['budget_exceeded', 'envelope_exceeded']);
  expect(row(3).reasons[0]!.params).toMatchObject({ requestedCents: EUR(40_000), remainingCents: EUR(10_000) });
  expect([row(1).reservePosition, row(3).reservePosition]).toEqual([1, 2]);
  expect(row(4).reasons.map((r) => r.code)).toContain('criterion_below');
  expect(s.criteria.map((k) => k.id)).toEqual(['excellence', 'impact', 'implementation']);
  expect(row(0).amountCents).toBe(EUR(40_000));
  expect(s.fundedCents).toBe(EUR(80_000));
  expect(s.envelopes).toEqual([{ nutsPrefix: 'ES41', label: 'Castilla y León', budgetCents: EUR(50_000), usedCents: EUR(40_000), alreadyCommittedCents: 0 }]);
  expect(s.decision).toBeNull();
  // A preview stores nothing.
  expect(await env.ctx().db.select().from(selectionDecision).where(eq(selectionDecision.callId, c.callId))).toEqual([]);
});

it('blocks an award that would cross the de minimis ceiling of a single undertaking (linked enterprises from the registry)', async () => {
  const c = await makeDecidableCall(env, { applications: 2, budgetCents: EUR(500_000), programme: { deMinimis: true } });
  await finalReports(env, c, descending(2));
  const [first, second] = c.applications as [(typeof c.applications)[0], (typeof c.applications)[0]];
  const declaration = { noneReceived: false, aids: [{ grantor: 'Junta de Castilla y León', grantedOn: '2025-03-01', amountCents: EUR(270_000) }] };
  await env.ctx().db.update(applicationPartner).set({ deMinimis: declaration }).where(eq(applicationPartner.organisationId, second.leadOrganisationId));
  const before = (await admin.get(`/api/awards/calls/${c.callId}/preview`)).json<AwardsSelection>();
  expect(before.rows.map((r) => r.decision)).toEqual(['selected', 'selected']);
  // A holding company controls both leads: one single undertaking.
  const holding = await makeOrganisation(env.ctx(), { legalName: 'Grupo Minero Holding S.A.' });
  await env.ctx().db.insert(organisationRelation).values([
    { holderId: holding.id, heldId: first.leadOrganisationId, capitalPct: 60, votingPct: 60 },
    { holderId: holding.id, heldId: second.leadOrganisationId, capitalPct: 75, votingPct: 75 },
  ]);
  const after = (await admin.get(`/api/awards/calls/${c.callId}/preview`)).json<AwardsSelection>();
  expect(after.rows.map((r) => r.decision)).toEqual(['selected', 'reserve']);
  expect(after.rows[1]!.reasons).toEqual([
    { code: 'de_minimis_exceeded', params: expect.objectContaining({ requestedCents: EUR(20_000), inWindowCents: EUR(290_000), ceilingCents: EUR(300_000) }) },
  ]);
});

it('refuses the selection to members, evaluators and applicants, and the decision to finance and to other offices\' staff', async () => {
  const c = await makeDecidableCall(env, { applications: 1, budgetCents: EUR(100_000) });
  for (const role of ['member', 'evaluator', 'applicant'] as const) {
    const { agent } = await signedIn(env, role);
    expect((await agent.get(`/api/awards/calls/${c.callId}/selection`)).statusCode).toBe(403);
    expect((await agent.post(`/api/awards/calls/${c.callId}/decision`)).statusCode).toBe(403);
  }
  const finance = (await signedIn(env, 'finance')).agent;
  expect((await finance.get(`/api/awards/calls/${c.callId}/selection`)).statusCode).toBe(200);
  expect((await finance.post(`/api/awards/calls/${c.callId}/decision`)).statusCode).toBe(403);
  const staffElsewhere = (await signedIn(env, 'staff')).agent;
  expect((await staffElsewhere.post(`/api/awards/calls/${c.callId}/decision`)).json<{ code: string }>().code).toBe('auth.forbidden');
});
