import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, checkAssignment } from '../../../engines/assignment/index.js';
import type { AffinityMatrixDto, AssignmentDto, ConflictDto, RunDto } from '../../../shared/contracts/evaluation-pool.js';
import { auditEvent } from '../../platform/audit/schema.js';
import { makeClosedCall, makeEvaluator, type ClosedCall } from '../../../../test/evaluation.js';
import { makeOffice, makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { mailsTo } from '../../../../test/mail.js';
import { organisation, organisationRelation } from '../organisations/index.js';
import { call } from '../funding/index.js';
import { evaluationAssign } from '../../operations/evaluation.js';
import { loadCallData } from './service/call-data.js';
import { viewableCall } from './service/call-access.js';
import { buildProblem } from './service/problem.js';

let env: TestEnv;
let staff: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  const admin = await makeUser(env.ctx(), { role: 'admin' });
  staff = await env.agent().signIn(admin.email, TEST_PASSWORD);
});
afterAll(() => env.close());

async function runAndWait(callId: string, options: Record<string, unknown>): Promise<RunDto> {
  const started = await staff.post(`/api/evaluation/calls/${callId}/runs`, options);
  expect(started.statusCode, started.body).toBe(200);
  expect(started.json<RunDto>().status).toBe('queued');
  await env.jobs.drain();
  const res = await staff.get(`/api/evaluation/runs/${started.json<RunDto>().id}`);
  return res.json<RunDto>();
}

async function problemOf(callId: string, k = 3) {
  const ctx = env.ctx();
  return buildProblem(await loadCallData(ctx, await viewableCall(ctx, callId)), { k, distinctOrganisations: true, languageMatch: false });
}

describe('conflicts of interest', () => {
  let closed: ClosedCall;
  beforeAll(async () => {
    closed = await makeClosedCall(env, { applications: 2 });
  });

  it('finds each automatic reason with its detail, and records manual ones', async () => {
    const ctx = env.ctx();
    const [a0, a1] = closed.applications;
    const [lead0] = await ctx.db.select().from(organisation).where(eq(organisation.id, a0!.leadOrganisationId));
    const sameOrg = await makeEvaluator(env, { organisationId: a0!.leadOrganisationId });
    const sameTax = await makeEvaluator(env, { organisationName: 'Asesoría X', taxId: lead0!.taxId!.toLowerCase() });
    const holding = await makeOrganisation(ctx, { legalName: 'Grupo Matriz S.A.' });
    await ctx.db.insert(organisationRelation).values({ holderId: holding.id, heldId: a1!.leadOrganisationId, capitalPct: 60, votingPct: 60 });
    const linked = await makeEvaluator(env, { organisationId: holding.id });
    const investor = await makeOrganisation(ctx, { legalName: 'Socio Minoritario S.L.' });
    await ctx.db.insert(organisationRelation).values({ holderId: investor.id, heldId: a1!.leadOrganisationId, capitalPct: 30, votingPct: 10 });
    const partner = await makeEvaluator(env, { organisationId: investor.id });
    const declared = await makeEvaluator(env, {});
    const [partnerOrg] = await ctx.db.select().from(organisation).where(eq(organisation.id, a1!.partnerOrganisationId));
    await staff.patch(`/api/evaluation/experts/${declared.evaluator.id}`, { relations: [{ name: partnerOrg!.legalName.toUpperCase(), kind: 'former employer' }] });
    const free = await makeEvaluator(env, {});

    const manual = await staff.post(`/api/evaluation/calls/${closed.callId}/conflicts`, { applicationId: a0!.id, evaluatorId: free.evaluator.id, reason: 'Co-author of the applicant' });
    expect(manual.statusCode, manual.body).toBe(200);
    const again = await staff.post(`/api/evaluation/calls/${closed.callId}/conflicts`, { applicationId: a0!.id, evaluatorId: free.evaluator.id, reason: 'again' });
    expect(again.json()).toMatchObject({ code: 'evaluation.conflict_exists' });

    const list = (await staff.get(`/api/evaluation/calls/${closed.callId}/conflicts`)).json<ConflictDto[]>();
    const of = (evaluatorId: string) => list.filter((c) => c.evaluatorId === evaluatorId).map((c) => [c.applicationId, c.reason]);
    expect(of(sameOrg.evaluator.id)).toEqual([[a0!.id, 'same_organisation']]);
    expect(of(sameTax.evaluator.id)).toEqual([[a0!.id, 'same_tax_id']]);
    expect(of(linked.evaluator.id)).toEqual([[a1!.id, 'linked_enterprise']]);
    expect(of(partner.evaluator.id)).toEqual([[a1!.id, 'partner_enterprise']]);
    expect(of(declared.evaluator.id)).toEqual([[a1!.id, 'declared_relation']]);
    expect(of(free.evaluator.id)).toEqual([[a0!.id, 'manual']]);
    const [lead1] = await ctx.db.select().from(organisation).where(eq(organisation.id, a1!.leadOrganisationId));
    expect(list.find((c) => c.evaluatorId === linked.evaluator.id)?.detail).toBe(lead1!.legalName);

    // Conflicted pairs are constraints of the problem; removing the manual conflict frees the pair.
    const problem = await problemOf(closed.callId);
    expect(problem.conflicts).toContainEqual({ applicationId: a0!.id, evaluatorId: free.evaluator.id });
    const manualId = list.find((c) => c.reason === 'manual')!.manualId!;
    expect((await staff.delete(`/api/evaluation/conflicts/${manualId}`)).statusCode).toBe(200);
    expect((await problemOf(closed.callId)).conflicts).not.toContainEqual({ applicationId: a0!.id, evaluatorId: free.evaluator.id });
  });
});

describe('affinity', () => {
  it('explains matched topics and terms, and an override applies and is audited', async () => {
    const closed = await makeClosedCall(env, { applications: 1, topics: [['digital', 'circular']] });
    const app = closed.applications[0]!;
    const expert = await makeEvaluator(env, { topics: ['digital', 'water'], keywords: ['Gemelo digital', 'mantenimiento predictivo', 'hidrógeno'] });
    const m = (await staff.get(`/api/evaluation/calls/${closed.callId}/affinity`)).json<AffinityMatrixDto>();
    const cell = m.cells.find((c) => c.applicationId === app.id && c.evaluatorId === expert.evaluator.id)!;
    expect(cell.matchedTopics).toEqual(['digital']);
    expect(cell.matchedTerms).toEqual(['Gemelo digital', 'mantenimiento predictivo']);
    expect(cell.topicScore).toBe(0.5);
    expect(cell.termScore).toBeCloseTo(2 / 3, 5);
    expect(cell.affinity).toBeCloseTo(0.6 * 0.5 + 0.4 * (2 / 3), 5);

    const bad = await staff.post(`/api/evaluation/calls/${closed.callId}/affinity-overrides`, { applicationId: app.id, evaluatorId: expert.evaluator.id, affinity: 1.5, reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort()).toEqual(['affinity', 'reason']);
    const res = await staff.post(`/api/evaluation/calls/${closed.callId}/affinity-overrides`, { applicationId: app.id, evaluatorId: expert.evaluator.id, affinity: 0.95, reason: 'Led the reference project on plant twins' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ affinity: 0.95, computed: cell.computed, override: { affinity: 0.95, reason: 'Led the reference project on plant twins' } });
    const problem = await problemOf(closed.callId, 1);
    const entries = problem.affinity.kind === 'sparse' ? problem.affinity.entries : [];
    expect(entries.find((e) => e.evaluatorId === expert.evaluator.id)?.affinity).toBe(0.95);
    const events = await env.ctx().db.select().from(auditEvent).where(and(eq(auditEvent.action, 'evaluation.affinity_overridden'), eq(auditEvent.entityId, app.id)));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatchObject({ affinity: { from: cell.affinity, to: 0.95 }, reason: 'Led the reference project on plant twins' });
  });
});

describe('assignment', () => {
  it('computes the exact optimum respecting k, loads, conflicts, pins and forbids; confirms, mails, and keeps declared pairs on re-runs', async () => {
    const closed = await makeClosedCall(env, { applications: 4, topics: [['digital'], ['circular'], ['digital', 'circular'], ['water']] });
    const [a0, a1, a2, a3] = closed.applications;
    const experts = await Promise.all([
      makeEvaluator(env, { topics: ['digital'], maxLoad: 3 }),
      makeEvaluator(env, { topics: ['circular'], keywords: ['planta'], maxLoad: 3 }),
      makeEvaluator(env, { topics: ['water'], maxLoad: 3 }),
      makeEvaluator(env, { topics: ['digital', 'circular'], maxLoad: 2, minLoad: 1 }),
      makeEvaluator(env, { topics: ['water', 'digital'], maxLoad: 3, organisationId: a3!.leadOrganisationId }),
      makeEvaluator(env, { topics: [], keywords: [], maxLoad: 3 }),
    ]);
    const ids = experts.map((e) => e.evaluator.id);
    await staff.post(`/api/evaluation/calls/${closed.callId}/pair-rules`, { applicationId: a0!.id, evaluatorId: ids[5], rule: 'pin' });
    await staff.post(`/api/evaluation/calls/${closed.callId}/pair-rules`, { applicationId: a1!.id, evaluatorId: ids[1], rule: 'forbid' });

    const run = await runAndWait(closed.callId, { k: 2 });
    expect(run.status).toBe('done');
    const proposal = run.result!;
    expect(proposal.status).toBe('optimal');
    const problem = await problemOf(closed.callId, 2);
    expect(checkAssignment(problem, proposal.pairs)).toEqual([]);
    const optimum = assign(problem);
    expect(optimum.status).toBe('optimal');
    expect(proposal.totalAffinity).toBeCloseTo(optimum.status === 'optimal' ? optimum.totalAffinity : -1, 9);
    expect(proposal.pairs).toContainEqual(expect.objectContaining({ applicationId: a0!.id, evaluatorId: ids[5], pinned: true }));
    expect(proposal.pairs.some((p) => p.applicationId === a1!.id && p.evaluatorId === ids[1])).toBe(false);
    expect(proposal.pairs.some((p) => p.applicationId === a3!.id && p.evaluatorId === ids[4])).toBe(false);
    expect(proposal.coverage).toHaveLength(4);
    for (const app of [a0, a1, a2, a3]) expect(proposal.pairs.filter((p) => p.applicationId === app!.id)).toHaveLength(2);

    const confirmed = await staff.post(`/api/evaluation/runs/${run.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const rows = confirmed.json<AssignmentDto[]>();
    // Loads are per call: leave the pool without minimums for the next calls.
    await staff.patch(`/api/evaluation/experts/${ids[3]}`, { minLoad: 0 });
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.origin === 'computed' && r.coiStatus === 'pending')).toBe(true);
    const mails = await mailsTo(env, experts[5]!.user.email);
    expect(mails[0]?.subject).toContain('call');
    expect((await staff.post(`/api/evaluation/runs/${run.id}/confirm`)).json()).toMatchObject({ code: 'evaluation.run_confirmed' });
    // A pair declared free of conflict survives a re-run and its confirmation, pinned.
    const kept = rows.find((r) => r.evaluatorId !== ids[3])!;
    const keptExpert = experts.find((e) => e.evaluator.id === kept.evaluatorId)!;
    const expertAgent = await env.agent().signIn(keptExpert.user.email, TEST_PASSWORD);
    expect((await expertAgent.post(`/api/evaluation/applications/${kept.applicationId}/declaration`, { conflict: false })).statusCode).toBe(200);
    await staff.post(`/api/evaluation/calls/${closed.callId}/pair-rules`, { applicationId: kept.applicationId, evaluatorId: kept.evaluatorId, rule: 'forbid' });
    const blocked = await runAndWait(closed.callId, { k: 2 });
    expect(blocked.result?.reasons.map((r) => r.code)).toEqual(['pinned_forbidden']);
    const ruleId = (await staff.get(`/api/evaluation/calls/${closed.callId}/pair-rules`)).json<{ id: string; rule: string; evaluatorId: string }[]>().find((r) => r.rule === 'forbid' && r.evaluatorId === kept.evaluatorId)!.id;
    await staff.delete(`/api/evaluation/pair-rules/${ruleId}`);
    const rerun = await runAndWait(closed.callId, { k: 2 });
    expect(rerun.result?.pairs).toContainEqual(expect.objectContaining({ applicationId: kept.applicationId, evaluatorId: kept.evaluatorId, pinned: true }));
    expect((await staff.post(`/api/evaluation/runs/${rerun.id}/confirm`)).statusCode).toBe(200);
    const after = (await staff.get(`/api/evaluation/calls/${closed.callId}/assignments`)).json<AssignmentDto[]>();
    expect(after.find((r) => r.id === kept.id)).toMatchObject({ coiStatus: 'no_conflict' });
    expect(after).toHaveLength(8);
  });

  it('explains an infeasible call in words; a declared conflict frees the slot', async () => {
    const closed = await makeClosedCall(env, { applications: 2 });
    const only = await Promise.all([makeEvaluator(env, { organisationName: 'Universidad de Oviedo' }), makeEvaluator(env, { organisationName: 'Universidad de Huelva' })]);
    // Other evaluators of the pool are in other calls' tests: forbid them here, keeping two.
    const pool = (await problemOf(closed.callId)).evaluators.map((e) => e.id).filter((id) => !only.some((o) => o.evaluator.id === id));
    for (const app of closed.applications) for (const id of pool) await staff.post(`/api/evaluation/calls/${closed.callId}/pair-rules`, { applicationId: app.id, evaluatorId: id, rule: 'forbid' });
    const run = await runAndWait(closed.callId, { k: 3 });
    expect(run.result?.status).toBe('infeasible');
    const reason = run.result!.reasons[0]!;
    expect(reason.code).toBe('too_few_eligible_evaluators');
    expect(reason.required).toBe(3);
    expect(reason.available).toBe(2);
    expect(reason.message).toMatch(/2/);
    expect((await staff.post(`/api/evaluation/runs/${run.id}/confirm`)).json()).toMatchObject({ code: 'evaluation.run_not_confirmable' });

    const ok = await runAndWait(closed.callId, { k: 2 });
    expect((await staff.post(`/api/evaluation/runs/${ok.id}/confirm`)).statusCode).toBe(200);
    const evaluatorAgent = await env.agent().signIn(only[0]!.user.email, TEST_PASSWORD);
    const declared = await evaluatorAgent.post(`/api/evaluation/applications/${closed.applications[0]!.id}/declaration`, { conflict: true, note: 'I advised the lead last year' });
    expect(declared.json()).toEqual({ coiStatus: 'conflict' });
    const conflicts = (await staff.get(`/api/evaluation/calls/${closed.callId}/conflicts`)).json<ConflictDto[]>();
    expect(conflicts).toContainEqual(expect.objectContaining({ evaluatorId: only[0]!.evaluator.id, reason: 'declared', detail: 'I advised the lead last year' }));
    // The freed slot cannot be filled: the re-run says which application lacks evaluators.
    const rerun = await runAndWait(closed.callId, { k: 2 });
    expect(rerun.result?.status).toBe('infeasible');
    expect(rerun.result!.reasons[0]!.applicationIds).toEqual([closed.applications[0]!.id]);
  });

  it('reports the highest feasible floor and the best total under it', async () => {
    const closed = await makeClosedCall(env, { applications: 2, topics: [['digital'], ['circular']] });
    const a = await makeEvaluator(env, { topics: ['digital', 'circular'], keywords: [], maxLoad: 1 });
    const b = await makeEvaluator(env, { topics: ['digital'], keywords: [], maxLoad: 1 });
    const pool = (await problemOf(closed.callId, 1)).evaluators.map((e) => e.id).filter((id) => id !== a.evaluator.id && id !== b.evaluator.id);
    for (const app of closed.applications) for (const id of pool) await staff.post(`/api/evaluation/calls/${closed.callId}/pair-rules`, { applicationId: app.id, evaluatorId: id, rule: 'forbid' });
    expect((await staff.get(`/api/evaluation/calls/${closed.callId}/runs/latest`)).json()).toBeNull();
    const run = await runAndWait(closed.callId, { k: 1, fairness: 'max' });
    expect((await staff.get(`/api/evaluation/calls/${closed.callId}/runs/latest`)).json()).toMatchObject({ id: run.id, status: 'done' });
    expect(run.status, run.error ?? '').toBe('done');
    expect(run.result?.status, JSON.stringify(run.result?.reasons)).toBe('optimal');
    // a covers both topics, b only digital: the fair assignment gives a to circular and b to digital.
    expect(run.result?.fairness?.highestFloor).toBeCloseTo(1, 6);
    expect(run.result?.totalAffinity).toBeCloseTo(2, 6);
    expect(run.result?.pairs).toContainEqual(expect.objectContaining({ applicationId: closed.applications[1]!.id, evaluatorId: a.evaluator.id }));
    const tooHigh = await runAndWait(closed.callId, { k: 1, fairness: 'floor', floor: 1.5 });
    expect(tooHigh.result?.status).toBe('infeasible');
    expect(tooHigh.result?.reasons[0]?.code).toBe('floor_too_high');
  });

  it("matches the application's language when asked", async () => {
    const closed = await makeClosedCall(env, { applications: 1, topics: [['digital']] });
    const app = closed.applications[0]!;
    const spanish = await makeEvaluator(env, { topics: ['digital'], languages: ['es'] });
    const english = await makeEvaluator(env, { topics: [], keywords: [], languages: ['en'], organisationName: 'Imperial College' });
    const pool = (await problemOf(closed.callId, 1)).evaluators.map((e) => e.id).filter((id) => id !== spanish.evaluator.id && id !== english.evaluator.id);
    for (const id of pool) await staff.post(`/api/evaluation/calls/${closed.callId}/pair-rules`, { applicationId: app.id, evaluatorId: id, rule: 'forbid' });
    // The applicant writes in English (their profile's language).
    expect((await problemOf(closed.callId, 1)).applications[0]!.language).toBe('en');
    const free = await runAndWait(closed.callId, { k: 1 });
    expect(free.result?.pairs.map((p) => p.evaluatorId)).toEqual([spanish.evaluator.id]);
    const matched = await runAndWait(closed.callId, { k: 1, languageMatch: true });
    expect(matched.result?.pairs.map((p) => p.evaluatorId)).toEqual([english.evaluator.id]);
  });

  it('runs from the CLI: prints total, loads and weakest applications, and confirms', async () => {
    const closed = await makeClosedCall(env, { applications: 2, topics: [['digital'], ['circular']] });
    const [row] = await env.ctx().db.select({ code: call.code }).from(call).where(eq(call.id, closed.callId));
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(`ERR ${l}`) };
    const code = await evaluationAssign.run(env.ctx(), { call: row!.code.toLowerCase(), k: '1', confirm: true }, io);
    expect(code, out.join('\n')).toBe(0);
    expect(out[0]).toMatch(/^Total affinity: \d+\.\d{3} \(2 pairs\)$/);
    expect(out).toContain('Loads:');
    expect(out).toContain('Weakest applications:');
    expect(out.some((l) => l.includes(closed.applications[0]!.reference))).toBe(true);
    expect(out.at(-1)).toMatch(/^Confirmed: \d+ assignments written/);
    const rows = (await staff.get(`/api/evaluation/calls/${closed.callId}/assignments`)).json<AssignmentDto[]>();
    expect(rows).toHaveLength(2);
    expect(await evaluationAssign.run(env.ctx(), { call: 'NOPE-1' }, io)).toBe(1);
  });
});

describe('office scope', () => {
  it("lets staff outside the programme's office read but not change a call's evaluation", async () => {
    const closed = await makeClosedCall(env, { applications: 1 });
    const office = await makeOffice(env.ctx());
    const other = await makeUser(env.ctx(), { role: 'staff', officeIds: [office.id] });
    const agent = await env.agent().signIn(other.email, TEST_PASSWORD);
    expect((await agent.get(`/api/evaluation/calls/${closed.callId}/affinity`)).statusCode).toBe(200);
    expect((await agent.post(`/api/evaluation/calls/${closed.callId}/runs`, { k: 1 })).statusCode).toBe(403);
    const expert = await makeEvaluator(env, {});
    expect((await agent.post(`/api/evaluation/calls/${closed.callId}/assignments`, { applicationId: closed.applications[0]!.id, evaluatorId: expert.evaluator.id })).statusCode).toBe(403);
  });
});
