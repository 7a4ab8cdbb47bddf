/** Criticality through the API: published check, missing inputs, parameters entered by staff, CSV imports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let admin: Agent;
let staff: Agent;
let member: Agent;
let datasetId: string;

beforeAll(async () => {
  env = await createTestEnv();
  const sign = async (role: 'admin' | 'staff' | 'member') => env.agent().signIn((await makeUser(env.ctx(), { role })).email, TEST_PASSWORD);
  [admin, staff, member] = [await sign('admin'), await sign('staff'), await sign('member')];
  datasetId = (await admin.post('/api/materials/datasets/eu-2023', {})).json().datasetId;
});
afterAll(() => env.close());

type Row = { materialId: string; computed: { sr: number | null; ei: number | null; illustrative: boolean; missing: { kind: string }[] }; published: { sr: number; ei: number; critical: boolean } | null };

describe('the assessment of every material', () => {
  it('applies the thresholds to the published 2023 table: 32 pass, with copper and nickel the 34 of the Act', async () => {
    const res = await member.get('/api/materials/assessment');
    expect(res.statusCode).toBe(200);
    const { check, rows, thresholds } = res.json();
    expect(thresholds).toEqual({ sr: 1, ei: 2.8 });
    expect(check.passing).toHaveLength(32);
    expect(check.addedAsStrategic).toEqual(['copper', 'nickel']);
    expect(check.actCritical).toHaveLength(34);
    expect(check.matchesAct).toBe(true);
    const cobalt = rows.find((r: Row) => r.materialId === 'cobalt');
    expect(cobalt.published).toMatchObject({ year: 2023, sr: 2.8, ei: 6.8, critical: true });
    expect(cobalt.computed.sr).toBeNull();
    expect(new Set(cobalt.computed.missing.map((m: { kind: string }) => m.kind))).toEqual(new Set(['governance', 'importReliance', 'eolRir', 'siSr', 'siEi', 'supplyShares']));
  });

  it('explains one material: formulas, shares, end uses and the 2011-2023 history', async () => {
    const res = await member.get(`/api/materials/assessment/gallium?datasetId=${datasetId}`);
    const a = res.json();
    expect(a.inDataset).toBe(true);
    expect(a.figures.sr.value).toBeNull();
    expect(a.figures.stages[0].concentrationGs.formula).toMatch(/^ΣS²_GS,processing = 0\.938²/);
    expect(a.figures.eiScaled.value).toBeCloseTo(3.92, 2);
    expect(a.figures.impliedSiEi.value).toBeCloseTo(3.7 / a.figures.eiScaled.value, 10);
    expect(a.supply.globalSupply.processing[0]).toMatchObject({ country: 'CN', share: 0.938, shareRaw: '93.8%', t: 1 });
    expect(a.history.map((h: { year: number }) => h.year)).toEqual([2011, 2014, 2017, 2020, 2023]);
    expect(a.endUses.length).toBeGreaterThan(0);
  });

  it('reports per material the SI_EI the published EI implies, and the materials without end uses', async () => {
    const rows = (await member.get('/api/materials/assessment/ei-report')).json();
    expect(rows.find((r: { materialId: string }) => r.materialId === 'lithium')).toMatchObject({ status: 'no-end-use', scaled: null, published: 3.9 });
    expect(rows.find((r: { materialId: string }) => r.materialId === 'cobalt').impliedSiEi).toBeCloseTo(6.8 / 7.03, 2);
  });
});

describe('parameters entered by staff', () => {
  it('computes SR and EI fully once every input is there, and says when a value rests on an illustrative input', async () => {
    const countries = (await member.get(`/api/materials/datasets/${datasetId}/governance`)).json();
    const gallium = (await member.get(`/api/materials/assessment/gallium`)).json();
    const suppliers = new Set<string>([...gallium.supply.globalSupply.processing, ...gallium.supply.euSourcing.processing].map((s: { country: string }) => s.country));
    expect(countries.length).toBeGreaterThan(100);
    for (const c of suppliers) {
      const res = await staff.request('PUT', `/api/materials/datasets/${datasetId}/governance/${c}`, { wgiScaled: c === 'CN' ? 6 : 3, source: 'test scores', illustrative: false });
      expect(res.statusCode).toBe(200);
    }
    const set = await staff.request('PUT', `/api/materials/datasets/${datasetId}/parameters/gallium`, { importReliance: 1, eolRir: 0, siSr: 0.9, siEi: 0.95, source: 'test values', illustrative: true });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ materialId: 'gallium', importReliance: { value: 1, source: 'test values', illustrative: true } });
    const after = (await member.get(`/api/materials/assessment/gallium`)).json();
    const hhiGs = 0.938 ** 2 * 6 + [0.022, 0.019, 0.01, 0.009].reduce((s, v) => s + v * v * 3, 0) + 0.003 ** 2 * 3 * 0.8;
    expect(after.figures.stages[0].hhiGs.value).toBeCloseTo(hhiGs, 3);
    expect(after.values.sr).toBeCloseTo((after.figures.stages[0].hhiGs.value * 0.5 + after.figures.stages[0].hhiEu.value * 0.5) * 0.9, 10);
    expect(after.values.ei).toBeCloseTo(after.figures.eiScaled.value * 0.95, 10);
    expect(after.values.illustrative).toBe(true);
    expect(after.figures.sr.formula).toMatch(/^SR = max\(SR_processing\)/);
    expect(after.parameters.siEi).toMatchObject({ value: 0.95, illustrative: true });
  });

  it('refuses members, and removes a value with null', async () => {
    expect((await member.request('PUT', `/api/materials/datasets/${datasetId}/governance/CN`, { wgiScaled: 1, source: 'x' })).statusCode).toBe(403);
    const res = await staff.request('PUT', `/api/materials/datasets/${datasetId}/parameters/gallium`, { siEi: null, source: 'test values' });
    expect(res.json().siEi).toBeNull();
    expect((await member.get('/api/materials/assessment/gallium')).json().values.ei).toBeNull();
  });

  it('gives a governance template with every country of the dataset, and reads it back', async () => {
    const res = await member.get(`/api/materials/datasets/${datasetId}/governance.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('country_code,country_name,wgi_scaled,source,illustrative');
    expect(lines.find((l) => l.startsWith('CN,'))).toBe('CN,China,6,test scores,no');
    const dry = await staff.post(`/api/materials/datasets/${datasetId}/governance/import`, { csv: res.body, dryRun: true });
    expect(dry.json()).toMatchObject({ dryRun: true, committed: false, errors: [] });
    expect(dry.json().unchanged.length).toBeGreaterThan(50);
  });

  it('imports a CSV all or nothing: any error stores nothing and lists every problem', async () => {
    const bad = 'country_code,country_name,wgi_scaled,source,illustrative\nAU,Australia,2,WGI,no\nZZZ,Nowhere,3,WGI,no\nCL,Chile,12,WGI,no\n';
    const dry = (await staff.post(`/api/materials/datasets/${datasetId}/governance/import`, { csv: bad, dryRun: true })).json();
    expect(dry.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([[3, 'country_code'], [4, 'wgi_scaled']]);
    const commit = await staff.post(`/api/materials/datasets/${datasetId}/governance/import`, { csv: bad });
    expect(commit.statusCode).toBe(422);
    expect(commit.json().errors).toHaveLength(2);
    const au = (await member.get(`/api/materials/datasets/${datasetId}/governance`)).json().find((g: { country: string }) => g.country === 'AU');
    expect(au.wgiScaled).toBeNull();
    const good = 'country_code;country_name;wgi_scaled;source;illustrative\nAU;Australia;1,5;WGI 2022 escalado;no\n';
    const ok = (await staff.post(`/api/materials/datasets/${datasetId}/governance/import`, { csv: good })).json();
    expect(ok).toMatchObject({ committed: true, counts: { governance: 1 } });
    const after = (await member.get(`/api/materials/datasets/${datasetId}/governance`)).json().find((g: { country: string }) => g.country === 'AU');
    expect(after).toMatchObject({ wgiScaled: 1.5, source: 'WGI 2022 escalado' });
  });

  it('imports material parameters from the template', async () => {
    const template = (await member.get(`/api/materials/datasets/${datasetId}/parameters.csv`)).body;
    expect(template.split('\n')[0]).toBe('material_id,material_name,import_reliance,eol_rir,si_sr,si_ei,source,illustrative');
    const csv = 'material_id,material_name,import_reliance,eol_rir,si_sr,si_ei,source,illustrative\ncobalt,Cobalt,0.81,0.22,0.99,0.97,factsheet,no\n';
    const res = (await staff.post(`/api/materials/datasets/${datasetId}/parameters/import`, { csv })).json();
    expect(res).toMatchObject({ committed: true, counts: { materials: 1, parameters: 4 } });
    const params = (await member.get(`/api/materials/datasets/${datasetId}/parameters`)).json().find((p: { materialId: string }) => p.materialId === 'cobalt');
    expect(params.eolRir).toMatchObject({ value: 0.22, source: 'factsheet', illustrative: false });
  });

  it('records every change in the audit log', async () => {
    const audit = (await admin.get('/api/audit?limit=200')).json();
    const actions = new Set((audit as { action: string }[]).map((e) => e.action));
    for (const a of ['materials.dataset_imported', 'materials.governance_set', 'materials.parameters_set', 'materials.governance_imported', 'materials.parameters_imported']) expect(actions).toContain(a);
  });
});
