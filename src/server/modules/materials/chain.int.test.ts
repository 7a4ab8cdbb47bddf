/** Catalogue, CRMA tracker, member coverage (with who sees which names) and the battery chain. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisationRow, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let admin: Agent;
let staff: Agent;
let member: Agent;
let anonymous: Agent;
const orgs: Record<string, string> = {};

beforeAll(async () => {
  env = await createTestEnv();
  const sign = async (role: 'admin' | 'staff' | 'member') => env.agent().signIn((await makeUser(env.ctx(), { role })).email, TEST_PASSWORD);
  [admin, staff, member] = [await sign('admin'), await sign('staff'), await sign('member')];
  anonymous = env.agent();
  const ctx = env.ctx();
  orgs.mine = (await insertOrganisationRow(ctx, { name: 'Litio del Norte, S.A.', stages: ['exploration', 'extraction'], materials: ['lithium', 'tungsten'] })).id;
  orgs.refiner = (await insertOrganisationRow(ctx, { name: 'Refinados Discretos, S.L.', stages: ['processing'], materials: ['lithium'], publicProfile: false })).id;
  orgs.recycler = (await insertOrganisationRow(ctx, { name: 'Recicla Baterías, S.L.', stages: ['recycling'], materials: ['lithium', 'cobalt'] })).id;
  orgs.former = (await insertOrganisationRow(ctx, { name: 'Antiguo Socio, S.L.', stages: ['manufacturing'], materials: ['lithium'], membershipStatus: 'left' })).id;
  await admin.post('/api/materials/datasets/eu-2023', {});
});
afterAll(() => env.close());

describe('catalogue', () => {
  it('is public, with names in Spanish and English, flags and the Act’s point letters', async () => {
    const list = (await anonymous.get('/api/materials')).json();
    const graphite = list.find((m: { id: string }) => m.id === 'graphite');
    expect(graphite).toMatchObject({ nameEn: 'Natural graphite', nameEs: expect.any(String), strategic: 'yes', critical: true, batteryChain: true, annexIIPoint: 'v' });
    expect(list.filter((m: { annexIIPoint: string | null }) => m.annexIIPoint !== null)).toHaveLength(34);
  });

  it('maps the study’s names to the Act’s and flags the mismatches', async () => {
    const rows = (await anonymous.get('/api/materials/name-mapping')).json();
    const byId = new Map(rows.map((r: { materialId: string }) => [r.materialId, r]));
    expect(byId.get('baryte')).toMatchObject({ mismatch: true, names: { crma: ['Baryte'], srEi: ['Baryte'], globalSupply: ['Barytes'] } });
    expect(byId.get('cobalt')).toMatchObject({ mismatch: false });
    const detail = (await anonymous.get('/api/materials/lree')).json();
    expect(detail.members).toContain('neodymium');
  });
});

describe('CRMA benchmarks tracker', () => {
  it('validates figures: a value, a third country for the 65 % cap, a member for member figures', async () => {
    const res = await staff.post('/api/materials/capacity-figures', { materialId: 'lithium', scope: 'organisation', stage: 'diversification', country: 'ES', year: 2022, source: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['country', 'organisationId', 'scope', 'share', 'share'].sort());
    expect((await member.post('/api/materials/capacity-figures', { materialId: 'lithium', scope: 'eu', stage: 'extraction', share: 0.1, year: 2022, source: 'x' })).statusCode).toBe(403);
  });

  it('checks the latest EU figure of each stage against 10 / 40 / 25 % and the 65 % cap, with Spain and members beside', async () => {
    const post = (body: object) => staff.post('/api/materials/capacity-figures', { year: 2022, source: 'JRC monitoring', ...body });
    await post({ materialId: 'lithium', scope: 'eu', stage: 'extraction', share: 0.05, year: 2021 });
    await post({ materialId: 'lithium', scope: 'eu', stage: 'extraction', share: 0.12 });
    await post({ materialId: 'lithium', scope: 'eu', stage: 'processing', share: 0 });
    await post({ materialId: 'lithium', scope: 'eu', stage: 'diversification', share: 0.79, country: 'CL' });
    await post({ materialId: 'lithium', scope: 'spain', stage: 'extraction', tonnes: 1500, illustrative: true });
    const org = await post({ materialId: 'lithium', scope: 'organisation', organisationId: orgs.recycler, stage: 'recycling', share: 0.005 });
    expect(org.json().organisation).toEqual({ id: orgs.recycler, name: 'Recicla Baterías, S.L.' });
    const tracker = (await member.get('/api/materials/benchmarks')).json();
    expect(tracker.benchmarks.map((b: { id: string; threshold: number }) => [b.id, b.threshold])).toEqual([['extraction', 0.1], ['processing', 0.4], ['recycling', 0.25], ['diversification', 0.65]]);
    expect(tracker.rows).toHaveLength(18);
    const li = tracker.rows.find((r: { materialId: string }) => r.materialId === 'lithium');
    expect(li.checks.map((c: { benchmarkId: string; value: number | null; met: boolean | null }) => [c.benchmarkId, c.value, c.met])).toEqual([
      ['extraction', 0.12, true],
      ['processing', 0, false],
      ['recycling', null, null],
      ['diversification', 0.79, false],
    ]);
    expect(li.checks[3].formula).toBe('diversification (CL): 0.79 ≤ 0.65 = not met');
    expect(li.spain).toHaveLength(1);
    expect(li.organisations[0].organisation.name).toBe('Recicla Baterías, S.L.');
    expect(li.history).toHaveLength(4);
  });
});

describe('member coverage', () => {
  type Cell = { stage: string; members: { name: string }[]; hiddenCount: number };
  const cell = (row: { cells: Cell[] }, stage: string) => row.cells.find((c) => c.stage === stage);

  it('shows staff every active member per material and stage, and the gaps', async () => {
    const cov = (await staff.get('/api/materials/coverage?scope=battery')).json();
    expect(cov).toMatchObject({ activeMembers: 3, mappedMembers: 3 });
    const li = cov.rows.find((r: { materialId: string }) => r.materialId === 'lithium');
    expect(cell(li, 'extraction')?.members.map((m: { name: string }) => m.name)).toEqual(['Litio del Norte, S.A.']);
    expect(cell(li, 'processing')?.members.map((m: { name: string }) => m.name)).toEqual(['Refinados Discretos, S.L.']);
    expect(li.gaps).toEqual(['manufacturing', 'use']);
    expect(li.memberCount).toBe(3);
    const graphite = cov.rows.find((r: { materialId: string }) => r.materialId === 'graphite');
    expect(graphite.gaps).toEqual(['exploration', 'extraction', 'processing', 'manufacturing', 'use', 'recycling']);
  });

  it('shows members only the names in the public directory, counting the others', async () => {
    const cov = (await member.get('/api/materials/coverage?scope=battery')).json();
    const li = cov.rows.find((r: { materialId: string }) => r.materialId === 'lithium');
    expect(cell(li, 'processing')).toMatchObject({ members: [], hiddenCount: 1 });
    expect(li.gaps).toEqual(['manufacturing', 'use']);
    const members = (await member.get('/api/materials/lithium/members')).json();
    expect(members.members.map((m: { name: string }) => m.name)).toEqual(['Litio del Norte, S.A.', 'Recicla Baterías, S.L.']);
    expect(members.hiddenCount).toBe(1);
    expect((await staff.get('/api/materials/lithium/members')).json().members).toHaveLength(3);
    expect((await anonymous.get('/api/materials/lithium/members')).statusCode).toBe(401);
  });

  it('exports the matrix as CSV and XLSX in the chosen language', async () => {
    const csv = await staff.get('/api/materials/coverage/export?scope=mapped&format=csv&lang=es');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="coverage-mapped.csv"');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^Material,Id,Exploración,Extracción,Procesado y refino,/);
    expect(lines.find((l) => l.startsWith('Litio,'))).toContain('Litio del Norte, S.A.');
    const xlsx = await member.request('GET', '/api/materials/coverage/export?scope=mapped&format=xlsx&lang=en');
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Member coverage');
    const lithiumRow = sheet?.getRows(2, 3)?.find((r) => r.getCell(2).value === 'lithium');
    expect(lithiumRow?.getCell(5).value).toBe('1 member not in the public directory');
  });
});

describe('battery value chain', () => {
  it('shows the battery materials with suppliers, Battery Regulation targets and members per stage', async () => {
    const view = (await member.get('/api/materials/battery')).json();
    expect(view.materials.map((m: { materialId: string }) => m.materialId)).toEqual(['lithium', 'cobalt', 'nickel', 'graphite', 'manganese', 'copper', 'aluminium']);
    const co = view.materials.find((m: { materialId: string }) => m.materialId === 'cobalt');
    expect(co.topSuppliers.extraction[0]).toEqual({ country: 'CD', share: 0.628 });
    expect(co.targets.map((t: { share: number | null; date: string }) => [t.share, t.date])).toContainEqual([0.16, '2031-08-18']);
    expect(co.published).toMatchObject({ sr: 2.8, ei: 6.8 });
    expect(co.coverage.find((c: { stage: string }) => c.stage === 'recycling').members[0].name).toBe('Recicla Baterías, S.L.');
    expect(view.stages.find((s: { id: string }) => s.id === 'cells').platformStage).toBe('manufacturing');
    expect(view.categoryTargets.length).toBeGreaterThan(0);
  });
});
