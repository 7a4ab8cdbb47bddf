/**
 * Meters and readings through HTTP: meter rules, site tokens, the batch API (idempotent, out of
 * order, all-or-nothing), series and quality flags, and CSV/XLSX uploads with dry run and commit.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOffice, insertOrganisationRow, makeSite, makeUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { createTestEnv, type Agent, type TestEnv } from '../../../../test/harness.js';

let env: TestEnv;
let staff: Agent;
let outsider: Agent;
let siteId: string;
let otherSiteId: string;
let token: string;
let elec: { id: string };
let prod: { id: string };

beforeAll(async () => {
  env = await createTestEnv();
  env.clock.set(new Date('2025-06-01T12:00:00Z'));
  const ctx = env.ctx();
  const office = await makeOffice(ctx, 'leon-i');
  const other = await makeOffice(ctx, 'sevilla-i');
  const org = await insertOrganisationRow(ctx, { officeId: office.id });
  siteId = (await makeSite(ctx, org.id)).id;
  const otherOrg = await insertOrganisationRow(ctx, { officeId: other.id });
  otherSiteId = (await makeSite(ctx, otherOrg.id)).id;
  const s = await makeUser(ctx, { role: 'staff', officeIds: [office.id] });
  const o = await makeUser(ctx, { role: 'staff', officeIds: [other.id] });
  staff = await env.agent().signIn(s.email, TEST_PASSWORD);
  outsider = await env.agent().signIn(o.email, TEST_PASSWORD);
});
afterAll(() => env.close());

async function ingest(body: unknown, secret = token) {
  return env.app.inject({ method: 'POST', url: '/api/impact/ingest', headers: { 'x-site-token': secret }, payload: body as object });
}

async function upload(agent: Agent, filename: string, content: Buffer | string, target = siteId) {
  const boundary = '----veta-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return agent.request('POST', `/api/impact/sites/${target}/uploads`, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

describe('meters', () => {
  it('registers meters and refuses a wrong unit, a bad zone, a repeated code', async () => {
    const ok = await staff.post('/api/impact/meters', { siteId, code: 'elec', name: 'Acometida general', carrier: 'electricity', unit: 'kWh', interval: '15min' });
    expect(ok.statusCode).toBe(200);
    elec = ok.json();
    prod = (await staff.post('/api/impact/meters', { siteId, code: 'prod', name: 'Producción serrada', carrier: 'production', unit: 't', interval: 'hourly' })).json();
    const bad = await staff.post('/api/impact/meters', { siteId, code: 'elec', name: 'Otra', carrier: 'electricity', unit: 'l', interval: 'hourly', timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['unit', 'timeZone', 'code']);
    expect((await outsider.post('/api/impact/meters', { siteId, code: 'x1', name: 'Intruso', carrier: 'gas', unit: 'kWh', interval: 'daily' })).statusCode).toBe(404);
  });
});

describe('HTTP batch API', () => {
  it('creates a site token whose secret is shown once, and lists it without the secret', async () => {
    const res = await staff.post(`/api/impact/sites/${siteId}/tokens`, { name: 'Gemelo digital' });
    token = res.json<{ secret: string }>().secret;
    expect(token).toMatch(/^vst_/);
    const list = await staff.get(`/api/impact/sites/${siteId}/tokens`);
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect((await outsider.get(`/api/impact/sites/${siteId}/tokens`)).statusCode).toBe(404);
  });

  it('stores a reading once however often it arrives, in any order', async () => {
    const readings = [
      { meter: 'elec', start: '2025-05-01T10:15:00+02:00', value: 41.5 },
      { meter: 'elec', start: '2025-05-01T10:00:00+02:00', value: 40 },
      { meter: 'prod', start: '2025-05-01T10:00:00+02:00', value: 18.2 },
    ];
    expect((await ingest({ readings })).json()).toEqual({ received: 3, stored: 3, duplicates: 0 });
    expect((await ingest({ readings: [...readings, { meter: 'elec', start: '2025-05-01T08:30:00Z', value: 39 }] })).json()).toEqual({ received: 4, stored: 1, duplicates: 3 });
    const meter = await staff.get(`/api/impact/meters/${elec.id}`);
    expect(meter.json<{ readingCount: number; firstReadingAt: string }>()).toMatchObject({ readingCount: 3, firstReadingAt: '2025-05-01T08:00:00.000Z' });
  });

  it('refuses a whole batch with a bad reading, naming each one; refuses unknown tokens', async () => {
    const res = await ingest({ readings: [{ meter: 'elec', start: '2025-05-02T00:00:00Z', value: 1 }, { meter: 'elec', start: '2025-05-02T00:07:00Z', value: 1 }, { meter: 'gas', start: '2025-05-02T00:00:00Z', value: 1 }, { meter: 'prod', start: '2025-06-09T00:00:00Z', value: 1 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ code: string; errors: { path: string; code: string }[] }>().errors.map((e) => [e.path, e.code])).toEqual([
      ['readings.1.start', 'errors:impact.reading.misaligned'],
      ['readings.2.meter', 'errors:impact.reading.unknown_meter'],
      ['readings.3.start', 'errors:impact.reading.future'],
    ]);
    expect((await staff.get(`/api/impact/meters/${elec.id}`)).json<{ readingCount: number }>().readingCount).toBe(3);
    const bad = await ingest({ readings: [{ meter: 'elec', start: '2025-05-02T00:00:00Z', value: 1 }] }, 'vst_not-a-token');
    expect(bad.statusCode).toBe(401);
    expect(bad.json<{ code: string }>().code).toBe('impact.site_token_invalid');
  });

  it('stops accepting a revoked token', async () => {
    const extra = (await staff.post(`/api/impact/sites/${siteId}/tokens`, { name: 'Registrador viejo' })).json<{ id: string; secret: string }>();
    expect((await ingest({ readings: [{ meter: 'elec', start: '2025-05-03T00:00:00Z', value: 2 }] }, extra.secret)).statusCode).toBe(200);
    expect((await staff.delete(`/api/impact/sites/${siteId}/tokens/${extra.id}`)).statusCode).toBe(200);
    expect((await ingest({ readings: [{ meter: 'elec', start: '2025-05-03T00:15:00Z', value: 2 }] }, extra.secret)).statusCode).toBe(401);
  });
});

describe('series and quality', () => {
  it('sums readings per local day and flags gaps and outliers without filling them', async () => {
    const readings = Array.from({ length: 96 }, (_, i) => ({ meter: 'elec', start: new Date(Date.UTC(2025, 4, 3, 22, 0) + i * 900_000).toISOString(), value: i === 50 ? 900 : 10 + (i % 7) }))
      .filter((_, i) => i < 20 || i >= 24);
    await ingest({ readings });
    const day = await staff.get(`/api/impact/meters/${elec.id}/readings?resolution=day&from=2025-05-03T22:00:00Z&to=2025-05-04T22:00:00Z`);
    const points = day.json<{ points: { t: string; value: number; count: number }[] }>().points;
    expect(points).toHaveLength(1);
    expect(points[0]?.t).toBe('2025-05-03T22:00:00.000Z'); // local midnight in Madrid (CEST)
    expect(points[0]?.count).toBe(92);
    const q = await staff.get(`/api/impact/meters/${elec.id}/quality?from=2025-05-03T22:00:00Z&to=2025-05-04T22:00:00Z`);
    const quality = q.json<{ gaps: { missing: number }[]; outliers: { value: number }[]; readings: number }>();
    expect(quality.readings).toBe(92);
    expect(quality.gaps.map((g) => g.missing)).toEqual([4]);
    expect(quality.outliers.map((o) => o.value)).toEqual([900]);
  });

  it('exports the readings as stored', async () => {
    const res = await staff.get(`/api/impact/meters/${elec.id}/export`);
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('start,end,value_kWh');
    expect(lines).toContain('2025-05-01T08:00:00.000Z,,40');
  });
});

const csv = [
  'Fecha;Energía (kWh);Producción (t)',
  '01/03/2025 00:00;12,5;3,1',
  '01/03/2025 00:15;12,75;',
  '01/03/2025 00:30;doce;',
  '01/03/2025 00:40;11;',
  '30/03/2025 02:15;9;',
  '01/03/2025 00:15;13;',
].join('\n');

describe('uploads', () => {
  let uploadId: string;
  const mapping = () => ({ timestampColumn: 'Fecha', timestampFormat: 'dmy', decimalSeparator: ',', columns: [{ column: 'Energía (kWh)', meterId: elec.id }, { column: 'Producción (t)', meterId: prod.id }] });

  it('reads the columns of a semicolon CSV and previews its rows', async () => {
    const res = await upload(staff, 'lecturas.csv', csv);
    expect(res.statusCode).toBe(200);
    const u = res.json<{ id: string; columns: string[]; preview: string[][]; format: string }>();
    expect(u.format).toBe('csv');
    expect(u.columns).toEqual(['Fecha', 'Energía (kWh)', 'Producción (t)']);
    expect(u.preview[0]).toEqual(['01/03/2025 00:00', '12,5', '3,1']);
    uploadId = u.id;
    expect((await upload(outsider, 'x.csv', csv)).statusCode).toBe(404);
  });

  it('dry run lists every row\'s problems and stores nothing; commit refuses the file', async () => {
    const res = await staff.post(`/api/impact/uploads/${uploadId}/dry-run`, mapping());
    const report = res.json<{ rows: number; readings: number; errors: number; problems: { row: number; code: string; severity: string; message: string }[] }>();
    expect(report.rows).toBe(6);
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'value'],
      [5, 'reading_misaligned'],
      [6, 'nonexistent_time'],
      [7, 'conflict_in_file'],
    ]);
    expect(report.problems[0]?.message).toContain('doce');
    expect(report.readings).toBe(3);
    const commit = await staff.post(`/api/impact/uploads/${uploadId}/commit`, mapping());
    expect(commit.statusCode).toBe(400);
    expect(commit.json<{ code: string }>().code).toBe('impact.import_has_errors');
    expect((await staff.get(`/api/impact/meters/${prod.id}`)).json<{ readingCount: number }>().readingCount).toBe(1);
  });

  it('commits a clean XLSX file whole, counts readings already stored, and refuses a second commit', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Datos');
    sheet.addRow(['Inicio', 'kWh']);
    sheet.addRow([new Date(Date.UTC(2025, 4, 1, 10, 0)), 40]); // already stored (10:00 local = 08:00Z)
    sheet.addRow([new Date(Date.UTC(2025, 4, 1, 10, 15)), 99]); // stored as 41.5: kept, with a warning
    for (let i = 0; i < 8; i++) sheet.addRow([new Date(Date.UTC(2025, 4, 20, 6, i * 15)), 20 + i]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const u = (await upload(staff, 'twin-export.xlsx', file)).json<{ id: string; format: string; columns: string[] }>();
    expect(u.format).toBe('xlsx');
    const m = { timestampColumn: 'Inicio', columns: [{ column: 'kWh', meterId: elec.id }] };
    const dry = (await staff.post(`/api/impact/uploads/${u.id}/dry-run`, m)).json<{ newReadings: number; duplicates: number; conflicts: number; errors: number; stored: number }>();
    expect(dry).toMatchObject({ newReadings: 8, duplicates: 1, conflicts: 1, errors: 0, stored: 0 });
    const done = await staff.post(`/api/impact/uploads/${u.id}/commit`, m);
    expect(done.json<{ committed: boolean; stored: number }>()).toMatchObject({ committed: true, stored: 8 });
    expect((await staff.post(`/api/impact/uploads/${u.id}/commit`, m)).statusCode).toBe(409);
    const series = await staff.get(`/api/impact/meters/${elec.id}/readings?resolution=raw&from=2025-05-01T08:15:00Z&to=2025-05-01T08:16:00Z`);
    expect(series.json<{ points: { value: number }[] }>().points.map((p) => p.value)).toEqual([41.5]);
    const history = await staff.get(`/api/impact/sites/${siteId}/uploads`);
    expect(history.json<{ status: string }[]>().map((h) => h.status)).toEqual(['committed', 'uploaded']);
  });

  it('reads the repeated hour of a DST change in file order and refuses meters of another site', async () => {
    const hourly = (await staff.post('/api/impact/meters', { siteId, code: 'gas', name: 'Gas caldera', carrier: 'gas', unit: 'kWh', interval: 'hourly' })).json<{ id: string }>();
    const u = (await upload(staff, 'otono.csv', 'hora,kwh\n2024-10-27 01:00,5\n2024-10-27 02:00,6\n2024-10-27 02:00,7\n2024-10-27 03:00,8\n')).json<{ id: string }>();
    const m = { timestampColumn: 'hora', columns: [{ column: 'kwh', meterId: hourly.id }] };
    const done = (await staff.post(`/api/impact/uploads/${u.id}/commit`, m)).json<{ stored: number; errors: number }>();
    expect(done).toMatchObject({ stored: 4, errors: 0 });
    const raw = await staff.get(`/api/impact/meters/${hourly.id}/readings?resolution=raw&from=2024-10-26T00:00:00Z&to=2024-10-28T00:00:00Z`);
    expect(raw.json<{ points: { t: string }[] }>().points.map((p) => p.t)).toEqual(['2024-10-26T23:00:00.000Z', '2024-10-27T00:00:00.000Z', '2024-10-27T01:00:00.000Z', '2024-10-27T02:00:00.000Z']);
    const foreign = await staff.post(`/api/impact/uploads/${u.id}/dry-run`, { timestampColumn: 'hora', columns: [{ column: 'kwh', meterId: (await makeForeignMeter()).id }] });
    expect(foreign.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['columns.0.meterId']);
  });
});

async function makeForeignMeter() {
  const admin = await makeUser(env.ctx(), { role: 'admin' });
  const a = await env.agent().signIn(admin.email, TEST_PASSWORD);
  return (await a.post('/api/impact/meters', { siteId: otherSiteId, code: 'elec', name: 'Otra', carrier: 'electricity', unit: 'kWh', interval: 'hourly' })).json<{ id: string }>();
}
