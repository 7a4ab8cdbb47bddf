import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClosedCall, type ClosedCall } from '../../../../test/evaluation.js';
import { makeOffice, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { assign, LONG, sheet, signedInEvaluator } from '../../../../test/scoring.js';
import { auditEvent } from '../../platform/audit/schema.js';
import { appUser } from '../identity/schema.js';
import { call } from '../funding/index.js';

let env: TestEnv;
let c: ClosedCall;
let admin: Agent;
let me: Awaited<ReturnType<typeof signedInEvaluator>>;
let other: Awaited<ReturnType<typeof signedInEvaluator>>;

beforeAll(async () => {
  env = await createTestEnv();
  c = await makeClosedCall(env, { applications: 4 });
  const a = await makeUser(env.ctx(), { role: 'admin' });
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
  me = await signedInEvaluator(env);
  other = await signedInEvaluator(env);
  const [a0, a1, a2, a3] = c.applications.map((x) => x.id) as [string, string, string, string];
  await assign(env, c.callId, a0, me.evaluatorId);
  await assign(env, c.callId, a1, me.evaluatorId, 'conflict');
  await assign(env, c.callId, a2, me.evaluatorId, 'pending');
  await assign(env, c.callId, a0, other.evaluatorId);
  await assign(env, c.callId, a3, other.evaluatorId);
});
afterAll(() => env.close());

const form = (id: string) => `/api/evaluation/applications/${id}/form`;

describe('individual evaluation form', () => {
  it('starts empty with the call criteria, the scale threshold hints and the minimum comment length', async () => {
    const res = await me.agent.get(form(c.applications[0]!.id));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: null, status: 'not_started', minCommentLength: 200, totalThreshold: 10, hints: { complete: false, passes: null } });
    expect(body.criteria.map((x: { id: string }) => x.id)).toEqual(['excellence', 'impact', 'implementation']);
  });

  it('refuses scores that are not half points and criteria the call does not have, field by field', async () => {
    const bad = await me.agent.request('PUT', form(c.applications[0]!.id), { scores: { excellence: 3.3, impact: 6 }, comments: {} });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['scores.excellence', 'scores.impact']);
    expect(bad.json().errors.find((e: { path: string }) => e.path === 'scores.excellence').message).toBe('Scores go from 0 to 5 in half points.');
    const unknown = await me.agent.request('PUT', form(c.applications[0]!.id), { scores: { novelty: 3 }, comments: {} });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: 'scores.novelty', code: 'scoring:issues.unknown_criterion' })]);
  });

  it('autosaves a partial draft and shows advisory hints once complete', async () => {
    const partial = await me.agent.request('PUT', form(c.applications[0]!.id), { scores: { excellence: 4.5 }, comments: { excellence: 'Borrador' } });
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ status: 'draft', scores: { excellence: 4.5 }, comments: { excellence: 'Borrador' }, hints: { complete: false, total: 4.5 } });
    const full = await me.agent.request('PUT', form(c.applications[0]!.id), { scores: { excellence: 3, impact: 3, implementation: 3.5 }, comments: {} });
    expect(full.json().hints).toEqual({ complete: true, total: 9.5, passes: false, failures: [{ kind: 'total', total: 9.5, threshold: 10 }] });
    expect((await me.agent.get(form(c.applications[0]!.id))).json().scores).toEqual({ excellence: 3, impact: 3, implementation: 3.5 });
  });

  it('refuses to submit comments shorter than the minimum, naming each field, in the person\'s language', async () => {
    const input = sheet([4, 4, 4]);
    input.comments.impact = 'Demasiado breve.';
    await env.ctx().db.update(appUser).set({ locale: 'es' }).where(eq(appUser.id, me.userId));
    const es = await env.agent().signIn(me.email, TEST_PASSWORD);
    const res = await es.post(`${form(c.applications[0]!.id)}/submit`, input);
    await env.ctx().db.update(appUser).set({ locale: 'en' }).where(eq(appUser.id, me.userId));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'comments.impact', code: 'scoring:issues.comment_short' })]);
    expect(res.json().errors[0].message).toContain('200 caracteres');
    expect((await me.agent.get(form(c.applications[0]!.id))).json().status).toBe('draft');
  });

  it('uses the minimum comment length the call sets', async () => {
    const own = await makeClosedCall(env, { applications: 1 });
    const [row] = await env.ctx().db.select({ ranking: call.ranking }).from(call).where(eq(call.id, own.callId));
    await env.ctx().db.update(call).set({ ranking: { ...(row!.ranking as object), minCommentLength: 40 } }).where(eq(call.id, own.callId));
    const id = own.applications[0]!.id;
    const third = await signedInEvaluator(env);
    await assign(env, own.callId, id, third.evaluatorId);
    expect((await third.agent.get(form(id))).json().minCommentLength).toBe(40);
    const input = sheet([4, 4, 4]);
    input.comments.impact = 'x'.repeat(39);
    const short = await third.agent.post(`${form(id)}/submit`, input);
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([expect.objectContaining({ path: 'comments.impact', code: 'scoring:issues.comment_short' })]);
    expect(short.json().errors[0].message).toContain('40');
    input.comments.impact = 'Plan realista, riesgos bien identificados.';
    expect(input.comments.impact.length).toBeGreaterThanOrEqual(40);
    expect((await third.agent.post(`${form(id)}/submit`, input)).json().status).toBe('submitted');
  });

  it('submits, then locks the form; staff reopen it with a reason (audited) and it can be changed again', async () => {
    const res = await me.agent.post(`${form(c.applications[0]!.id)}/submit`, sheet([4, 4, 3.5]));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', hints: { complete: true, total: 11.5, passes: true } });
    const formId = res.json().id as string;
    const locked = await me.agent.request('PUT', form(c.applications[0]!.id), sheet([5, 5, 5]));
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('evaluation.form_submitted');
    expect((await me.agent.post(`${form(c.applications[0]!.id)}/submit`, sheet([5, 5, 5]))).statusCode).toBe(409);

    expect((await admin.post(`/api/evaluation/forms/${formId}/reopen`, { reason: 'x' })).statusCode).toBe(400);
    expect((await admin.post(`/api/evaluation/forms/${formId}/reopen`, { reason: 'Comentario de impacto incoherente con la nota' })).statusCode).toBe(200);
    const [event] = await env.ctx().db.select().from(auditEvent).where(and(eq(auditEvent.action, 'evaluation.form_reopened'), eq(auditEvent.entityId, formId)));
    expect(event?.summary).toMatchObject({ reason: 'Comentario de impacto incoherente con la nota' });
    const reopened = await me.agent.get(form(c.applications[0]!.id));
    expect(reopened.json()).toMatchObject({ status: 'draft', reopenReason: 'Comentario de impacto incoherente con la nota' });
    expect((await me.agent.request('PUT', form(c.applications[0]!.id), sheet([4, 3.5, 3.5]))).statusCode).toBe(200);
    expect((await admin.post(`/api/evaluation/forms/${formId}/reopen`, { reason: 'Otra vez, sin enviar' })).json().code).toBe('evaluation.form_not_submitted');
  });

  it('staff of another office may not reopen forms', async () => {
    const office = await makeOffice(env.ctx());
    const s = await makeUser(env.ctx(), { role: 'staff', officeIds: [office.id] });
    const staff = await env.agent().signIn(s.email, TEST_PASSWORD);
    const submitted = await other.agent.post(`${form(c.applications[3]!.id)}/submit`, sheet([3, 3, 4]));
    const res = await staff.post(`/api/evaluation/forms/${submitted.json().id as string}/reopen`, { reason: 'No es mi convocatoria' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('evaluation.call_not_yours');
  });
});

describe('isolation, route by route', () => {
  it("another evaluator's form, an unassigned, conflicted or undeclared application: 404 on every form route", async () => {
    const cases = [c.applications[3]!.id, c.applications[1]!.id, c.applications[2]!.id, '00000000-0000-7000-8000-000000000000'];
    for (const id of cases) {
      expect((await me.agent.get(form(id))).statusCode).toBe(404);
      expect((await me.agent.request('PUT', form(id), { scores: {}, comments: {} })).statusCode).toBe(404);
      expect((await me.agent.post(`${form(id)}/submit`, sheet([4, 4, 4]))).statusCode).toBe(404);
      expect((await me.agent.get(`/api/evaluation/applications/${id}/consensus`)).statusCode).toBe(404);
    }
  });

  it('each evaluator sees only their own form of a shared application', async () => {
    const mine = (await me.agent.get(form(c.applications[0]!.id))).json();
    const theirs = (await other.agent.get(form(c.applications[0]!.id))).json();
    expect(mine.status).toBe('draft');
    expect(theirs).toMatchObject({ id: null, status: 'not_started', scores: {} });
    const list = (await me.agent.get('/api/evaluation/my/forms')).json() as { applicationId: string; status: string }[];
    expect(list.map((x) => x.applicationId)).toEqual([c.applications[0]!.id]);
  });

  it('applicants, members and finance never reach forms; evaluators never reach the ranking', async () => {
    const applicant = await env.agent().signIn(c.applications[0]!.applicantEmail, TEST_PASSWORD);
    const member = await env.agent().signIn((await makeUser(env.ctx(), { role: 'member' })).email, TEST_PASSWORD);
    for (const agent of [applicant, member]) {
      expect((await agent.get(form(c.applications[0]!.id))).statusCode).toBe(403);
      expect((await agent.request('PUT', form(c.applications[0]!.id), sheet([1, 1, 1]))).statusCode).toBe(403);
      expect((await agent.get(`/api/evaluation/applications/${c.applications[0]!.id}/consensus`)).statusCode).toBe(403);
      expect((await agent.get(`/api/evaluation/calls/${c.callId}/ranking`)).statusCode).toBe(403);
      expect((await agent.get('/api/evaluation/my/forms')).statusCode).toBe(403);
    }
    const finance = await env.agent().signIn((await makeUser(env.ctx(), { role: 'finance' })).email, TEST_PASSWORD);
    expect((await finance.get(form(c.applications[0]!.id))).statusCode).toBe(403);
    expect((await finance.get('/api/evaluation/my/forms')).statusCode).toBe(403);
    expect((await me.agent.get(`/api/evaluation/calls/${c.callId}/ranking`)).statusCode).toBe(403);
    expect((await me.agent.get(`/api/evaluation/calls/${c.callId}/ranking/export?format=csv`)).statusCode).toBe(403);
    expect(LONG.length).toBeGreaterThanOrEqual(200);
  });
});
