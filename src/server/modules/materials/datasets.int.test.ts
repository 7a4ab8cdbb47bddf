/** Assessment datasets: importing the EU 2023 tables through the API and the CLI operation. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { findOperation } from '../../operations/registry.js';
import '../../operations/all.js';
import { readEu2023Files } from './service/reference.js';

let env: TestEnv;
let admin: Agent;
let staff: Agent;
let member: Agent;

beforeAll(async () => {
  env = await createTestEnv();
  const sign = async (role: 'admin' | 'staff' | 'member') => env.agent().signIn((await makeUser(env.ctx(), { role })).email, TEST_PASSWORD);
  [admin, staff, member] = [await sign('admin'), await sign('staff'), await sign('member')];
});
afterAll(() => env.close());

const GS = 'eu_crm_2023_global_supply_shares.csv';
const EU = 'eu_crm_2023_eu_sourcing_shares.csv';

function collect() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { io: { out: (l: string) => lines.push(l), err: (l: string) => errors.push(l) }, lines, errors };
}

describe('importing the EU 2023 tables', () => {
  it('tells there is no dataset yet', async () => {
    const res = await member.get('/api/materials/assessment');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'materials.no_dataset' });
  });

  it('tells the CLI report there is nothing to report yet', async () => {
    const out = collect();
    expect(await findOperation('materials.report')!.run(env.ctx(), {}, out.io)).toBe(1);
    expect(out.errors).toEqual(['No assessment dataset is loaded yet: run `veta materials import-eu-2023` first.']);
  });

  it('refuses a malformed file: commits nothing and lists every problem (file, line, column)', async () => {
    const files = readEu2023Files();
    const gs = (files[GS] ?? '').split('\n');
    gs[5] = 'Kryptonite,extraction,Atlantis,12.0%,0.12,1.0';
    const eu = (files[EU] ?? '').split('\n');
    eu[3] = eu[3]?.replace(/,[^,]*$/, ',abc') ?? '';
    const body = { files: { ...files, [GS]: gs.join('\n'), [EU]: eu.join('\n') } };
    const dry = await admin.post('/api/materials/datasets/eu-2023', { ...body, dryRun: true });
    expect(dry.statusCode).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ dryRun: true, committed: false, datasetId: null });
    expect(report.errors.map((e: { file: string; line: number; column: string; code: string }) => [e.file, e.line, e.column, e.code])).toEqual([
      [GS, 6, 'material', 'crm.unknown_material'],
      [GS, 6, 'country', 'crm.unknown_country'],
      [EU, 4, 'trade_t', 'crm.trade_factor'],
    ]);
    expect(report.errors[1].message).toBe('The country “Atlantis” is not in the country table.');

    const commit = await admin.post('/api/materials/datasets/eu-2023', body);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().code).toBe('materials.import_invalid');
    expect(commit.json().errors.map((e: { path: string }) => e.path)).toEqual([`${GS}:6:material`, `${GS}:6:country`, `${EU}:4:trade_t`]);
    expect((await admin.get('/api/materials/datasets')).json()).toEqual([]);
  });

  it('lists the quirks as warnings on a dry run, in the caller’s language', async () => {
    const spanish = await env.agent().signIn((await makeUser(env.ctx(), { role: 'admin', locale: 'es' })).email, TEST_PASSWORD);
    const res = await spanish.post('/api/materials/datasets/eu-2023', { dryRun: true });
    const report = res.json();
    expect(report.errors).toEqual([]);
    expect(report.counts).toMatchObject({ materials: 91 });
    const variant = report.warnings.find((w: { code: string; params: { country?: string } }) => w.code === 'crm.country_variant' && w.params.country === 'Brasil');
    expect(variant.message).toBe('«Brasil» se ha leído como «Brazil» (BR).');
    expect((await admin.get('/api/materials/datasets')).json()).toEqual([]);
  });

  it('lets only administrators import', async () => {
    expect((await staff.post('/api/materials/datasets/eu-2023', { dryRun: true })).statusCode).toBe(403);
  });

  it('imports the shipped tables, makes them current and records who did it', async () => {
    const res = await admin.post('/api/materials/datasets/eu-2023', {});
    expect(res.statusCode).toBe(200);
    const { datasetId, committed, warnings } = res.json();
    expect(committed).toBe(true);
    const list = (await member.get('/api/materials/datasets')).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: datasetId, code: 'eu-crm-2023', assessmentYear: 2023, licence: 'CC BY 4.0', isCurrent: true, warningCount: warnings.length });
    expect(list[0].counts).toMatchObject({ materials: 91, governance: 0, parameters: 0 });
    expect(list[0].counts.supplyShares).toBeGreaterThan(2000);
    const detail = (await member.get(`/api/materials/datasets/${datasetId}`)).json();
    expect(detail.warnings).toHaveLength(warnings.length);
    expect(detail.attribution).toMatch(/CC BY 4\.0/);
  });

  it('refuses a second import of the same dataset unless asked to replace it, keeping the parameters', async () => {
    const [dataset] = (await admin.get('/api/materials/datasets')).json();
    await staff.request('PUT', `/api/materials/datasets/${dataset.id}/governance/CN`, { wgiScaled: 6, source: 'test', illustrative: false });
    const again = await admin.post('/api/materials/datasets/eu-2023', {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('materials.dataset_exists');
    const replaced = await admin.post('/api/materials/datasets/eu-2023', { replace: true });
    expect(replaced.json()).toMatchObject({ committed: true, datasetId: dataset.id });
    const [after] = (await admin.get('/api/materials/datasets')).json();
    expect(after.counts).toMatchObject({ materials: 91, governance: 1 });
    expect(after.counts.supplyShares).toBe(dataset.counts.supplyShares);
  });
});

describe('veta materials import-eu-2023 (the operation)', () => {
  it('reads a folder, refuses malformed tables and stores nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veta-crm-'));
    try {
      const files = readEu2023Files();
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), name === GS ? text.replace('Tungsten,extraction,Spain,0.6%,0.006,0.8', 'Tungsten,extraction,Spain,0.6%,0.06,0.8') : text);
      const op = findOperation('materials.import-eu-2023');
      const out = collect();
      const code = await op!.run(env.ctx(), { dir, replace: true }, out.io);
      expect(code).toBe(1);
      expect(out.errors.some((l) => l.includes(`${GS}:`) && l.includes('crm.share_mismatch'))).toBe(true);
      expect(out.errors.at(-1)).toBe('Nothing was imported.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('validates the shipped tables on a dry run and prints the report', async () => {
    const out = collect();
    expect(await findOperation('materials.import-eu-2023')!.run(env.ctx(), { dryRun: true }, out.io)).toBe(0);
    expect(out.lines.at(-1)).toMatch(/^Dry run: the tables are valid \(91 materials\)/);
    const report = collect();
    expect(await findOperation('materials.report')!.run(env.ctx(), {}, report.io)).toBe(0);
    expect(report.lines[1]).toMatch(/^Pass SR >= 1.0 and EI >= 2.8: 32 - /);
    expect(report.lines[2]).toBe('With the strategic copper and nickel: 34; the Act’s Annex II lists 34: same materials.'.replace('Act’s', "Act's"));
    expect(report.lines.some((l) => l.startsWith('  lithium') && l.includes('(no end-use rows)'))).toBe(true);
  });
});
