import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { generatedRow, generatedTable, IMPORT_HEADERS, writeCsv, writeXlsx } from '../../../../test/organisations-data.js';
import { rows } from '../../platform/db/types.js';
import { sql } from 'drizzle-orm';

let env: TestEnv;
let admin: Agent;
let dir: string;

beforeAll(async () => {
  env = await createTestEnv();
  dir = await mkdtemp(path.join(os.tmpdir(), 'veta-import-'));
  const a = await makeUser(env.ctx(), { role: 'admin' });
  admin = await env.agent().signIn(a.email, TEST_PASSWORD);
});
afterAll(async () => {
  await env.close();
  await rm(dir, { recursive: true, force: true });
});

async function upload(agent: Agent, file: string) {
  const boundary = '----veta-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${path.basename(file)}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    await readFile(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return agent.request('POST', '/api/organisations/imports', body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

const count = async () => (await rows<{ n: number }>(env.platform.database.db, sql`select count(*)::int as n from organisation`))[0]?.n ?? 0;

describe('import', () => {
  it('suggests the mapping from Spanish headers, dry-runs, then commits every row', async () => {
    const file = path.join(dir, 'ok.csv');
    await writeCsv(file, generatedTable(20, 7));
    const up = await upload(admin, file);
    expect(up.statusCode).toBe(200);
    const { fileId, mapping, headers, format } = up.json();
    expect(format).toBe('csv');
    expect(headers).toEqual(IMPORT_HEADERS);
    expect(mapping).toMatchObject({ legalName: 'Razón social', taxId: 'NIF', postcode: 'CP', province: 'Provincia', stages: 'Etapas', materials: 'Materiales', annualFee: 'Cuota anual', memberSince: 'Socio desde', contactEmail: 'Email' });
    const before = await count();
    const dry = (await admin.post(`/api/organisations/imports/${fileId}/run`, { mapping, dryRun: true })).json();
    expect(dry).toMatchObject({ dryRun: true, committed: false, rows: 20, valid: 20, created: 0, problems: [] });
    expect(await count()).toBe(before);
    const done = (await admin.post(`/api/organisations/imports/${fileId}/run`, { mapping, dryRun: false })).json();
    expect(done).toMatchObject({ committed: true, created: 20 });
    expect(await count()).toBe(before + 20);
    const first = generatedRow(1, 7);
    const found = (await admin.get(`/api/organisations?q=${encodeURIComponent(first[1] ?? '')}`)).json();
    expect(found.items[0]).toMatchObject({ legalName: first[0], stages: expect.any(Array) });
    const again = (await admin.post(`/api/organisations/imports/${fileId}/run`, { mapping, dryRun: false })).json();
    expect(again.committed).toBe(false);
    expect(again.problems).toHaveLength(20);
    expect(again.problems.every((p: { code: string }) => p.code === 'errors:orgs.tax_id_exists')).toBe(true);
  });

  it('reports every problem of every bad row and commits nothing', async () => {
    const existing = await makeOrganisation(env.ctx());
    const row = (i: number, change: Record<number, string>) => generatedRow(100 + i, 9).map((v, k) => change[k] ?? v);
    const table = [
      IMPORT_HEADERS,
      row(1, {}),
      row(2, { 1: 'B12345675' }), // bad control
      row(3, { 8: 'Narnia' }), // unknown province
      row(4, { 1: row(1, {})[1] ?? '' }), // duplicate of row 1
      row(5, { 0: '', 9: 'minería espacial' }), // missing name, unknown stage
      row(6, { 1: existing.taxId ?? '' }), // already registered
      row(7, { 6: '41001', 8: 'León' }), // postcode of another province
      row(8, {}),
    ];
    const file = path.join(dir, 'bad.xlsx');
    await writeXlsx(file, table);
    const up = (await upload(admin, file)).json();
    expect(up.format).toBe('xlsx');
    const before = await count();
    const report = (await admin.post(`/api/organisations/imports/${up.fileId}/run`, { mapping: up.mapping, dryRun: false })).json();
    expect(report).toMatchObject({ committed: false, created: 0, rows: 8, valid: 2, badRows: 6 });
    expect(report.problems.map((p: { row: number; field: string; code: string }) => [p.row, p.field, p.code])).toEqual([
      [2, 'taxId', 'id.bad_control'],
      [3, 'province', 'errors:orgs.unknown_province'],
      [4, 'taxId', 'errors:orgs.duplicate_in_file'],
      [5, 'legalName', 'validation:required'],
      [5, 'stages', 'errors:orgs.unknown_stage'],
      [6, 'taxId', 'errors:orgs.tax_id_exists'],
      [7, 'postcode', 'errors:orgs.postcode_province_mismatch'],
    ]);
    expect(report.problems[2].message).toBe('This tax id already appears in row 1.');
    expect(await count()).toBe(before);
  });

  it('is refused to members and needs a file', async () => {
    const m = await makeUser(env.ctx(), { role: 'member' });
    const agent = await env.agent().signIn(m.email, TEST_PASSWORD);
    const file = path.join(dir, 'm.csv');
    await writeCsv(file, generatedTable(1));
    expect((await upload(agent, file)).statusCode).toBe(403);
    expect((await admin.post('/api/organisations/imports', {})).statusCode).toBe(415);
  });
});
