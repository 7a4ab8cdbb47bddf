/** What-if and saved scenarios through the API, with who may see, change and share them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let admin: Agent;
let staff: Agent;
let finance: Agent;
let member: Agent;
let otherMember: Agent;
let datasetId: string;

const GALLIUM = { kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'CN', t: 1.5 };
const TUNGSTEN = { kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'globalSupply', country: 'ES', share: 0.1 };

beforeAll(async () => {
  env = await createTestEnv();
  const sign = async (role: 'admin' | 'staff' | 'finance' | 'member') => env.agent().signIn((await makeUser(env.ctx(), { role })).email, TEST_PASSWORD);
  [admin, staff, finance, member, otherMember] = [await sign('admin'), await sign('staff'), await sign('finance'), await sign('member'), await sign('member')];
  datasetId = (await admin.post('/api/materials/datasets/eu-2023', {})).json().datasetId;
  // Every input for gallium, so that its SR is computed before and after.
  const csv = ['country_code,country_name,wgi_scaled,source,illustrative', ...['CN', 'DE', 'JP', 'KR', 'RU', 'UA', 'HK', 'TW', 'GB', 'US'].map((c) => `${c},,${c === 'CN' ? 6 : 3},test,no`)].join('\n');
  await staff.post(`/api/materials/datasets/${datasetId}/governance/import`, { csv });
  await staff.request('PUT', `/api/materials/datasets/${datasetId}/parameters/gallium`, { importReliance: 1, eolRir: 0, siSr: 0.9, siEi: 0.95, source: 'test' });
});
afterAll(() => env.close());

describe('what-if', () => {
  it("shows gallium's SR before and after China's export restriction, with the formulas on request", async () => {
    const res = await member.post('/api/materials/what-if', { datasetId, changes: [GALLIUM], explain: 'gallium' });
    expect(res.statusCode).toBe(200);
    const { comparisons, explained } = res.json();
    expect(comparisons.map((c: { materialId: string }) => c.materialId)).toEqual(['gallium']);
    const [g] = comparisons;
    // Only China's term changes: SR_after − SR_before = (t − 1)·[S²_GS·IR/2 + S²_EU·(1 − IR/2)]·WGI_CN·(1 − EoL)·SI_SR
    expect(g.after.sr - g.before.sr).toBeCloseTo(0.5 * (0.938 ** 2 * 0.5 + 0.69 ** 2 * 0.5) * 6 * 0.9, 10);
    expect(g.published).toMatchObject({ sr: 3.9, ei: 3.7 });
    expect(explained.after.stages[0].hhiGs.formula).toContain('0.938²·6·1.5');
    expect(explained.before.stages[0].hhiGs.formula).toContain('0.938²·6·1 ');
  });

  it('shows the published values where an input is missing (tungsten has no parameters)', async () => {
    const { comparisons } = (await member.post('/api/materials/what-if', { datasetId, changes: [TUNGSTEN] })).json();
    expect(comparisons[0].before.sr).toBeNull();
    expect(comparisons[0].after.stages[0].concentrationGs).not.toBe(comparisons[0].before.stages[0].concentrationGs);
    expect(comparisons[0].published.sr).toBe(1.2);
  });

  it('refuses invalid changes, one issue per change with its position', async () => {
    const res = await member.post('/api/materials/what-if', {
      datasetId,
      changes: [TUNGSTEN, { kind: 'share', materialId: 'gallium', stage: 'extraction', list: 'globalSupply', country: 'CN', share: 0.5 }, { kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'BR', t: 2 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['changes.1', 'materials:issue.crm.scenario.no_rows'],
      ['changes.2', 'materials:issue.crm.scenario.country_not_listed'],
    ]);
    expect(res.json().errors[1].message).toBe('BR is not listed for gallium at this stage.');
  });
});

describe('saved scenarios', () => {
  let mine: string;
  let shared: string;

  it('saves a member’s scenario with its result', async () => {
    const res = await member.post('/api/materials/scenarios', { datasetId, name: 'Galio: restricción', changes: [GALLIUM] });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ name: 'Galio: restricción', shared: false, mine: true, canEdit: true });
    expect(s.result.comparisons[0].after.sr).toBeGreaterThan(s.result.comparisons[0].before.sr);
    mine = s.id;
  });

  it('lets only staff share a scenario with everyone', async () => {
    expect((await member.post('/api/materials/scenarios', { datasetId, name: 'Compartido', changes: [TUNGSTEN], shared: true })).statusCode).toBe(403);
    const res = await staff.post('/api/materials/scenarios', { datasetId, name: 'Wolframio español al 10 %', changes: [TUNGSTEN], shared: true });
    expect(res.statusCode).toBe(200);
    shared = res.json().id;
  });

  it('shows members their own and the shared scenarios, and staff all of them', async () => {
    const names = async (a: Agent) => (await a.get('/api/materials/scenarios')).json().map((s: { name: string }) => s.name).sort();
    expect(await names(member)).toEqual(['Galio: restricción', 'Wolframio español al 10 %']);
    expect(await names(otherMember)).toEqual(['Wolframio español al 10 %']);
    expect(await names(finance)).toEqual(['Galio: restricción', 'Wolframio español al 10 %']);
    expect((await otherMember.get(`/api/materials/scenarios/${mine}`)).statusCode).toBe(404);
    expect((await otherMember.get(`/api/materials/scenarios/${shared}`)).json()).toMatchObject({ mine: false, canEdit: false });
  });

  it('lets the author and administrators change or delete a scenario, nobody else', async () => {
    expect((await otherMember.patch(`/api/materials/scenarios/${shared}`, { name: 'Otro nombre' })).statusCode).toBe(403);
    expect((await staff.patch(`/api/materials/scenarios/${mine}`, { name: 'Otro nombre' })).statusCode).toBe(403);
    expect((await member.patch(`/api/materials/scenarios/${mine}`, { shared: true })).statusCode).toBe(403);
    const renamed = await member.patch(`/api/materials/scenarios/${mine}`, { name: 'Galio t = 1,5', description: 'Mi escenario' });
    expect(renamed.json()).toMatchObject({ name: 'Galio t = 1,5', description: 'Mi escenario' });
    const invalid = await member.patch(`/api/materials/scenarios/${mine}`, { changes: [{ ...GALLIUM, country: 'BR' }] });
    expect(invalid.statusCode).toBe(400);
    expect((await admin.delete(`/api/materials/scenarios/${shared}`)).statusCode).toBe(200);
    expect((await member.delete(`/api/materials/scenarios/${mine}`)).statusCode).toBe(200);
    expect((await staff.get('/api/materials/scenarios')).json()).toEqual([]);
  });
});
