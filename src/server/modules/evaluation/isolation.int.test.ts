/**
 * Evaluator isolation, route by route: an evaluator reads an application's content and files only
 * when assigned to it and declared free of conflict; everything else answers 404. Applicants and
 * members are refused (403) on the evaluator's routes; other evaluators see nothing.
 */
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyEvaluationsDto } from '../../../shared/contracts/evaluation-pool.js';
import { makeClosedCall, makeEvaluator, type ClosedCall } from '../../../../test/evaluation.js';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { PDF } from '../../../../test/upload.js';
import { applicationAttachment, applicationVersion } from '../funding/index.js';
import { evaluationAssignment } from './schema/core.js';

let env: TestEnv;
let closed: ClosedCall;
let mine: Agent;
let other: Agent;
let attachmentId: string;
let evaluatorId: string;

const content = (appId: string) => `/api/evaluation/applications/${appId}`;
const file = (appId: string, id = attachmentId) => `/api/evaluation/applications/${appId}/attachments/${id}`;

beforeAll(async () => {
  env = await createTestEnv();
  const ctx = env.ctx();
  closed = await makeClosedCall(env, { applications: 3 });
  const [a0, a1, a2] = closed.applications;
  const stored = await ctx.files.put(Readable.from(PDF), { maxBytes: 1_000_000 });
  const [att] = await ctx.db
    .insert(applicationAttachment)
    .values({ applicationId: a0!.id, questionId: 'annex', name: 'annex.pdf', sha256: stored.sha256, size: stored.size, mediaType: 'application/pdf' })
    .returning();
  attachmentId = att!.id;
  await ctx.db
    .update(applicationVersion)
    .set({ snapshot: { application: { acronym: 'EVALX', title: 'Planta gemela', topics: ['digital'] }, answers: { summary: 'Sensores y modelo' }, attachments: [{ id: att!.id, questionId: 'annex', name: 'annex.pdf', sha256: stored.sha256, size: stored.size, mediaType: 'application/pdf' }], consortium: [] } })
    .where(eq(applicationVersion.applicationId, a0!.id));
  const e1 = await makeEvaluator(env, {});
  const e2 = await makeEvaluator(env, {});
  evaluatorId = e1.evaluator.id;
  await ctx.db.insert(evaluationAssignment).values([
    { callId: closed.callId, applicationId: a0!.id, evaluatorId: e1.evaluator.id },
    { callId: closed.callId, applicationId: a1!.id, evaluatorId: e1.evaluator.id },
  ]);
  void a2;
  mine = await env.agent().signIn(e1.user.email, TEST_PASSWORD);
  other = await env.agent().signIn(e2.user.email, TEST_PASSWORD);
});
afterAll(() => env.close());

describe('evaluator isolation', () => {
  it('hides the content and files of an application until no conflict is declared', async () => {
    const a0 = closed.applications[0]!.id;
    const list = (await mine.get('/api/evaluation/my')).json<MyEvaluationsDto>();
    expect(list.calls).toHaveLength(1);
    expect(list.calls[0]!.assignments.map((a) => [a.applicationId, a.coiStatus])).toEqual([
      [a0, 'pending'],
      [closed.applications[1]!.id, 'pending'],
    ]);
    expect((await mine.get(content(a0))).statusCode).toBe(404);
    expect((await mine.get(file(a0))).statusCode).toBe(404);

    const declared = await mine.post(`${content(a0)}/declaration`, { conflict: false });
    expect(declared.json()).toEqual({ coiStatus: 'no_conflict' });
    const res = await mine.get(content(a0));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ reference: closed.applications[0]!.reference, version: 1, acronym: 'EVALX', answers: { summary: 'Sensores y modelo' }, attachments: [{ id: attachmentId, name: 'annex.pdf' }] });
    const dl = await mine.get(file(a0));
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect((await mine.post(`${content(a0)}/declaration`, { conflict: true, note: 'changed my mind' })).json()).toMatchObject({ code: 'evaluation.already_declared' });
  });

  it('answers 404 for unassigned applications, files of other applications and declared conflicts', async () => {
    const [, a1, a2] = closed.applications;
    expect((await mine.get(content(a2!.id))).statusCode).toBe(404);
    expect((await mine.get(file(a2!.id))).statusCode).toBe(404);
    expect((await mine.post(`${content(a2!.id)}/declaration`, { conflict: false })).statusCode).toBe(404);
    // A file of a0 asked through a1 (assigned, pending) and, after declaring, still 404.
    expect((await mine.get(file(a1!.id))).statusCode).toBe(404);
    const missingNote = await mine.post(`${content(a1!.id)}/declaration`, { conflict: true });
    expect(missingNote.statusCode).toBe(400);
    expect(missingNote.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('note');
    expect((await mine.post(`${content(a1!.id)}/declaration`, { conflict: true, note: 'Former employer of the lead' })).json()).toEqual({ coiStatus: 'conflict' });
    expect((await mine.get(content(a1!.id))).statusCode).toBe(404);
    expect((await mine.get(file(a1!.id))).statusCode).toBe(404);
    const list = (await mine.get('/api/evaluation/my')).json<MyEvaluationsDto>();
    expect(list.calls[0]!.assignments.map((a) => a.applicationId)).toEqual([closed.applications[0]!.id]);
  });

  it('shows other evaluators nothing', async () => {
    const a0 = closed.applications[0]!.id;
    expect((await other.get('/api/evaluation/my')).json()).toEqual({ termsAccepted: true, calls: [] });
    expect((await other.get(content(a0))).statusCode).toBe(404);
    expect((await other.get(file(a0))).statusCode).toBe(404);
    expect((await other.post(`${content(a0)}/declaration`, { conflict: false })).statusCode).toBe(404);
  });

  it('shows no assignment before the terms are accepted', async () => {
    const late = await makeEvaluator(env, { termsAccepted: false });
    await env.ctx().db.insert(evaluationAssignment).values({ callId: closed.callId, applicationId: closed.applications[2]!.id, evaluatorId: late.evaluator.id });
    const agent = await env.agent().signIn(late.user.email, TEST_PASSWORD);
    expect((await agent.get('/api/evaluation/my')).json()).toEqual({ termsAccepted: false, calls: [] });
    expect((await agent.post(`${content(closed.applications[2]!.id)}/declaration`, { conflict: false })).json()).toMatchObject({ code: 'evaluation.terms_required' });
    expect((await agent.post('/api/evaluation/me/terms')).json()).toMatchObject({ termsAcceptedAt: expect.any(String) });
    expect((await agent.get('/api/evaluation/my')).json<MyEvaluationsDto>().calls[0]!.assignments).toHaveLength(1);
  });

  it('refuses applicants and members on the evaluator routes, and evaluators on staff routes', async () => {
    const a0 = closed.applications[0]!.id;
    const applicant = await env.agent().signIn(closed.applications[0]!.applicantEmail, TEST_PASSWORD);
    const memberUser = await makeUser(env.ctx(), { role: 'member' });
    const member = await env.agent().signIn(memberUser.email, TEST_PASSWORD);
    for (const agent of [applicant, member]) {
      for (const url of ['/api/evaluation/my', '/api/evaluation/me', content(a0), file(a0)]) expect((await agent.get(url)).statusCode, url).toBe(403);
      expect((await agent.post(`${content(a0)}/declaration`, { conflict: false })).statusCode).toBe(403);
    }
    for (const url of [`/api/evaluation/calls/${closed.callId}/assignments`, `/api/evaluation/calls/${closed.callId}/affinity`, `/api/evaluation/calls/${closed.callId}/conflicts`, '/api/evaluation/experts']) {
      expect((await mine.get(url)).statusCode, url).toBe(403);
    }
  });

  it('lets experts edit their own keywords, languages and relations only', async () => {
    const res = await mine.patch('/api/evaluation/me', { keywords: ['relaves', 'relaves', 'drones'], languages: ['ES', 'pt'], relations: [{ name: 'Minas del Bierzo S.A.', kind: 'former employer' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: evaluatorId, keywords: ['relaves', 'drones'], languages: ['es', 'pt'], relations: [{ name: 'Minas del Bierzo S.A.', kind: 'former employer', organisationId: null, taxId: null }] });
    const sneaky = await mine.patch('/api/evaluation/me', { maxLoad: 50, topics: ['digital'] });
    expect(sneaky.statusCode).toBe(200);
    expect(sneaky.json()).toMatchObject({ maxLoad: 6, topics: ['digital'] });
  });
});
