/**
 * An application from draft to submitted versions, through the API: consortium by invitation,
 * autosave, the live eligibility panel (every failing rule, caps counted across the programme),
 * files stored by hash, immutable versions with receipts, and the freeze at the deadline.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeApplicant, makeOffice, makeProgramme, makePublishedCall, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { lastMailTo, mailsTo, tokenFrom } from '../../../../test/mail.js';
import { PDF, upload } from '../../../../test/upload.js';
import { auditEvent } from '../../platform/audit/schema.js';
import { snapshotHash } from './service/snapshot.js';

let env: TestEnv;
let staff: Agent;
let lead: Awaited<ReturnType<typeof makeApplicant>>;
let partner: Awaited<ReturnType<typeof makeApplicant>>;
let call: Awaited<ReturnType<typeof makePublishedCall>>;
let appId: string;

const PT_SITE = { name: 'Sede', city: 'Porto', country: 'PT', nutsCode: 'PT11', isHeadquarters: true };
const SUMMARY = 'Gemelo digital de la línea de corte de pizarra: sensores de vibración y consumo en las sierras, modelo de desgaste de discos y planificación del mantenimiento. '.repeat(2);

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set('2026-02-02T09:00:00Z');
  const office = await makeOffice(env.ctx(), 'leon-app');
  const programme = await makeProgramme(env.ctx(), { officeId: office.id });
  call = await makePublishedCall(env, { programmeId: programme.id, deadlineLocal: '2026-03-02T17:00' });
  staff = await env.agent().signIn((await makeUser(env.ctx(), { role: 'staff', officeIds: [office.id] })).email, TEST_PASSWORD);
  lead = await makeApplicant(env, { legalName: 'Pizarras del Teleno S.L.' });
  partner = await makeApplicant(env, { legalName: 'Geodados Lda', country: 'PT', taxId: null, sites: [PT_SITE] });
  partner.agent.locale = 'en';
});
afterAll(() => env.close());

const codes = (res: { json(): { eligibility: { failures: { code: string }[] } } }) => res.json().eligibility.failures.map((f) => f.code);

describe('an application', () => {
  it('starts as a draft for an organisation the person acts for, and says what fails', async () => {
    const other = await makeApplicant(env);
    const refused = await lead.agent.post(`/api/funding/calls/${call.id}/applications`, { leadOrganisationId: other.organisation.id });
    expect(refused.json().code).toBe('funding.organisation_not_yours');
    const res = await lead.agent.post(`/api/funding/calls/${call.id}/applications`, { leadOrganisationId: lead.organisation.id, acronym: 'SLATE-TWIN' });
    expect(res.statusCode).toBe(200);
    appId = res.json().id;
    expect(res.json()).toMatchObject({ reference: `${call.code}-0001`, status: 'draft', standing: 'lead', editable: true });
    expect(res.json().partners).toEqual([expect.objectContaining({ lead: true, status: 'confirmed', organisationId: lead.organisation.id, smeClass: 'small', smeSource: 'declaration' })]);
    // every failing rule, not only the first
    expect(codes(res)).toEqual(['eligibility.min_partners', 'eligibility.min_countries', 'eligibility.role', 'eligibility.role', 'eligibility.instrument']);
    expect(res.json().completeness.map((c: { path: string }) => c.path)).toEqual(
      expect.arrayContaining(['title', 'instrumentId', 'activities', 'answers.summary', 'answers.costs', 'answers.declarations']),
    );
  });

  it('autosaves fields and answers (merged by question), refusing unknown options with their path', async () => {
    const bad = await lead.agent.patch(`/api/funding/applications/${appId}`, { activities: ['poc', 'mining-robots'], answers: { duration: 12, nonsense: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['activities.1', 'answers.duration', 'answers.nonsense']);
    await lead.agent.patch(`/api/funding/applications/${appId}`, { title: 'Slate cutting line twin', instrumentId: 'MINE-PoC', trl: 6, activities: ['poc'], topics: ['digital'], answers: { summary: SUMMARY } });
    const res = await lead.agent.patch(`/api/funding/applications/${appId}`, { answers: { challenge: 'Paradas no planificadas de las sierras.', duration: 9, start: '2022-06-01', impact: 'Menos paradas y un 12 % menos de energía por tonelada.' } });
    expect(res.json().answers).toMatchObject({ summary: SUMMARY, duration: 9, start: '2022-06-01' });
    expect(codes(res)).not.toContain('eligibility.instrument');
  });

  it('saves the women and men primarily responsible for the work, refusing what is not a count', async () => {
    const bad = await lead.agent.patch(`/api/funding/applications/${appId}`, { teamWomen: -1, teamMen: 2.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['teamMen', 'teamWomen']);
    const res = await lead.agent.patch(`/api/funding/applications/${appId}`, { teamWomen: 2, teamMen: 3 });
    expect(res.json()).toMatchObject({ teamWomen: 2, teamMen: 3 });
  });

  it('invites a partner by email; the invited person joins for their organisation with a role', async () => {
    const inv = await lead.agent.post(`/api/funding/applications/${appId}/partners`, { email: partner.user.email, name: 'Rui Costa', locale: 'en', roles: ['provider'], requestedCents: 2_500_000 });
    expect(inv.statusCode).toBe(200);
    const mail = await lastMailTo(env, partner.user.email);
    expect(mail.subject).toBe(`Pizarras del Teleno S.L. invites you to apply together to ${call.titleEn}`);
    const token = tokenFrom(mail.text);
    const peek = await env.agent().get(`/api/funding/invitations/${token}`);
    expect(peek.json()).toMatchObject({ reference: `${call.code}-0001`, leadName: 'Pizarras del Teleno S.L.', roles: ['provider'], requestedCents: 2_500_000 });
    const wrongOrg = await partner.agent.post(`/api/funding/invitations/${token}/accept`, { organisationId: lead.organisation.id, roles: ['provider'] });
    expect(wrongOrg.json().code).toBe('funding.organisation_not_yours');
    const ok = await partner.agent.post(`/api/funding/invitations/${token}/accept`, { organisationId: partner.organisation.id, roles: ['provider'] });
    expect(ok.json()).toEqual({ applicationId: appId });
    expect((await partner.agent.post(`/api/funding/invitations/${token}/accept`, { organisationId: partner.organisation.id, roles: ['provider'] })).json().code).toBe('funding.invitation_invalid');
    const detail = (await lead.agent.get(`/api/funding/applications/${appId}`)).json();
    const leadRow = detail.partners.find((p: { lead: boolean }) => p.lead);
    await lead.agent.patch(`/api/funding/partners/${leadRow.id}`, { roles: ['adopter'], requestedCents: 2_500_000 });
    const now = await lead.agent.get(`/api/funding/applications/${appId}`);
    expect(now.json().eligibility.eligible).toBe(true);
    expect(now.json().partners.map((p: { organisationName: string; country: string }) => `${p.organisationName} ${p.country}`)).toEqual(['Pizarras del Teleno S.L. ES', 'Geodados Lda PT']);
  });

  it('reports every failing money rule at once, counting what a partner already has in the programme', async () => {
    const detail = (await lead.agent.get(`/api/funding/applications/${appId}`)).json();
    const pt = detail.partners.find((p: { lead: boolean }) => !p.lead);
    await lead.agent.patch(`/api/funding/partners/${pt.id}`, { requestedCents: 3_000_000 });
    const add = await staff.post(`/api/funding/programmes/${call.programmeId}/commitments`, { organisationId: partner.organisation.id, amountCents: 2_500_000, note: 'Open call #1 (2021)' });
    expect(add.statusCode).toBe(200);
    const res = await lead.agent.get(`/api/funding/applications/${appId}`);
    const failures = res.json().eligibility.failures;
    expect(failures).toEqual([
      { code: 'eligibility.max_per_recipient', pass: false, partnerId: partner.organisation.id, params: { instrumentId: 'MINE-PoC', requestedCents: 3_000_000, maxCents: 2_500_000 } },
      { code: 'eligibility.programme_cap', pass: false, partnerId: partner.organisation.id, params: { requestedCents: 3_000_000, priorCents: 2_500_000, totalCents: 5_500_000, capCents: 5_000_000 } },
    ]);
    await lead.agent.patch(`/api/funding/partners/${pt.id}`, { requestedCents: 2_500_000 });
    expect((await lead.agent.get(`/api/funding/applications/${appId}`)).json().eligibility.eligible).toBe(true);
  });

  it('stores files by content hash with their sniffed type; other types are refused', async () => {
    const refused = await upload(lead.agent, `/api/funding/applications/${appId}/attachments?questionId=declarations`, 'declaration.pdf', Buffer.from('plain text pretending to be a PDF'));
    expect(refused.statusCode).toBe(415);
    const res = await upload(lead.agent, `/api/funding/applications/${appId}/attachments?questionId=declarations`, 'Declaración pyme.pdf', PDF);
    expect(res.statusCode).toBe(200);
    const att = res.json().attachments[0];
    expect(att).toMatchObject({ questionId: 'declarations', name: 'Declaración pyme.pdf', mediaType: 'application/pdf', sha256: createHash('sha256').update(PDF).digest('hex') });
    expect(res.json().answers.declarations).toEqual([att.id]);
    const dl = await partner.agent.get(`/api/funding/attachments/${att.id}`);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses an incomplete submission, naming what is missing', async () => {
    const res = await lead.agent.post(`/api/funding/applications/${appId}/submit`, { idempotencyKey: 'k-incomplete' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'funding.incomplete', errors: [{ path: 'answers.costs', code: 'funding:answers.required', message: 'This answer is required.' }] });
  });

  let v1Hash: string;
  it('submits an immutable version and mails a receipt to every partner; repeating the request stores nothing new', async () => {
    const detail = (await lead.agent.get(`/api/funding/applications/${appId}`)).json();
    const [es, pt] = detail.partners.map((p: { id: string }) => p.id);
    await lead.agent.patch(`/api/funding/applications/${appId}`, { answers: { costs: { partners: { [es]: { personnel: 1_800_000, equipment: 900_000 }, [pt]: { personnel: 2_600_000 } } } } });
    const res = await lead.agent.post(`/api/funding/applications/${appId}/submit`, { idempotencyKey: 'key-first' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, submittedAt: '2026-02-02T09:00:00.000Z', replayed: false });
    v1Hash = res.json().snapshotHash;
    const version = (await lead.agent.get(`/api/funding/applications/${appId}/versions/1`)).json();
    expect(version.snapshot.application).toMatchObject({ teamWomen: 2, teamMen: 3 });
    const again = await lead.agent.post(`/api/funding/applications/${appId}/submit`, { idempotencyKey: 'key-first' });
    expect(again.json()).toMatchObject({ version: 1, replayed: true, snapshotHash: v1Hash });
    const esMail = await mailsTo(env, lead.user.email);
    const ptMail = await mailsTo(env, partner.user.email);
    expect(esMail.filter((m) => m.template === 'fundingReceipt')).toHaveLength(1);
    expect(ptMail.filter((m) => m.template === 'fundingReceipt')).toHaveLength(1);
    expect(ptMail[0]!.subject).toBe(`Receipt: SLATE-TWIN submitted to ${call.titleEn} (version 1)`);
    expect(ptMail[0]!.text).toContain(v1Hash);
    expect(ptMail[0]!.text).toContain('2 February 2026 at 10:00:00 CET');
  });

  it('a resubmission creates version 2 and leaves version 1 exactly as it was', async () => {
    await lead.agent.patch(`/api/funding/applications/${appId}`, { title: 'Slate cutting line digital twin' });
    const res = await lead.agent.post(`/api/funding/applications/${appId}/submit`, { idempotencyKey: 'key-second' });
    expect(res.json()).toMatchObject({ version: 2, replayed: false });
    const v1 = (await staff.get(`/api/funding/applications/${appId}/versions/1`)).json();
    const v2 = (await partner.agent.get(`/api/funding/applications/${appId}/versions/2`)).json();
    expect(v1.snapshot.application.title).toBe('Slate cutting line twin');
    expect(v2.snapshot.application.title).toBe('Slate cutting line digital twin');
    expect(v1.snapshotHash).toBe(v1Hash);
    expect(snapshotHash(v1.snapshot)).toBe(v1Hash);
    expect(v1.snapshot.consortium.map((p: { legalName: string; roles: string[]; smeClass: string }) => [p.legalName, p.roles, p.smeClass])).toEqual([
      ['Pizarras del Teleno S.L.', ['adopter'], 'small'],
      ['Geodados Lda', ['provider'], 'small'],
    ]);
    expect(v1.snapshot.budget).toMatchObject({ requestedTotalCents: 5_000_000 });
    // the attachment hash in the version names the very bytes stored
    const [file] = v2.snapshot.attachments;
    const bytes = (await staff.get(`/api/funding/attachments/${file.id}`)).rawPayload;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    const detail = (await lead.agent.get(`/api/funding/applications/${appId}`)).json();
    expect(detail).toMatchObject({ status: 'submitted', currentVersion: 2 });
    expect(detail.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('partners read the application and answer for themselves only', async () => {
    const detail = (await partner.agent.get(`/api/funding/applications/${appId}`)).json();
    expect(detail).toMatchObject({ standing: 'partner', editable: false });
    expect((await partner.agent.patch(`/api/funding/applications/${appId}`, { title: 'Hijacked' })).statusCode).toBe(403);
    const mine = detail.partners.find((p: { mine: boolean }) => p.mine);
    const theirs = detail.partners.find((p: { mine: boolean }) => !p.mine);
    expect((await partner.agent.patch(`/api/funding/partners/${mine.id}`, { deMinimis: { noneReceived: true, aids: [] } })).statusCode).toBe(200);
    expect((await partner.agent.patch(`/api/funding/partners/${mine.id}`, { requestedCents: 5_000_000 })).statusCode).toBe(403);
    expect((await partner.agent.patch(`/api/funding/partners/${theirs.id}`, { roles: ['provider'] })).statusCode).toBe(403);
  });

  it('staff list the call with eligibility, export it, and declare an application ineligible (audited)', async () => {
    const list = (await staff.get(`/api/funding/calls/${call.id}/applications`)).json();
    expect(list).toEqual([expect.objectContaining({ reference: `${call.code}-0001`, status: 'submitted', partners: 2, countries: ['ES', 'PT'], requestedCents: 5_000_000, eligible: true, failures: [] })]);
    expect((await staff.get(`/api/funding/calls/${call.id}/applications?eligible=no`)).json()).toEqual([]);
    const csv = await staff.get(`/api/funding/calls/${call.id}/applications/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`${call.code}-0001`);
    expect(csv.body).toContain('Pizarras del Teleno S.L.');
    const xlsx = await staff.get(`/api/funding/calls/${call.id}/applications/export?format=xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const decided = await staff.post(`/api/funding/applications/${appId}/status`, { status: 'ineligible', reason: 'Adopter is a subsidiary of a large group (checked in the registry).' });
    expect(decided.statusCode).toBe(200);
    const seen = (await lead.agent.get(`/api/funding/applications/${appId}`)).json();
    expect(seen).toMatchObject({ status: 'ineligible', statusReason: 'Adopter is a subsidiary of a large group (checked in the registry).', editable: false });
    expect((await lead.agent.post(`/api/funding/applications/${appId}/submit`, { idempotencyKey: 'key-third' })).json().code).toBe('funding.application_locked');
    const events = await env.platform.database.db.select().from(auditEvent).where(and(eq(auditEvent.entityId, appId), eq(auditEvent.action, 'funding.application_status_changed')));
    expect(events.map((e) => e.summary)).toEqual([{ from: 'submitted', to: 'ineligible', reason: 'Adopter is a subsidiary of a large group (checked in the registry).' }]);
    await staff.post(`/api/funding/applications/${appId}/status`, { status: 'submitted', reason: 'Reinstated after the appeal.' });
  });

  it('after the deadline nothing can change, and the message names the deadline in its zone', async () => {
    env.clock.set('2026-03-02T16:00:00Z');
    lead.agent = await env.agent().signIn(lead.user.email, TEST_PASSWORD);
    const patch = await lead.agent.patch(`/api/funding/applications/${appId}`, { title: 'Too late' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json()).toMatchObject({ code: 'funding.deadline_passed', title: 'The deadline has passed (2026-03-02 17:00, Europe/Brussels): nothing can be submitted or changed any more.' });
    expect((await lead.agent.post(`/api/funding/applications/${appId}/submit`, { idempotencyKey: 'key-late' })).json().code).toBe('funding.deadline_passed');
    expect((await upload(lead.agent, `/api/funding/applications/${appId}/attachments?questionId=workplan`, 'plan.pdf', PDF)).json().code).toBe('funding.deadline_passed');
    expect((await lead.agent.post(`/api/funding/applications/${appId}/partners`, { email: 'late@example.org', name: 'Late Partner' })).json().code).toBe('funding.deadline_passed');
    // the last version counts: still version 2
    expect((await lead.agent.get(`/api/funding/applications/${appId}`)).json().currentVersion).toBe(2);
  });
});
