/**
 * Programmes and calls through the API: the MINE.THE.GAP call expressed as data, the publication
 * checklist (DOMAIN.md section 3's mandatory elements, the cap justification), office scope, the
 * public call pages and documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeOffice, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { PDF, upload } from '../../../../test/upload.js';
import { MTG_CALL_2, MTG_PROGRAMME } from './demo-calls.js';
import { closeCallsJob } from './jobs.js';

let env: TestEnv;
let admin: Agent;
let leon: Agent;
let sevilla: Agent;
let leonOffice: string;

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set('2022-01-10T09:00:00Z');
  const ctx = env.ctx();
  leonOffice = (await makeOffice(ctx, 'leon-f')).id;
  const sevillaOffice = (await makeOffice(ctx, 'sevilla-f')).id;
  admin = await env.agent().signIn((await makeUser(ctx, { role: 'admin' })).email, TEST_PASSWORD);
  leon = await env.agent().signIn((await makeUser(ctx, { role: 'staff', officeIds: [leonOffice] })).email, TEST_PASSWORD);
  sevilla = await env.agent().signIn((await makeUser(ctx, { role: 'staff', officeIds: [sevillaOffice] })).email, TEST_PASSWORD);
});
afterAll(() => env.close());


describe('programmes and calls', () => {
  let programmeId: string;
  let callId: string;

  it('staff create a programme in their office; another office cannot change it', async () => {
    const res = await leon.post('/api/funding/programmes', { ...MTG_PROGRAMME, officeId: leonOffice });
    expect(res.statusCode).toBe(200);
    programmeId = res.json().id;
    expect(res.json()).toMatchObject({ code: 'MTG', recipientCapCents: 5_000_000, canManage: true, fstp: true });
    expect((await sevilla.get(`/api/funding/programmes/${programmeId}`)).json().canManage).toBe(false);
    const denied = await sevilla.patch(`/api/funding/programmes/${programmeId}`, { name: 'Otro nombre' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('funding.programme_not_yours');
    expect((await leon.post('/api/funding/programmes', { ...MTG_PROGRAMME, officeId: leonOffice })).json().code).toBe('funding.code_taken');
  });

  it('expresses MINE.THE.GAP open call #2 as data; the deadline is 16:00 UTC (17:00 Brussels, winter time)', async () => {
    const res = await leon.post('/api/funding/calls', { ...MTG_CALL_2, programmeId });
    expect(res.statusCode).toBe(200);
    const call = res.json();
    callId = call.id;
    expect(call).toMatchObject({ status: 'draft', deadlineLocal: '2022-03-14T17:00', deadlineZone: 'Europe/Brussels', deadlineAt: '2022-03-14T16:00:00.000Z' });
    expect(call.rules.instruments.map((i: { id: string }) => i.id)).toEqual(['MINE-PoC', 'MINE-Demo']);
    // the programme's cap is copied into the call's rules for the eligibility engine
    expect(call.rules.perRecipientCapCents).toBe(5_000_000);
  });

  it('refuses inconsistent documents with every problem and its path', async () => {
    const res = await leon.patch(`/api/funding/calls/${callId}`, {
      paymentScheme: { tranches: [{ milestone: 'a', labelEs: 'A', labelEn: 'A', percent: 40 }, { milestone: 'b', labelEs: 'B', labelEn: 'B', percent: 45 }] },
      rules: { ...MTG_CALL_2.rules, requiredRoles: [{ role: 'integrator', min: 1 }], minPartners: 4, maxPartners: 3 },
      deadlineLocal: '2022-03-27T02:30',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'deadlineLocal', code: 'funding:deadline.nonexistent' })]);
    const docs = await leon.patch(`/api/funding/calls/${callId}`, {
      paymentScheme: { tranches: [{ milestone: 'a', labelEs: 'A', labelEn: 'A', percent: 40 }, { milestone: 'b', labelEs: 'B', labelEn: 'B', percent: 45 }] },
      rules: { ...MTG_CALL_2.rules, requiredRoles: [{ role: 'integrator', min: 1 }], minPartners: 4, maxPartners: 3 },
    });
    const paths = docs.json().errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`);
    expect(paths).toEqual(
      expect.arrayContaining(['rules.minPartners funding:checks.call_min_above_max', 'rules.requiredRoles.0.role funding:checks.unknown_role', 'paymentScheme.tranches funding:checks.ledger_scheme_not_100']),
    );
    expect(docs.json().errors.find((e: { code: string }) => e.code.endsWith('scheme_not_100')).message).toBe('The tranches add up to 85 %, not 100 %.');
  });

  it('lists what is missing; a cap above 60,000 EUR without justification blocks publication', async () => {
    await leon.patch(`/api/funding/programmes/${programmeId}`, { recipientCapCents: 7_500_000 });
    let check = (await leon.get(`/api/funding/calls/${callId}/checklist`)).json();
    expect(check.publishable).toBe(false);
    expect(check.items.filter((i: { ok: boolean; mandatory: boolean }) => !i.ok && i.mandatory).map((i: { code: string }) => i.code)).toEqual(['cap_justification']);
    const refused = await leon.post(`/api/funding/calls/${callId}/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'funding.not_publishable', errors: [{ path: 'cap_justification' }] });
    await leon.patch(`/api/funding/programmes/${programmeId}`, { capJustification: 'Demonstration pilots need larger vouchers (agreed with the granting authority).' });
    check = (await leon.get(`/api/funding/calls/${callId}/checklist`)).json();
    expect(check.publishable).toBe(true);
    await leon.patch(`/api/funding/programmes/${programmeId}`, { recipientCapCents: 5_000_000, capJustification: null });
  });

  it('names each missing mandatory element of an empty call', async () => {
    const res = await leon.post('/api/funding/calls', { programmeId, code: 'MTG-EMPTY', titleEs: 'Vacía', titleEn: 'Empty' });
    const check = (await leon.get(`/api/funding/calls/${res.json().id}/checklist`)).json();
    const missing = check.items.filter((i: { ok: boolean; mandatory: boolean }) => !i.ok && i.mandatory).map((i: { code: string }) => i.code);
    expect(missing).toEqual(['texts', 'activities', 'eligibility', 'instruments', 'max_per_recipient', 'amount_rule', 'award_criteria', 'deadline', 'payment_scheme', 'form', 'budget']);
  });

  it('publishes; the public sees it without signing in, drafts stay hidden', async () => {
    const pub = await leon.post(`/api/funding/calls/${callId}/publish`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json().status).toBe('published');
    const guest = env.agent();
    const list = (await guest.get('/api/public/calls')).json();
    expect(list.items.map((c: { code: string }) => c.code)).toEqual(['MTG-OC2']);
    expect(list.items[0]).toMatchObject({ open: false, deadlineAt: '2022-03-14T16:00:00.000Z' });
    const page = await guest.get('/api/public/calls/mtg-oc2');
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ code: 'MTG-OC2', programmeName: MTG_PROGRAMME.name, serverNow: '2022-01-10T09:00:00.000Z', fstp: true });
    expect(page.json().form.sections).toHaveLength(4);
    expect((await guest.get('/api/public/calls/MTG-EMPTY')).statusCode).toBe(404);
  });

  it('serves the call documents to anyone, with their sniffed type', async () => {
    const up = await upload(leon, `/api/funding/calls/${callId}/documents?title=${encodeURIComponent('Guía para solicitantes')}&language=es`, 'Guía solicitantes.pdf', PDF);
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ mediaType: 'application/pdf', name: 'Guía solicitantes.pdf', size: PDF.length });
    const refused = await upload(leon, `/api/funding/calls/${callId}/documents?title=Script`, 'x.pdf', Buffer.from('#!/bin/sh\necho hi\n'));
    expect(refused.statusCode).toBe(415);
    const doc = (await env.agent().get('/api/public/calls/MTG-OC2')).json().documents[0];
    const dl = await env.agent().get(`/api/public/documents/${doc.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''Gu%C3%ADa%20solicitantes.pdf");
    expect(dl.rawPayload.equals(PDF)).toBe(true);
  });

  it('closes only after the deadline; the job closes overdue calls', async () => {
    expect((await leon.post(`/api/funding/calls/${callId}/close`)).json().code).toBe('funding.deadline_not_passed');
    env.clock.set('2022-03-14T16:00:00Z');
    await closeCallsJob.handler(env.ctx(), {});
    // sessions expire while the clock jumps two months: sign in again
    admin = await env.agent().signIn((await makeUser(env.ctx(), { role: 'admin' })).email, TEST_PASSWORD);
    leon = await env.agent().signIn((await makeUser(env.ctx(), { role: 'staff', officeIds: [leonOffice] })).email, TEST_PASSWORD);
    expect((await admin.get(`/api/funding/calls/${callId}`)).json()).toMatchObject({ status: 'closed', closedAt: '2022-03-14T16:00:00.000Z' });
    expect((await leon.patch(`/api/funding/calls/${callId}`, { titleEn: 'Changed' })).json().code).toBe('funding.call_closed');
  });
});
