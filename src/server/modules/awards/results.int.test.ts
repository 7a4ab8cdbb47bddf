import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { AwardsPublicResults } from '../../../shared/contracts/awards.js';
import { descending, finalReports, makeDecidableCall, signedIn } from '../../../../test/awards.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';
import { localDateTime } from '../../../shared/time-zone.js';
import { findCall } from './repository.js';

let env: TestEnv;
let admin: Agent;
beforeAll(async () => {
  env = await createTestEnv();
  admin = (await signedIn(env, 'admin')).agent;
});
afterAll(() => env.close());

const EUR = (n: number) => n * 100;

it('publishes the recipients of a decided call (published fields only), as JSON and CSV, without signing in; staff export the FSTP report', async () => {
  const c = await makeDecidableCall(env, { applications: 3, budgetCents: EUR(40_000) });
  await finalReports(env, c, descending(3, [2]));
  const { code } = (await findCall(env.ctx().db, c.callId))!;
  const anonymous = env.agent();
  expect((await anonymous.get(`/api/public/calls/${code}/results`)).statusCode).toBe(404);
  expect((await admin.post(`/api/awards/calls/${c.callId}/decision`)).statusCode).toBe(200);

  const res = await anonymous.get(`/api/public/calls/${code.toLowerCase()}/results`);
  expect(res.statusCode).toBe(200);
  const r = res.json<AwardsPublicResults>();
  expect(r).toMatchObject({ code, currency: 'EUR', totalCents: EUR(40_000), decisionDate: localDateTime(env.clock.now(), 'Europe/Brussels').slice(0, 10) });
  expect(r.recipients).toHaveLength(2);
  for (const x of r.recipients) expect(Object.keys(x).sort()).toEqual(['acronym', 'amountCents', 'country', 'legalName', 'title']);
  expect(r.recipients.map((x) => [x.legalName.replace(/\d+/, 'N'), x.country, x.amountCents])).toEqual([
    ['Evaluada N S.L.', 'ES', EUR(20_000)],
    ['Parceiro N Lda.', 'PT', EUR(20_000)],
  ]);
  // Reserve and rejected applications are not published; nor are scores, tax ids or reasons.
  expect(res.body).not.toContain(c.applications[1]!.reference);
  expect(res.body).not.toMatch(/score|taxId|reason|excellence/i);

  anonymous.locale = 'es';
  const csv = await anonymous.get(`/api/public/calls/${code}/results.csv`);
  expect(csv.headers['content-type']).toContain('text/csv');
  const rows = parse(csv.body.replace(/^\uFEFF/, '')) as string[][];
  expect(rows[0]).toEqual(['Beneficiario', 'País', 'Importe', 'Moneda', 'Acrónimo', 'Título del proyecto', 'Fecha de la decisión']);
  expect(rows.slice(1).map((x) => [x[1], x[2], x[3]])).toEqual([
    ['ES', '20000.00', 'EUR'],
    ['PT', '20000.00', 'EUR'],
  ]);

  const xlsx = await admin.request('GET', `/api/awards/calls/${c.callId}/fstp-report`);
  expect(xlsx.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const values = sheet.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1));
  expect(values[0]).toContain('SME class');
  const header = values[0] as string[];
  const col = (name: string) => header.indexOf(name);
  expect(values.slice(1).map((v) => [v[col('Country')], v[col('SME class')], v[col('Amount')], v[col('Call')], v[col('Application')]])).toEqual([
    ['ES', 'Small', 20_000, code, c.applications[0]!.reference],
    ['PT', 'Small', 20_000, code, c.applications[0]!.reference],
  ]);
  for (const role of ['member', 'evaluator', 'applicant'] as const) {
    expect((await (await signedIn(env, role)).agent.get(`/api/awards/calls/${c.callId}/fstp-report`)).statusCode).toBe(403);
  }
});
