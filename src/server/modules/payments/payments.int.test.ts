import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { programme as programmeTable } from '../funding/schema.js';
import { eq, inArray } from 'drizzle-orm';
import { auditEvent } from '../../platform/audit/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { ctxAs, makeBackOffice, makeFundedCall, signedIn, type FundedCall } from '../../../../test/payments.js';
import { PDF, upload } from '../../../../test/upload.js';
import { linkToOrganisation, makeUser } from '../../../../test/factories.js';
import { mailMessage } from '../../platform/mail/schema.js';
import { findOperation } from '../../operations/registry.js';
import '../../operations/all.js';
import { payment } from './schema.js';
import { approvePayment, createAgreement, setMyAccount, setPayerAccount, signAgreement, verifyAccount } from './index.js';
import { verifyLedgers } from './service/verify.js';
import type { ProjectDto } from '../../../shared/contracts/payments.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const ES_IBAN = 'ES91 2100 0418 4502 0005 1332';
const PT_IBAN = 'PT50000201231234567890154';
const PAYER_IBAN = 'ES7921000813610123456789';

async function setUp() {
  const funded = await makeFundedCall(env, { projects: 1 });
  const people = await makeBackOffice(env, funded.officeId);
  return { funded, people, project: funded.projects[0]! };
}

async function signed(funded: FundedCall, people: Awaited<ReturnType<typeof makeBackOffice>>) {
  const project = funded.projects[0]!;
  const staff = await signedIn(env, people.staff);
  const created = await staff.post(`/api/payments/projects/${project.applicationId}/agreement`, { startsOn: '2026-01-01', endsOn: '2026-10-31' });
  expect(created.statusCode, created.body).toBe(200);
  const agreementId = (created.json() as ProjectDto).agreement!.id;
  const res = await staff.post(`/api/payments/agreements/${agreementId}/sign`, { signedOn: '2026-01-10' });
  expect(res.statusCode, res.body).toBe(200);
  return { staff, agreementId, project: res.json() as ProjectDto };
}

describe('grant agreement and schedule', () => {
  it('signing creates one payment per award and tranche, split to the cent, the signature tranche due', async () => {
    const { funded, people } = await setUp();
    const { project } = await signed(funded, people);
    expect(project.agreement?.status).toBe('signed');
    expect(project.payments).toHaveLength(6);
    for (const a of project.awards) {
      const mine = project.payments.filter((p) => p.awardId === a.id);
      expect(mine.map((p) => p.milestone)).toEqual(['signature', 'midTermReview', 'finalReport']);
      expect(mine.reduce((s, p) => s + p.amountCents, 0)).toBe(a.amountCents);
    }
    const partner = project.payments.filter((p) => p.awardId === project.awards.find((a) => a.amountCents === 1_999_999)!.id);
    expect(partner.map((p) => p.amountCents)).toEqual([800_000, 899_999, 300_000]);
    expect(project.payments.filter((p) => p.due).map((p) => p.milestone)).toEqual(['signature', 'signature']);
    expect(project.dueCents).toBe(1_600_000);
  });

  it('refuses a second agreement, a second signature and a bad date range with field errors in es', async () => {
    const { funded, people, project } = await setUp();
    const { staff, agreementId } = await signed(funded, people);
    expect((await staff.post(`/api/payments/projects/${project.applicationId}/agreement`, { startsOn: '2026-01-01', endsOn: '2026-10-31' })).json()).toMatchObject({ code: 'payments.agreement_exists' });
    expect((await staff.post(`/api/payments/agreements/${agreementId}/sign`, { signedOn: '2026-01-11' })).json()).toMatchObject({ code: 'payments.agreement_not_draft' });
    const other = await makeFundedCall(env);
    const admin = await signedIn(env, await makeUser(env.ctx(), { role: 'admin', locale: 'es' }));
    const bad = await admin.post(`/api/payments/projects/${other.projects[0]!.applicationId}/agreement`, { startsOn: '2026-05-01', endsOn: '2026-04-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'endsOn', message: 'El fin debe ser posterior al inicio.' })]);
  });
});

describe('termination', () => {
  it('cancels every payment not yet paid, keeps the paid one, balances the ledger and is audited once', async () => {
    const { funded, people, project } = await setUp();
    const { staff, agreementId, project: schedule } = await signed(funded, people);
    const [paidOne, approvedOne] = schedule.payments.filter((p) => p.due);
    const finance = await signedIn(env, people.finance);
    expect((await finance.post(`/api/payments/payments/${paidOne!.id}/approve`)).statusCode).toBe(200);
    expect((await finance.post(`/api/payments/payments/${paidOne!.id}/pay`, { valueDate: '2026-01-15', reference: 'TR-9' })).statusCode).toBe(200);
    expect((await finance.post(`/api/payments/payments/${approvedOne!.id}/approve`)).statusCode).toBe(200);
    // Finance moves money but does not manage agreements.
    expect((await finance.post(`/api/payments/agreements/${agreementId}/terminate`, { terminatedOn: '2026-03-01', reason: 'The company entered insolvency.' })).statusCode).toBe(403);

    const res = await staff.post(`/api/payments/agreements/${agreementId}/terminate`, { terminatedOn: '2026-03-01', reason: 'The company entered insolvency.' });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as ProjectDto;
    expect(after.agreement).toMatchObject({ status: 'terminated', terminatedOn: '2026-03-01', terminationReason: 'The company entered insolvency.' });
    expect(after.payments.map((p) => [p.id, p.state]).sort()).toEqual(schedule.payments.map((p) => [p.id, p.id === paidOne!.id ? 'paid' : 'cancelled']).sort());
    expect(after.payments.filter((p) => p.state === 'cancelled').every((p) => p.closeReason === 'The company entered insolvency.')).toBe(true);
    expect(after.paidCents).toBe(paidOne!.amountCents);
    expect(after.dueCents).toBe(0);
    expect((await verifyLedgers(env.ctx(), funded.programmeId)).discrepancies).toEqual([]);
    const trail = await env.ctx().db.select().from(auditEvent).where(eq(auditEvent.entityId, agreementId));
    const terminated = trail.filter((e) => e.action === 'payments.agreement_terminated');
    expect(terminated).toHaveLength(1);
    expect((terminated[0]!.summary as { cancelled: unknown[] }).cancelled).toHaveLength(schedule.payments.length - 1);

    // Nothing more happens on a terminated agreement.
    expect((await staff.post(`/api/payments/agreements/${agreementId}/terminate`, { terminatedOn: '2026-03-02', reason: 'The company entered insolvency.' })).json()).toMatchObject({ code: 'payments.agreement_not_active' });
    expect((await finance.post(`/api/payments/payments/${approvedOne!.id}/pay`, { valueDate: '2026-03-05', reference: 'TR-10' })).json()).toMatchObject({ code: 'payments.transition_not_allowed' });
    const lead = await env.agent().signIn(project.applicantEmail, 'correct-horse-battery');
    expect((await upload(lead, `/api/payments/projects/${project.applicationId}/reports?milestone=midTermReview`, 'informe.pdf', PDF)).json()).toMatchObject({ code: 'payments.agreement_not_signed' });
  });

  it('refuses a draft agreement, a date before the signature and a short reason, with field errors in es', async () => {
    const { project } = await setUp();
    const admin = await signedIn(env, await makeUser(env.ctx(), { role: 'admin', locale: 'es' }));
    const draft = (await admin.post(`/api/payments/projects/${project.applicationId}/agreement`, { startsOn: '2026-01-01', endsOn: '2026-10-31' })).json() as ProjectDto;
    expect((await admin.post(`/api/payments/agreements/${draft.agreement!.id}/terminate`, { terminatedOn: '2026-03-01', reason: 'Nunca llegó a firmarse.' })).json()).toMatchObject({ code: 'payments.agreement_not_active' });
    expect((await admin.post(`/api/payments/agreements/${draft.agreement!.id}/sign`, { signedOn: '2026-01-10' })).statusCode).toBe(200);
    const early = await admin.post(`/api/payments/agreements/${draft.agreement!.id}/terminate`, { terminatedOn: '2026-01-09', reason: 'Renuncia de la empresa beneficiaria.' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'terminatedOn', message: 'La resolución no puede ser anterior a la firma (2026-01-10).' })]);
    const short = await admin.post(`/api/payments/agreements/${draft.agreement!.id}/terminate`, { terminatedOn: '2026-02-01', reason: 'no' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const unchanged = (await admin.get(`/api/payments/projects/${project.applicationId}`)).json() as ProjectDto;
    expect(unchanged.agreement?.status).toBe('signed');
    expect(unchanged.payments.every((p) => p.state === 'scheduled')).toBe(true);
  });
});

describe('ledger transitions', () => {
  it('enforces four eyes, refuses illegal transitions and pays with value date and reference', async () => {
    const { funded, people, project } = await setUp();
    const admin = ctxAs(env, people.admin);
    const created = await createAgreement(admin, project.applicationId, { startsOn: '2026-01-01', endsOn: '2026-12-31' });
    const schedule = await signAgreement(admin, created.agreement!.id, { signedOn: '2026-01-02' });
    const first = schedule.payments.find((p) => p.milestone === 'signature')!;
    const later = schedule.payments.find((p) => p.milestone === 'finalReport')!;
    await expect(approvePayment(admin, first.id)).rejects.toMatchObject({ code: 'payments.four_eyes' });
    const finance = await signedIn(env, people.finance);
    expect((await finance.post(`/api/payments/payments/${later.id}/approve`)).json()).toMatchObject({ code: 'payments.not_due' });
    expect((await finance.post(`/api/payments/payments/${first.id}/pay`, { valueDate: '2026-01-05', reference: 'TR-1' })).json()).toMatchObject({ code: 'payments.transition_not_allowed' });
    expect((await finance.post(`/api/payments/payments/${first.id}/approve`)).json()).toMatchObject({ state: 'approved' });
    const paid = await finance.post(`/api/payments/payments/${first.id}/pay`, { valueDate: '2026-01-05', reference: 'TR-1' });
    expect(paid.json()).toMatchObject({ state: 'paid', valueDate: '2026-01-05', bankReference: 'TR-1' });
    expect((await finance.post(`/api/payments/payments/${first.id}/cancel`, { reason: 'too late' })).json()).toMatchObject({ code: 'payments.transition_not_allowed' });
    expect((await finance.post(`/api/payments/payments/${first.id}/return`, { reason: 'Company dissolved' })).json()).toMatchObject({ state: 'returned', closeReason: 'Company dissolved' });
    const staff = await signedIn(env, people.staff);
    expect((await staff.post(`/api/payments/payments/${later.id}/cancel`, { reason: 'Project abandoned' })).json()).toMatchObject({ state: 'cancelled' });
    expect((await staff.post(`/api/payments/payments/${later.id}/approve`)).statusCode).toBe(403);
    expect((await verifyLedgers(env.ctx(), funded.programmeId)).ok).toBe(true);
    const trail = await env.ctx().db.select().from(auditEvent).where(inArray(auditEvent.entityId, [first.id, later.id]));
    expect(trail.map((e) => e.action).sort()).toEqual(['payments.payment_approved', 'payments.payment_cancelled', 'payments.payment_paid', 'payments.payment_returned']);
  });

  it('lets only one of two concurrent approvals of a payment apply', async () => {
    const { funded, people } = await setUp();
    const { project } = await signed(funded, people);
    const id = project.payments.find((p) => p.due)!.id;
    const results = await Promise.allSettled([approvePayment(ctxAs(env, people.finance), id), approvePayment(ctxAs(env, people.finance2), id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'payments.transition_not_allowed' } });
    const [row] = await env.ctx().db.select().from(payment).where(eq(payment.id, id));
    expect(row?.state).toBe('approved');
  });
});

describe('reports', () => {
  it('the lead uploads a mid-term report; acceptance makes that tranche due, is audited and mailed', async () => {
    const { funded, people, project } = await setUp();
    const { staff } = await signed(funded, people);
    const lead = await env.agent().signIn(project.applicantEmail, 'correct-horse-battery');
    const early = await upload(lead, `/api/payments/projects/${project.applicationId}/reports?milestone=signature`, 'informe.pdf', PDF);
    expect(early.json()).toMatchObject({ code: 'validation.failed', errors: [expect.objectContaining({ path: 'milestone' })] });
    const up = await upload(lead, `/api/payments/projects/${project.applicationId}/reports?milestone=midTermReview`, 'informe intermedio.pdf', PDF);
    expect(up.statusCode, up.body).toBe(200);
    const report = (up.json() as ProjectDto).reports[0]!;
    expect(report).toMatchObject({ status: 'submitted', kind: 'progress', mediaType: 'application/pdf' });
    expect((await upload(lead, `/api/payments/projects/${project.applicationId}/reports?milestone=midTermReview`, 'otra.pdf', PDF)).json()).toMatchObject({ code: 'payments.report_pending' });
    const changes = await staff.post(`/api/payments/reports/${report.id}/decision`, { decision: 'request_changes' });
    expect(changes.json().errors).toEqual([expect.objectContaining({ path: 'comment' })]);
    const accepted = await staff.post(`/api/payments/reports/${report.id}/decision`, { decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const after = accepted.json() as ProjectDto;
    expect(after.payments.filter((p) => p.due).map((p) => p.milestone).sort()).toEqual(['midTermReview', 'midTermReview', 'signature', 'signature']);
    expect(after.payments.filter((p) => p.milestone === 'finalReport').every((p) => !p.due)).toBe(true);
    const mails = await env.ctx().db.select().from(mailMessage).where(eq(mailMessage.to, project.applicantEmail));
    expect(mails.map((m) => m.template)).toContain('paymentsReportAccepted');
    const file = await lead.get(`/api/payments/reports/${report.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    // the staff who made it due may not approve it
    const staffCtx = ctxAs(env, people.staff);
    const mid = after.payments.find((p) => p.milestone === 'midTermReview')!;
    await expect(approvePayment({ ...staffCtx, actor: { ...staffCtx.actor, role: 'finance' } as typeof staffCtx.actor }, mid.id)).rejects.toMatchObject({ code: 'payments.four_eyes' });
  });
});

describe('bank exports and verify', () => {
  async function approvedProject() {
    const { funded, people, project } = await setUp();
    const { project: dto } = await signed(funded, people);
    const finance = ctxAs(env, people.finance);
    for (const p of dto.payments.filter((x) => x.due)) await approvePayment(finance, p.id);
    return { funded, people, project, dto, finance };
  }

  it('refuses to export without verified accounts, then writes a CSV and a SEPA file that parse back', async () => {
    const { funded, people, project, dto, finance } = await approvedProject();
    const agent = await signedIn(env, people.finance);
    expect((await agent.get(`/api/payments/programmes/${funded.programmeId}/export?format=csv`)).json()).toMatchObject({ code: 'payments.accounts_missing', params: { count: 2 } });
    const lead = await env.agent().signIn(project.applicantEmail, 'correct-horse-battery');
    const bad = await lead.request('PUT', `/api/payments/my/accounts/${project.leadOrganisationId}`, { iban: 'ES91 2100 0418 4502 0005 1333', holderName: 'Evaluada S.L.' });
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'iban', code: 'payments:iban.checksum' })]);
    expect((await lead.request('PUT', `/api/payments/my/accounts/${project.partnerOrganisationId}`, { iban: PT_IBAN, holderName: 'Parceiro' })).statusCode).toBe(403);
    const mine = await lead.request('PUT', `/api/payments/my/accounts/${project.leadOrganisationId}`, { iban: ES_IBAN, bic: 'CAIXESBBXXX', holderName: 'Evaluada S.L.' });
    expect(mine.statusCode, mine.body).toBe(200);
    const partnerAccount = await partnerEntersAccount(project.partnerOrganisationId);
    for (const id of [mine.json()[0].id as string, partnerAccount]) await verifyAccount(finance, id);
    const csv = await agent.get(`/api/payments/programmes/${funded.programmeId}/export?format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.iban).sort()).toEqual([ES_IBAN.replace(/ /g, ''), PT_IBAN].sort());
    expect(rows.map((r) => Math.round(Number(r.amount) * 100)).reduce((a, b) => a + b, 0)).toBe(dto.dueCents);
    expect((await agent.get(`/api/payments/programmes/${funded.programmeId}/export?format=sepa`)).json()).toMatchObject({ code: 'payments.payer_account_missing' });
    await setPayerAccount(finance, funded.programmeId, { iban: PAYER_IBAN, bic: null, holderName: 'Clúster Minero' });
    const sepa = await agent.get(`/api/payments/programmes/${funded.programmeId}/export?format=sepa`);
    expect(sepa.statusCode, sepa.body).toBe(200);
    expect(sepa.body).toContain('<NbOfTxs>2</NbOfTxs>');
    expect(sepa.body).toContain(`<CtrlSum>${(dto.dueCents / 100).toFixed(2)}</CtrlSum>`);
    expect(sepa.body).toContain(`<IBAN>${PT_IBAN}</IBAN>`);
    expect(sepa.body).toContain(`<IBAN>${PAYER_IBAN}</IBAN>`);
    const amounts = [...sepa.body.matchAll(/<InstdAmt Ccy="EUR">([\d.]+)<\/InstdAmt>/g)].map((m) => Math.round(Number(m[1]) * 100));
    expect(amounts.sort()).toEqual(dto.payments.filter((p) => p.due).map((p) => p.amountCents).sort());
    async function partnerEntersAccount(organisationId: string): Promise<string> {
      const partnerUser = await makeUser(env.ctx(), { role: 'applicant' });
      await linkToOrganisation(env.ctx(), partnerUser.id, organisationId);
      const list = await setMyAccount(ctxAs(env, partnerUser), organisationId, { iban: PT_IBAN, bic: null, holderName: 'Parceiro Lda.' });
      return list.find((a) => a.organisationId === organisationId)!.id!;
    }
  });

  it('`veta payments export` writes the approved payments of a programme, or says why it cannot', async () => {
    const { funded, project, finance } = await approvedProject();
    const op = findOperation('payments.export')!;
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`! ${l}`) };
    const [programme] = await env.ctx().db.select().from(programmeTable).where(eq(programmeTable.id, funded.programmeId));
    const out = path.join(os.tmpdir(), `veta-payments-${Date.now()}.csv`);
    expect(await op.run(env.ctx(), { programme: programme!.code, format: 'csv', out }, io)).toBe(1);
    expect(lines.at(-1)).toMatch(/^! 2 perceptores no tienen cuenta bancaria verificada/);
    expect(await op.run(env.ctx(), { programme: 'NOPE', format: 'csv', out }, io)).toBe(1);
    for (const organisationId of [project.leadOrganisationId, project.partnerOrganisationId]) {
      const user = await makeUser(env.ctx(), { role: 'applicant' });
      await linkToOrganisation(env.ctx(), user.id, organisationId);
      const [account] = await setMyAccount(ctxAs(env, user), organisationId, { iban: organisationId === project.leadOrganisationId ? ES_IBAN : PT_IBAN, bic: null, holderName: 'Holder' });
      await verifyAccount(finance, account!.id!);
    }
    lines.length = 0;
    expect(await op.run(env.ctx(), { programme: programme!.code.toLowerCase(), format: 'csv', out }, io)).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^Exported 2 approved payments of .* \(16000\.00 EUR\) to /)]);
    expect(parse(await readFile(out, 'utf8'), { columns: true })).toHaveLength(2);
    await rm(out);
  });

  it('funding verify prints per programme figures, JSON, and exits 1 on a tampered amount', async () => {
    const { funded, dto } = await approvedProject();
    const op = findOperation('funding.verify')!;
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await op.run(env.ctx(), { json: true }, io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as { ok: boolean; ledger: { programmes: { programmeId: string; awardedCents: number; approvedCents: number }[] } };
    const mine = json.ledger.programmes.find((p) => p.programmeId === funded.programmeId)!;
    expect(mine).toMatchObject({ awardedCents: 3_999_999, approvedCents: dto.dueCents });
    const victim = dto.payments.find((p) => !p.due)!;
    await env.ctx().db.update(payment).set({ amountCents: victim.amountCents + 1 }).where(eq(payment.id, victim.id));
    out.length = 0;
    expect(await op.run(env.ctx(), {}, io)).toBe(1);
    expect(out.join('\n')).toMatch(/submitted versions? .* checked/);
    expect(out.join('\n')).toContain('MISMATCH (difference -1 cents)');
    expect(out.join('\n')).toContain('ledger.award_imbalance');
    await env.ctx().db.update(payment).set({ amountCents: victim.amountCents }).where(eq(payment.id, victim.id));
  });
});
