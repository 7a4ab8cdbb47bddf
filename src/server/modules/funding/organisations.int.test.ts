/**
 * Applicants' organisations: tax-id check, registering one's own organisation, claiming one already
 * registered (automatic on the organisation's web domain, otherwise decided by staff), and the SME
 * self-declaration run through the registry's SME rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeCif, makeOffice, makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { lastMailTo } from '../../../../test/mail.js';

let env: TestEnv;
let applicant: Agent;
let staff: Agent;
let leonOffice: string;
const M = 100_000_000;

beforeAll(async () => {
  env = await createTestEnv();
  const ctx = env.ctx();
  leonOffice = (await makeOffice(ctx, 'leon-org')).id;
  applicant = await env.agent().signIn((await makeUser(ctx, { role: 'applicant', email: 'gerencia@canteras-bierzo.es' })).email, TEST_PASSWORD);
  staff = await env.agent().signIn((await makeUser(ctx, { role: 'staff', officeIds: [leonOffice] })).email, TEST_PASSWORD);
});
afterAll(() => env.close());

describe("an applicant's organisation", () => {
  it('checks a tax id: a wrong control character is named; an unknown valid one can be registered', async () => {
    const bad = (await applicant.post('/api/funding/my/organisations/check', { taxId: 'B12345675' })).json();
    expect(bad).toMatchObject({ valid: false, existing: null });
    expect(bad.issue.code).toBe('id.bad_control');
    const good = (await applicant.post('/api/funding/my/organisations/check', { taxId: 'b-1234567-4' })).json();
    expect(good).toEqual({ valid: true, normalised: 'B12345674', issue: null, existing: null });
  });

  it('registers its own organisation: placed in its region, assigned to that office, the person acts for it', async () => {
    const res = await applicant.post('/api/funding/my/organisations', {
      legalName: 'Canteras del Bierzo S.L.',
      kind: 'company',
      taxId: 'B12345674',
      website: 'canteras-bierzo.es',
      stages: ['extraction'],
      site: { name: 'Cantera de Toral', city: 'Toral de los Vados', postcode: '24560' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ legalName: 'Canteras del Bierzo S.L.', officeId: leonOffice, membershipStatus: 'none', publicProfile: false, provinceCodes: ['24'] });
    const mine = (await applicant.get('/api/funding/my/organisations')).json();
    expect(mine.organisations).toEqual([expect.objectContaining({ headquarters: { city: 'Toral de los Vados', nutsCode: 'ES413', country: 'ES' }, declaration: null })]);
    // the registry now lets the person keep its profile, but not its membership
    const id = res.json().id;
    expect((await applicant.patch(`/api/organisations/${id}`, { descriptionEs: 'Áridos y pizarra.' })).statusCode).toBe(200);
    expect((await applicant.post(`/api/organisations/${id}/membership`, { status: 'active', effectiveOn: '2026-01-01' })).statusCode).toBe(403);
    const twice = await applicant.post('/api/funding/my/organisations', { legalName: 'Otra', kind: 'company', taxId: 'B12345674', site: { name: 'Sede', postcode: '24001' } });
    expect(twice.json().code).toBe('orgs.tax_id_taken');
  });

  it('a claim on an organisation of the same web domain is approved at once', async () => {
    const org = await makeOrganisation(env.ctx(), { legalName: 'Áridos Canteras Bierzo S.A.', website: 'https://www.canteras-bierzo.es', taxId: makeCif(5_100_001) });
    const check = (await applicant.post('/api/funding/my/organisations/check', { taxId: org.taxId })).json();
    expect(check.existing).toEqual({ id: org.id, legalName: 'Áridos Canteras Bierzo S.A.', actsFor: false, claimPending: false });
    const claim = await applicant.post('/api/funding/my/claims', { taxId: org.taxId });
    expect(claim.json()).toMatchObject({ status: 'approved', reason: '@canteras-bierzo.es' });
    expect((await applicant.get('/api/funding/my/organisations')).json().organisations).toHaveLength(2);
    expect((await lastMailTo(env, 'gerencia@canteras-bierzo.es')).template).toBe('fundingClaimApproved');
  });

  it('other claims wait for staff, who approve or reject them with a reason', async () => {
    const org = await makeOrganisation(env.ctx(), { legalName: 'Pizarras Ajenas S.L.', taxId: makeCif(5_100_002), website: 'pizarras-ajenas.es' });
    const claim = (await applicant.post('/api/funding/my/claims', { taxId: org.taxId, message: 'Soy el nuevo gerente.' })).json();
    expect(claim.status).toBe('pending');
    expect((await applicant.post('/api/funding/my/claims', { taxId: org.taxId })).json().code).toBe('funding.claim_exists');
    expect((await applicant.get(`/api/organisations/${org.id}`)).statusCode).toBe(404);
    const pending = (await staff.get('/api/funding/claims?status=pending')).json();
    expect(pending.map((c: { organisationName: string }) => c.organisationName)).toEqual(['Pizarras Ajenas S.L.']);
    expect((await applicant.post(`/api/funding/claims/${claim.id}/decision`, { approve: true })).statusCode).toBe(403);
    expect((await staff.post(`/api/funding/claims/${claim.id}/decision`, { approve: false, reason: 'No consta en la escritura de poderes.' })).statusCode).toBe(200);
    expect((await staff.post(`/api/funding/claims/${claim.id}/decision`, { approve: true })).json().code).toBe('funding.claim_decided');
    const mail = await lastMailTo(env, 'gerencia@canteras-bierzo.es');
    expect(mail.template).toBe('fundingClaimRejected');
    expect(mail.text).toContain('No consta en la escritura de poderes.');
  });

  it('declares SME status: a 30 % partner enterprise makes a small firm medium, with the reasons', async () => {
    const id = (await applicant.get('/api/funding/my/organisations')).json().organisations[0].organisation.id;
    const years = [2024, 2025].map((year) => ({ year, awu: 40, turnoverCents: 8 * M, balanceSheetCents: 7 * M }));
    const alone = await applicant.post(`/api/funding/my/organisations/${id}/sme-declaration`, { years, onHonour: true });
    expect(alone.json()).toMatchObject({ effectiveClass: 'small', latestYear: 2025 });
    const partnerYears = [2024, 2025].map((year) => ({ year, awu: 50, turnoverCents: 20 * M, balanceSheetCents: 15 * M }));
    const res = await applicant.post(`/api/funding/my/organisations/${id}/sme-declaration`, {
      years,
      enterprises: [{ name: 'Inversiones Mineras del Sil S.A.', relation: 'partner', direction: 'holds_us', capitalPct: 30, votingPct: 30, years: partnerYears }],
      onHonour: true,
    });
    expect(res.json()).toMatchObject({ effectiveClass: 'medium', latestYear: 2025 });
    expect(res.json().explanations).toContainEqual({ code: 'sme.partner', params: { from: 'self', enterpriseId: 'e1', percent: 30 } });
    const mine = (await applicant.get('/api/funding/my/organisations')).json().organisations.find((o: { organisation: { id: string } }) => o.organisation.id === id);
    expect(mine.declaration.effectiveClass).toBe('medium');
    expect((await applicant.post(`/api/funding/my/organisations/${id}/sme-declaration`, { years, onHonour: false })).statusCode).toBe(400);
    const foreign = (await makeOrganisation(env.ctx())).id;
    expect((await applicant.post(`/api/funding/my/organisations/${foreign}/sme-declaration`, { years, onHonour: true })).statusCode).toBe(404);
  });
});
