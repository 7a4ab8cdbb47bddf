import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeCif, makeOffice, makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { linkUser } from './service/detail.js';

let env: TestEnv;
let admin: Agent;
let leon: { id: string };
let sevilla: { id: string };

beforeAll(async () => {
  env = await createTestEnv();
  leon = await makeOffice(env.ctx(), 'reg-leon');
  sevilla = await makeOffice(env.ctx(), 'reg-sevilla');
  const a = await makeUser(env.ctx(), { role: 'admin' });
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
});
afterAll(() => env.close());

async function signedIn(role: 'staff' | 'member' | 'finance' | 'evaluator' | 'applicant', officeIds: string[] = []) {
  const user = await makeUser(env.ctx(), { role, officeIds });
  return { user, agent: await env.agent().signIn(user.email, TEST_PASSWORD) };
}

describe('registering an organisation', () => {
  it('checks the NIF, places Spanish sites in their province and NUTS region and derives search fields', async () => {
    const res = await admin.post('/api/organisations', {
      legalName: 'Pizarras del Bierzo S.A.',
      kind: 'company',
      taxId: 'a-1234567-4 ',
      officeId: leon.id,
      stages: ['extraction', 'processing'],
      materialIds: ['slate'],
      sites: [
        { name: 'Cantera', city: 'Puente de Domingo Flórez', postcode: '24389' },
        { name: 'Oficinas', city: 'Sevilla', provinceCode: '41', isHeadquarters: true },
      ],
    });
    expect(res.statusCode).toBe(200);
    const org = res.json();
    expect(org).toMatchObject({ taxId: 'A12345674', taxIdKind: 'cif', provinceCodes: ['24', '41'], regionCodes: ['ES41', 'ES61'], materialIds: ['slate'] });
    const detail = (await admin.get(`/api/organisations/${org.id}`)).json();
    expect(detail.sites.map((s: { nutsCode: string; isHeadquarters: boolean }) => [s.nutsCode, s.isHeadquarters])).toEqual([['ES618', true], ['ES413', false]]);
  });

  it('refuses a NIF with a wrong control character and a NUTS code of another country, naming each field', async () => {
    const res = await admin.post('/api/organisations', {
      legalName: 'Mal Identificada S.L.',
      kind: 'company',
      taxId: 'J99216583',
      sites: [{ name: 'Werk', country: 'DE', nutsCode: 'ES413' }, { name: 'Planta', postcode: '24001', provinceCode: '41' }],
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; code: string; message: string }[];
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['taxId', 'id.bad_control'],
      ['sites.0.nutsCode', 'errors:orgs.nuts_country_mismatch'],
      ['sites.1.postcode', 'errors:orgs.postcode_province_mismatch'],
    ]);
    expect(errors[0]?.message).toBe('The control character is wrong: 3 found, 2/B expected.');
  });

  it('accepts an EU VAT number by its country format and refuses a duplicate tax id', async () => {
    const de = await admin.post('/api/organisations', { legalName: 'Bergbau GmbH', kind: 'company', country: 'DE', taxId: 'DE136695976' });
    expect(de.statusCode).toBe(200);
    expect(de.json()).toMatchObject({ taxId: 'DE136695976', taxIdKind: 'vat' });
    const again = await admin.post('/api/organisations', { legalName: 'Otra', kind: 'company', country: 'DE', taxId: 'DE 136 695 976' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('taxId');
    const es = await admin.post('/api/organisations', { legalName: 'Dup ES', kind: 'company', taxId: 'ESA12345674' });
    expect(es.statusCode).toBe(409);
  });
});

describe('who sees and changes what', () => {
  it('scopes staff to their offices', async () => {
    const inLeon = await makeOrganisation(env.ctx(), { officeId: leon.id, legalName: 'Leonesa de Áridos S.L.' });
    const inSevilla = await makeOrganisation(env.ctx(), { officeId: sevilla.id, legalName: 'Áridos del Guadalquivir S.L.' });
    const { agent } = await signedIn('staff', [leon.id]);
    expect((await agent.get(`/api/organisations/${inLeon.id}`)).statusCode).toBe(200);
    expect((await agent.get(`/api/organisations/${inSevilla.id}`)).statusCode).toBe(404);
    expect((await agent.patch(`/api/organisations/${inSevilla.id}`, { website: 'x.es' })).statusCode).toBe(404);
    expect((await agent.patch(`/api/organisations/${inLeon.id}`, { website: 'leonesa.es' })).json().website).toBe('https://leonesa.es');
    const list = (await agent.get('/api/organisations?q=aridos&limit=100')).json();
    expect(list.items.map((o: { id: string }) => o.id)).toContain(inLeon.id);
    expect(list.items.map((o: { id: string }) => o.id)).not.toContain(inSevilla.id);
    const moved = await agent.patch(`/api/organisations/${inLeon.id}`, { officeId: sevilla.id });
    expect(moved.statusCode).toBe(403);
    const created = await agent.post('/api/organisations', { legalName: 'Nueva', kind: 'company', taxId: makeCif(7_100_001), officeId: sevilla.id });
    expect(created.statusCode).toBe(403);
    const defaulted = await agent.post('/api/organisations', { legalName: 'Nueva en León', kind: 'company', taxId: makeCif(7_100_002) });
    expect(defaulted.json().officeId).toBe(leon.id);
  });

  it('lets a member see and edit their own organisation only, not its office', async () => {
    const own = await makeOrganisation(env.ctx(), { officeId: leon.id });
    const other = await makeOrganisation(env.ctx(), { officeId: leon.id });
    const { user, agent } = await signedIn('member');
    await linkUser(env.ctx(), own.id, { email: user.email, role: 'representative' });
    expect((await agent.get('/api/organisations/mine')).json().map((o: { id: string }) => o.id)).toEqual([own.id]);
    const detail = (await agent.get(`/api/organisations/${own.id}`)).json();
    expect(detail.permissions).toMatchObject({ editProfile: true, editAdmin: false, manageFees: false, manageContacts: true });
    expect((await agent.patch(`/api/organisations/${own.id}`, { descriptionEs: 'Nuestra cantera' })).statusCode).toBe(200);
    expect((await agent.patch(`/api/organisations/${own.id}`, { officeId: sevilla.id })).statusCode).toBe(403);
    expect((await agent.get(`/api/organisations/${other.id}`)).statusCode).toBe(404);
    expect((await agent.get('/api/organisations')).statusCode).toBe(403);
  });

  it('keeps evaluators and applicants out of records and the internal directory', async () => {
    const org = await makeOrganisation(env.ctx(), { officeId: leon.id });
    for (const role of ['evaluator', 'applicant'] as const) {
      const { agent } = await signedIn(role);
      expect((await agent.get(`/api/organisations/${org.id}`)).statusCode).toBe(404);
      expect((await agent.get('/api/organisations')).statusCode).toBe(403);
    }
  });

  it('lets finance read every record and manage fees, not change profiles', async () => {
    const org = await makeOrganisation(env.ctx(), { officeId: sevilla.id });
    const { agent } = await signedIn('finance');
    const detail = (await agent.get(`/api/organisations/${org.id}`)).json();
    expect(detail.permissions).toMatchObject({ editProfile: false, manageFees: true });
    expect((await agent.patch(`/api/organisations/${org.id}`, { website: 'x.es' })).statusCode).toBe(403);
  });
});
