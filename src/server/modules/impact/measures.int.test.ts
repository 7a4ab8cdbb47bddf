/**
 * Measures through HTTP: recording, validation, the office scope of staff, the member rule (once
 * the registry's member link is wired), and removal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToOrganisation, makeOffice, insertOrganisationRow, makeSite, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { makeAwardFor } from '../../../../test/evaluation.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let admin: Agent;
let leonStaff: Agent;
let member: Agent;
let leonOrg: { id: string };
let leonSite: { id: string };
let madridOrg: { id: string };
let madridSite: { id: string };
let memberId: string;

beforeAll(async () => {
  env = await createTestEnv();
  const ctx = env.ctx();
  const leon = await makeOffice(ctx, 'leon-m');
  const madrid = await makeOffice(ctx, 'madrid-m');
  leonOrg = await insertOrganisationRow(ctx, { name: 'Pizarras Prueba S.L.', officeId: leon.id });
  leonSite = await makeSite(ctx, leonOrg.id);
  madridOrg = await insertOrganisationRow(ctx, { officeId: madrid.id });
  madridSite = await makeSite(ctx, madridOrg.id, { nutsCode: 'ES300' });
  const a = await makeUser(ctx, { role: 'admin' });
  const s = await makeUser(ctx, { role: 'staff', officeIds: [leon.id] });
  const m = await makeUser(ctx, { role: 'member' });
  memberId = m.id;
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
  leonStaff = await env.agent().signIn(s.email, TEST_PASSWORD);
  member = await env.agent().signIn(m.email, TEST_PASSWORD);
});
afterAll(async () => {
  await env.close();
});

const input = (organisationId: string, siteId: string, extra: Record<string, unknown> = {}) => ({
  organisationId,
  siteId,
  category: 'digitalisation',
  title: 'Gemelo digital de la línea de corte',
  description: 'Optimiza la velocidad de corte según la dureza del bloque.',
  startDate: '2025-03-01',
  completedDate: '2025-03-15',
  costCents: 4_850_000,
  ...extra,
});

describe('measures', () => {
  it('staff record a measure of an organisation of their office, and find it by an accent-free search', async () => {
    const res = await leonStaff.post('/api/impact/measures', input(leonOrg.id, leonSite.id));
    expect(res.statusCode).toBe(200);
    const m = res.json<{ id: string; organisationName: string; costCents: number; verified: null }>();
    expect(m.organisationName).toBe('Pizarras Prueba S.L.');
    expect(m.costCents).toBe(4_850_000);
    expect(m.verified).toBeNull();
    const found = await leonStaff.get('/api/impact/measures?q=linea%20de%20corte');
    expect(found.json<{ items: { id: string }[] }>().items.map((x) => x.id)).toContain(m.id);
    const typo = await leonStaff.get('/api/impact/measures?q=gemelo%20digitl');
    expect(typo.json<{ total: number }>().total).toBeGreaterThan(0);
  });

  it('refuses a site of another organisation and an end before the start, naming both fields', async () => {
    const res = await admin.post('/api/impact/measures', input(leonOrg.id, madridSite.id, { completedDate: '2025-02-01' }));
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string; message: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(['siteId', 'completedDate']);
  });

  it('keeps staff to their offices: another office\'s organisation is not found, and lists leave it out', async () => {
    expect((await leonStaff.post('/api/impact/measures', input(madridOrg.id, madridSite.id))).statusCode).toBe(404);
    const created = await admin.post('/api/impact/measures', input(madridOrg.id, madridSite.id, { title: 'Variadores en cintas' }));
    const id = created.json<{ id: string }>().id;
    expect((await leonStaff.get(`/api/impact/measures/${id}`)).statusCode).toBe(404);
    expect((await leonStaff.patch(`/api/impact/measures/${id}`, { title: 'x'.repeat(10) })).statusCode).toBe(404);
    const staffList = await leonStaff.get('/api/impact/measures');
    expect(staffList.json<{ items: { organisationId: string }[] }>().items.every((x) => x.organisationId === leonOrg.id)).toBe(true);
    const adminList = await admin.get('/api/impact/measures');
    expect(adminList.json<{ total: number }>().total).toBe(2);
  });

  it('members see nothing until the registry links them to an organisation; then their own organisation only, and may record', async () => {
    expect((await member.get('/api/impact/measures')).json<{ total: number }>().total).toBe(0);
    expect((await member.post('/api/impact/measures', input(leonOrg.id, leonSite.id))).statusCode).toBe(404);
    await linkToOrganisation(env.ctx(), memberId, leonOrg.id);
    const list = await member.get('/api/impact/measures');
    expect(list.json<{ items: { organisationId: string }[] }>().items.map((x) => x.organisationId)).toEqual([leonOrg.id]);
    expect((await member.post('/api/impact/measures', input(leonOrg.id, leonSite.id, { title: 'Reciclado de lodos' }))).statusCode).toBe(200);
    expect((await member.post('/api/impact/measures', input(madridOrg.id, madridSite.id))).statusCode).toBe(404);
    const orgs = await member.get('/api/impact/organisations');
    expect(orgs.json<{ id: string; sites: unknown[] }[]>().map((o) => o.id)).toEqual([leonOrg.id]);
  });

  it('changes a measure with an audit entry, and removes it', async () => {
    const id = (await admin.post('/api/impact/measures', input(leonOrg.id, leonSite.id, { title: 'Compresor de velocidad variable' }))).json<{ id: string }>().id;
    const theirs = (await makeAwardFor(env, leonOrg.id)).award.id;
    const others = (await makeAwardFor(env, madridOrg.id)).award.id;
    const refused = await leonStaff.patch(`/api/impact/measures/${id}`, { awardId: others });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['awardId']);
    const changed = await leonStaff.patch(`/api/impact/measures/${id}`, { awardId: theirs, category: 'energy_efficiency' });
    expect(changed.json<{ awardId: string; category: string }>()).toMatchObject({ awardId: theirs, category: 'energy_efficiency' });
    const audit = await admin.get(`/api/audit?entityId=${id}`);
    expect(audit.json<{ action: string }[]>().map((e) => e.action)).toEqual(expect.arrayContaining(['impact.measure_created', 'impact.measure_updated']));
    expect((await leonStaff.delete(`/api/impact/measures/${id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/impact/measures/${id}`)).statusCode).toBe(404);
  });

  it('exports the measures as CSV and XLSX', async () => {
    const csv = await admin.get('/api/impact/measures/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Gemelo digital de la línea de corte');
    const xlsx = await admin.get('/api/impact/measures/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
