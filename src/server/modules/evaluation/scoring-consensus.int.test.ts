import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClosedCall, type ClosedCall } from '../../../../test/evaluation.js';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { assign, sheet, signedInEvaluator } from '../../../../test/scoring.js';
import { auditEvent } from '../../platform/audit/schema.js';
import { consensusReport } from './schema/core.js';

let env: TestEnv;
let c: ClosedCall;
let admin: Agent;
let finance: Agent;
let panel: Awaited<ReturnType<typeof signedInEvaluator>>[];
let app: string;

beforeAll(async () => {
  env = await createTestEnv();
  c = await makeClosedCall(env, { applications: 1 });
  app = c.applications[0]!.id;
  admin = await env.agent().signIn((await makeUser(env.ctx(), { role: 'admin' })).email, TEST_PASSWORD);
  finance = await env.agent().signIn((await makeUser(env.ctx(), { role: 'finance' })).email, TEST_PASSWORD);
  panel = [await signedInEvaluator(env), await signedInEvaluator(env), await signedInEvaluator(env), await signedInEvaluator(env)];
  for (const [i, e] of panel.entries()) await assign(env, c.callId, app, e.evaluatorId, i === 3 ? 'conflict' : 'no_conflict');
});
afterAll(() => env.close());

const url = () => `/api/evaluation/applications/${app}/consensus`;
const agreed = sheet([4, 3.5, 4]);

describe('consensus report', () => {
  it('opens only once every assigned, conflict-free evaluator has submitted', async () => {
    await panel[0]!.agent.post(`/api/evaluation/applications/${app}/form/submit`, sheet([4, 3, 4]));
    await panel[1]!.agent.post(`/api/evaluation/applications/${app}/form/submit`, sheet([5, 4, 4]));
    await panel[2]!.agent.request('PUT', `/api/evaluation/applications/${app}/form`, sheet([1, 1, 1]));
    const view = (await admin.get(url())).json();
    expect(view).toMatchObject({ ready: false, spreads: [], canWrite: true, canManage: true, report: null });
    // The individual scores of a draft are not shown; the conflicted evaluator is not on the panel.
    expect(view.individuals.map((i: { status: string }) => i.status)).toEqual(['submitted', 'submitted', 'draft']);
    expect(view.individuals[2].scores).toEqual({});
    const early = await admin.request('PUT', url(), agreed);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'evaluation.forms_outstanding', title: expect.stringContaining('One individual evaluation') });
    expect((await admin.post(`${url()}/finalise`, agreed)).statusCode).toBe(409);
  });

  it('shows the scores side by side with their spread and the median proposal', async () => {
    await panel[2]!.agent.post(`/api/evaluation/applications/${app}/form/submit`, sheet([2.5, 3, 4]));
    const view = (await admin.get(url())).json();
    expect(view.ready).toBe(true);
    expect(view.individuals.map((i: { scores: Record<string, number> }) => i.scores.excellence)).toEqual([4, 5, 2.5]);
    expect(view.individuals[0].evaluatorName).toEqual(expect.any(String));
    expect(view.spreads.find((s: { criterion: string }) => s.criterion === 'excellence')).toMatchObject({ min: 2.5, max: 5, spread: 2.5, median: 4, proposed: 4, needsDiscussion: true });
    expect(view.spreads.find((s: { criterion: string }) => s.criterion === 'implementation')).toMatchObject({ spread: 0, needsDiscussion: false });
  });

  it('staff designate a rapporteur among the cleared evaluators; only that evaluator reaches the report', async () => {
    const bad = await admin.post(`${url()}/rapporteur`, { evaluatorId: panel[3]!.evaluatorId });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'evaluatorId', code: 'scoring:issues.not_in_panel' });
    expect((await finance.post(`${url()}/rapporteur`, { evaluatorId: panel[0]!.evaluatorId })).statusCode).toBe(403);
    expect((await panel[1]!.agent.get(url())).statusCode).toBe(404);
    const ok = await admin.post(`${url()}/rapporteur`, { evaluatorId: panel[0]!.evaluatorId });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().report).toMatchObject({ rapporteurId: panel[0]!.evaluatorId, status: 'draft' });
    const asRapporteur = await panel[0]!.agent.get(url());
    expect(asRapporteur.statusCode).toBe(200);
    expect(asRapporteur.json()).toMatchObject({ canWrite: true, canManage: false });
    expect(asRapporteur.json().individuals.every((i: { evaluatorName: string | null }) => i.evaluatorName === null)).toBe(true);
    for (const other of [panel[1]!, panel[2]!, panel[3]!]) {
      expect((await other.agent.get(url())).statusCode).toBe(404);
      expect((await other.agent.request('PUT', url(), agreed)).statusCode).toBe(404);
      expect((await other.agent.post(`${url()}/finalise`, agreed)).statusCode).toBe(404);
    }
    const viewing = await finance.get(url());
    expect(viewing.json()).toMatchObject({ canWrite: false, canManage: false });
    expect((await finance.request('PUT', url(), agreed)).statusCode).toBe(403);
  });

  it('the rapporteur records majority scores with a minority view and finalises; then it is locked and audited', async () => {
    const incomplete = await panel[0]!.agent.post(`${url()}/finalise`, { scores: { excellence: 4 }, comments: {} });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['scores.impact', 'comments.excellence']));
    const draft = await panel[0]!.agent.request('PUT', url(), { ...agreed, minorityView: 'Un evaluador considera la excelencia insuficiente.' });
    expect(draft.statusCode).toBe(200);
    const final = await panel[0]!.agent.post(`${url()}/finalise`, { ...agreed, minorityView: 'Un evaluador considera la excelencia insuficiente.' });
    expect(final.statusCode).toBe(200);
    expect(final.json()).toMatchObject({ canWrite: false, report: { status: 'final', scores: { excellence: 4, impact: 3.5, implementation: 4 } } });
    const [row] = await env.ctx().db.select().from(consensusReport).where(eq(consensusReport.applicationId, app));
    expect(row).toMatchObject({ status: 'final', minorityView: 'Un evaluador considera la excelencia insuficiente.', finalisedBy: panel[0]!.userId });
    const events = await env.ctx().db.select().from(auditEvent).where(and(eq(auditEvent.action, 'evaluation.consensus_finalised'), eq(auditEvent.entityId, row!.id)));
    expect(events).toHaveLength(1);
    for (const res of [await admin.request('PUT', url(), agreed), await admin.post(`${url()}/finalise`, agreed), await admin.post(`${url()}/rapporteur`, { evaluatorId: null })]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('evaluation.consensus_final');
    }
    const formId = (await admin.get(url())).json().individuals[1].formId as string;
    expect((await admin.post(`/api/evaluation/forms/${formId}/reopen`, { reason: 'Tras el consenso no se puede' })).json().code).toBe('evaluation.consensus_final');
  });

  it('applicants and members never reach the consensus routes', async () => {
    const applicant = await env.agent().signIn(c.applications[0]!.applicantEmail, TEST_PASSWORD);
    expect((await applicant.get(url())).statusCode).toBe(403);
    expect((await applicant.request('PUT', url(), agreed)).statusCode).toBe(403);
    expect((await applicant.post(`${url()}/finalise`, agreed)).statusCode).toBe(403);
  });
});
