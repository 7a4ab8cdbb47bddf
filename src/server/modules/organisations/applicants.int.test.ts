/**
 * People with role `applicant` (applying to calls) act for their own organisations in the registry:
 * they read the record and keep its profile, sites and size figures; nothing else, and nothing of
 * other organisations. Self-registration places the organisation in its region's office.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeCif, makeOffice, makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { registerOwnOrganisation } from './index.js';
import { organisationCreateSchema } from '../../../shared/contracts/organisations.js';

let env: TestEnv;
let applicant: Agent;
let applicantId: string;
let own: string;
let other: string;

beforeAll(async () => {
  env = await createTestEnv();
  const ctx = env.ctx();
  const user = await makeUser(ctx, { role: 'applicant' });
  applicantId = user.id;
  own = (await makeOrganisation(ctx)).id;
  other = (await makeOrganisation(ctx)).id;
  const admin = await env.agent().signIn((await makeUser(ctx, { role: 'admin' })).email, TEST_PASSWORD);
  expect((await admin.post(`/api/organisations/${own}/users`, { email: user.email, role: 'representative' })).statusCode).toBe(200);
  applicant = await env.agent().signIn(user.email, TEST_PASSWORD);
});
afterAll(() => env.close());

describe('applicants in the registry', () => {
  it('read and keep their own organisation: profile, sites, size figures', async () => {
    const record = (await applicant.get(`/api/organisations/${own}`)).json();
    expect(record.permissions).toMatchObject({ editProfile: true, manageSize: true, manageContacts: false, manageMembership: false, editAdmin: false });
    expect((await applicant.patch(`/api/organisations/${own}`, { tradeName: 'Nombre comercial' })).statusCode).toBe(200);
    expect((await applicant.post(`/api/organisations/${own}/sites`, { name: 'Planta', postcode: '41001' })).statusCode).toBe(200);
    expect((await applicant.request('PUT', `/api/organisations/${own}/years/2025`, { awu: 12, turnoverCents: 150_000_000, balanceSheetCents: 90_000_000 })).statusCode).toBe(200);
    expect((await applicant.get(`/api/organisations/${own}/sme`)).json().effectiveClass).toBe('small');
  });

  it('cannot change office, membership or contacts, nor see other organisations', async () => {
    expect((await applicant.patch(`/api/organisations/${own}`, { publicBodyControl: true })).statusCode).toBe(403);
    expect((await applicant.post(`/api/organisations/${own}/contacts`, { name: 'Alguien', role: 'technical' })).statusCode).toBe(403);
    expect((await applicant.get(`/api/organisations/${other}`)).statusCode).toBe(404);
    expect((await applicant.patch(`/api/organisations/${other}`, { tradeName: 'X' })).statusCode).toBe(404);
    expect((await applicant.get('/api/organisations')).statusCode).toBe(403);
  });

  it('self-registration: the office of the headquarters region, the person as representative', async () => {
    const sevilla = await makeOffice(env.ctx(), 'sevilla-self');
    await env.platform.database.db.execute(sql`update office set nuts_code = 'ES618' where id = ${sevilla.id}`);
    const actor = { kind: 'user' as const, id: applicantId, email: 'x@example.org', name: 'X', role: 'applicant' as const, locale: 'es' as const, officeIds: [] };
    const org = await registerOwnOrganisation(
      { ...env.ctx(), actor },
      organisationCreateSchema.parse({ legalName: 'Áridos del Guadalquivir S.L.', kind: 'company', taxId: makeCif(6_200_001), sites: [{ name: 'Planta', postcode: '41500', isHeadquarters: true }] }),
    );
    expect(org.officeId).toBe(sevilla.id);
    expect((await applicant.get('/api/organisations/mine')).json().map((o: { legalName: string }) => o.legalName)).toContain('Áridos del Guadalquivir S.L.');
    await expect(registerOwnOrganisation({ ...env.ctx(), actor: { ...actor, role: 'staff' as const } }, organisationCreateSchema.parse({ legalName: 'Z S.L.', kind: 'company', taxId: makeCif(6_200_002) }))).rejects.toThrow('auth.forbidden');
  });
});
