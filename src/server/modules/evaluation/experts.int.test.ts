import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpertDto, ExpertImportReport } from '../../../shared/contracts/evaluation-pool.js';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { lastMailTo } from '../../../../test/mail.js';
import { upload } from '../../../../test/upload.js';

let env: TestEnv;
let staff: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  const admin = await makeUser(env.ctx(), { role: 'admin' });
  staff = await env.agent().signIn(admin.email, TEST_PASSWORD);
});
afterAll(() => env.close());

describe('evaluator pool', () => {
  it('invites an expert with a profile (mailed link), lists, searches and edits', async () => {
    const org = await makeOrganisation(env.ctx(), { legalName: 'Instituto Geológico del Norte' });
    const res = await staff.post('/api/evaluation/experts', {
      email: 'Experta@Example.org', name: 'Ana Experta', locale: 'es', organisationId: org.id, taxId: null, country: 'es',
      languages: ['es', 'en'], topics: ['digital'], keywords: ['gemelo digital'], minLoad: 1, maxLoad: 4, relations: [],
    });
    expect(res.statusCode, res.body).toBe(200);
    const expert = res.json<ExpertDto>();
    expect(expert).toMatchObject({ email: 'experta@example.org', userStatus: 'invited', organisationName: 'Instituto Geológico del Norte', country: 'ES', termsAcceptedAt: null });
    expect((await lastMailTo(env, 'experta@example.org')).text).toContain('token=');
    expect((await staff.get('/api/evaluation/experts?q=geológico')).json<ExpertDto[]>().map((e) => e.id)).toEqual([expert.id]);
    expect((await staff.get('/api/evaluation/experts?q=gemelo')).json<ExpertDto[]>().map((e) => e.id)).toEqual([expert.id]);
    expect((await staff.get('/api/evaluation/experts?q=nobody')).json()).toEqual([]);
    const edited = await staff.patch(`/api/evaluation/experts/${expert.id}`, { maxLoad: 8, name: 'Ana M. Experta' });
    expect(edited.json()).toMatchObject({ maxLoad: 8, name: 'Ana M. Experta' });
  });

  it('reports every bad field, in the asked language', async () => {
    staff.locale = 'es';
    const res = await staff.post('/api/evaluation/experts', { email: 'no', name: 'A', locale: 'fr', languages: ['español'], topics: [], keywords: [], minLoad: 5, maxLoad: 2, relations: [] });
    staff.locale = 'en';
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string; message: string }[] }>().errors.map((e) => e.path).sort();
    expect(paths).toEqual(['email', 'languages.0', 'locale', 'name']);
    const loads = await staff.post('/api/evaluation/experts', { email: 'x@example.org', name: 'Xavier', locale: 'es', languages: [], topics: [], keywords: [], minLoad: 5, maxLoad: 2, relations: [] });
    expect(loads.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'maxLoad', message: 'The maximum load cannot be below the minimum.' })]);
  });

  it('imports a CSV all or nothing, with a report row by row', async () => {
    const org = await makeOrganisation(env.ctx(), { legalName: 'Consultora Minera S.L.' });
    const bad = Buffer.from(`email;name;locale;tax_id;languages;topics;keywords;min_load;max_load\nuno@example.org;Uno Experto;es;${org.taxId};es|en;digital;relaves|drones;0;3\nmal;D;es;;es;;;;\nuno@example.org;Repetido;en;;en;;;;\n`);
    const r1 = await upload(staff, '/api/evaluation/experts/import', 'experts.csv', bad);
    expect(r1.statusCode, r1.body).toBe(200);
    const report = r1.json<ExpertImportReport>();
    expect(report.imported).toBe(0);
    expect(report.rows.map((r) => [r.row, r.ok, r.errors.map((e) => e.field)])).toEqual([
      [2, true, []],
      [3, false, ['email', 'name']],
      [4, false, ['email']],
    ]);
    expect((await staff.get('/api/evaluation/experts?q=uno@example.org')).json()).toEqual([]);

    const good = Buffer.from(`email,name,locale,tax_id,languages,topics,keywords,min_load,max_load\nuno@example.org,Uno Experto,es,${org.taxId},es|en,digital,relaves|drones,0,3\ndos@example.org,Dos Experta,en,,en,circular,,1,2\n`);
    const r2 = (await upload(staff, '/api/evaluation/experts/import', 'experts.csv', good)).json<ExpertImportReport>();
    expect(r2.imported).toBe(2);
    const uno = (await staff.get('/api/evaluation/experts?q=uno@example.org')).json<ExpertDto[]>()[0]!;
    expect(uno).toMatchObject({ organisationId: org.id, organisationName: 'Consultora Minera S.L.', languages: ['es', 'en'], keywords: ['relaves', 'drones'], maxLoad: 3 });
  });
});
