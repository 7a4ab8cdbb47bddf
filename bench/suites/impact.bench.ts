/**
 * Impact ingestion and analysis on a real database (PostgreSQL when VETA_BENCH_DATABASE_URL is set;
 * the targets are judged there, PGlite runs are reported for reference):
 * - batch path: readings/s through the multi-row insert, and through the HTTP batch API (a real
 *   listening server, 4 concurrent clients, 10,000 readings per request); target >= 50,000/s;
 * - MQTT: messages/s from a publisher (one reading per message, QoS 1) through the embedded
 *   broker, Veta's subscriber and the batching writer, and through Mosquitto when
 *   VETA_BENCH_MQTT_URL names one; target >= 10,000/s with count in = count stored;
 * - a savings analysis of a 15-minute meter over two years, from the readings table to the result.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app.js';
import { systemActor } from '../../src/server/platform/actor.js';
import { systemClock } from '../../src/server/platform/clock.js';
import { loadConfig } from '../../src/server/platform/config.js';
import { makeCtx, type Platform } from '../../src/server/platform/context.js';
import { openPglite, openPostgres, type Database } from '../../src/server/platform/db/client.js';
import { rows as query } from '../../src/server/platform/db/types.js';
import { runMigrations } from '../../src/server/platform/db/migrate.js';
import { localFileStore } from '../../src/server/platform/files/store.js';
import { silentLogger } from '../../src/server/platform/logging.js';
import { startModules } from '../../src/server/modules/index.js';
import { organisation, site } from '../../src/server/modules/organisations/index.js';
import { startTelemetry } from '../../src/server/modules/impact/index.js';
import { createMeasure } from '../../src/server/modules/impact/service/measures.js';
import { createMeter } from '../../src/server/modules/impact/service/meters.js';
import { createSiteToken } from '../../src/server/modules/impact/service/site-tokens.js';
import { createAnalysis } from '../../src/server/modules/impact/service/analyses.js';
import { storeReadings } from '../../src/server/modules/impact/service/ingest.js';
import { loadQuarry, windowOf } from '../../src/server/modules/impact/demo-load.js';
import { DEMO_QUARRY } from '../../src/server/modules/impact/demo-series.js';
import { analysisOptionsSchema } from '../../src/shared/contracts/impact-analysis.js';
import { defineSuite, round, type BenchRow } from '../lib/suite.js';

const QUARTER = 900_000;
const T0 = Date.UTC(2020, 0, 1);

interface Bench {
  platform: Platform;
  kind: 'postgres' | 'pglite';
  siteId: string;
  organisationId: string;
  meters: { id: string; code: string }[];
  token: string;
  close(): Promise<void>;
}

async function open(databaseUrl: string | undefined): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!databaseUrl) {
    const database = await openPglite();
    await runMigrations(database);
    return { database, drop: async () => undefined };
  }
  const name = `vbench_impact_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 10);
  await runMigrations(database);
  return {
    database,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function setUp(databaseUrl: string | undefined, meterCount: number): Promise<Bench> {
  const { database, drop } = await open(databaseUrl);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veta-bench-impact-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', VETA_DATA_DIR: dataDir, MQTT_EMBEDDED_PORT: '0', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const platform: Platform = { config, logger: silentLogger(), clock: systemClock, database, files: localFileStore(dataDir) };
  await startModules(platform, 'test');
  const ctx = makeCtx(platform, systemActor('bench'));
  const [org] = await ctx.db.insert(organisation).values({ legalName: 'Cantera de pruebas S.L.', kind: 'company', country: 'ES' }).returning();
  const [s] = await ctx.db.insert(site).values({ organisationId: org?.id ?? '', name: 'Banco de pruebas', country: 'ES', nutsCode: 'ES413' }).returning();
  const siteId = s?.id ?? '';
  const meters: { id: string; code: string }[] = [];
  for (let i = 0; i < meterCount; i++) meters.push(await createMeter(ctx, { siteId, code: `m${i}`, name: `Meter ${i}`, carrier: 'electricity', unit: 'kWh', interval: '15min', timeZone: 'Europe/Madrid' }));
  const { secret } = await createSiteToken(ctx, siteId, 'bench');
  return {
    platform,
    kind: database.kind,
    siteId,
    organisationId: org?.id ?? '',
    meters,
    token: secret,
    async close() {
      await database.close();
      await drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function stored(b: Bench): Promise<number> {
  const [r] = await query<{ n: number }>(b.platform.database.db, sql`select count(*)::int as n from impact_reading`);
  return Number(r?.n ?? 0);
}

/** Readings k = offset .. offset+count-1 spread round-robin over the meters, 15 minutes apart. */
function reading(b: Bench, k: number): { meterId: string; code: string; start: number } {
  const m = b.meters[k % b.meters.length] as { id: string; code: string };
  return { meterId: m.id, code: m.code, start: T0 + Math.floor(k / b.meters.length) * QUARTER };
}

async function batchInsert(b: Bench, count: number): Promise<BenchRow> {
  const before = await stored(b);
  const rows = Array.from({ length: count }, (_, k) => {
    const r = reading(b, k);
    return { meterId: r.meterId, start: new Date(r.start), end: null, value: 10 + (k % 97) / 10, source: 'api' as const };
  });
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += 50_000) await storeReadings(b.platform.database.db, rows.slice(i, i + 50_000));
  const seconds = (performance.now() - t0) / 1000;
  const rate = count / seconds;
  const ok = (await stored(b)) - before === count;
  return { name: `Batch path, multi-row INSERT ... ON CONFLICT DO NOTHING (${b.kind}, ${count.toLocaleString('en')} readings, ${b.meters.length} meters)`, metrics: { seconds: round(seconds, 2), readingsPerSecond: Math.round(rate), allStored: ok ? 'yes' : 'NO' }, ...(b.kind === 'postgres' ? { target: '>= 50,000 readings/s', pass: rate >= 50_000 && ok } : {}) };
}

async function batchHttp(b: Bench, count: number, offset: number): Promise<BenchRow> {
  const app = await buildApp(b.platform, { serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/impact/ingest`;
  const perRequest = 10_000;
  const bodies: string[] = [];
  for (let i = 0; i < count; i += perRequest) {
    bodies.push(JSON.stringify({ readings: Array.from({ length: Math.min(perRequest, count - i) }, (_, j) => { const r = reading(b, offset + i + j); return { meter: r.code, start: new Date(r.start).toISOString(), value: 12.5 + (j % 13) }; }) }));
  }
  const before = await stored(b);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < bodies.length) {
      const body = bodies[next++] as string;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-site-token': b.token }, body });
      if (!res.ok) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  await app.close();
  const rate = count / seconds;
  const ok = (await stored(b)) - before === count;
  return { name: `HTTP batch API, 4 clients x 10,000 readings per request (${b.kind}, ${count.toLocaleString('en')} readings)`, metrics: { seconds: round(seconds, 2), readingsPerSecond: Math.round(rate), allStored: ok ? 'yes' : 'NO' }, ...(b.kind === 'postgres' ? { target: '>= 50,000 readings/s', pass: rate >= 50_000 && ok } : {}) };
}

/** The publisher runs in a worker thread (the other core): paced at `rate` messages/s, or unpaced (0). */
const PUBLISHER = `
const { parentPort, workerData: w } = require('node:worker_threads');
const mqtt = require(w.mqttPath);
(async () => {
  const c = await mqtt.connectAsync(w.url, { ...w.auth, clientId: 'bench-pub-' + process.pid + '-' + Date.now() });
  let acked = 0;
  let k = 0;
  const t0 = Date.now();
  await new Promise((resolve, reject) => {
    const send = (n) => {
      const m = w.codes[(w.offset + n) % w.codes.length];
      const start = new Date(w.t0 + Math.floor((w.offset + n) / w.codes.length) * 900000).toISOString();
      c.publish(w.prefix + '/sites/' + w.siteId + '/meters/' + m + '/readings', '{"start":"' + start + '","value":' + (10 + (n % 50)) + '}', { qos: 1 }, (err) => {
        if (err) return reject(err);
        if (++acked === w.count) resolve();
      });
    };
    // At most 10,000 unacknowledged messages (QoS 1 message ids are 16-bit).
    const pump = () => {
      const due = w.rate ? Math.min(w.count, Math.floor(((Date.now() - t0) / 1000) * w.rate)) : w.count;
      while (k < due && k - acked < 10000) send(k++);
      if (k < w.count) setTimeout(pump, k - acked >= 10000 ? 1 : 2);
    };
    pump();
  });
  parentPort.postMessage({ publishSeconds: (Date.now() - t0) / 1000 });
  await c.endAsync();
})().catch((e) => { parentPort.postMessage({ error: String(e) }); });
`;

interface MqttRun {
  count: number;
  offset: number;
  external: string | undefined;
  /** Messages per second the publisher keeps to (0: as fast as the broker lets it). */
  rate: number;
}

async function mqttRun(b: Bench, run: MqttRun): Promise<BenchRow> {
  const prefix = `vbench${randomBytes(3).toString('hex')}`;
  const config = { ...b.platform.config, MQTT_URL: run.external, MQTT_TOPIC_PREFIX: prefix };
  const t = await startTelemetry(b.platform.database.db, b.platform.logger, config, { clientId: `vbench-sub-${randomBytes(3).toString('hex')}`, persistentSession: false });
  const url = run.external ?? `mqtt://127.0.0.1:${t.broker?.port}`;
  const before = await stored(b);
  const codes = b.meters.map((m) => m.code);
  const t0 = performance.now();
  const workerData = { url, auth: run.external ? {} : { username: b.siteId, password: b.token }, count: run.count, offset: run.offset, rate: run.rate, codes, siteId: b.siteId, prefix, t0: T0, mqttPath: createRequire(import.meta.url).resolve('mqtt') };
  const worker = new Worker(PUBLISHER, { eval: true, workerData });
  const published = await new Promise<{ publishSeconds?: number; error?: string }>((resolve) => worker.once('message', resolve));
  if (published.error) throw new Error(published.error);
  const deadline = Date.now() + 30_000;
  const seen = () => t.ingestor.stats.readings + Object.values(t.ingestor.stats.rejected).reduce((s, v) => s + (v ?? 0), 0);
  while (seen() < run.count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await t.ingestor.writer.flush();
  const seconds = (performance.now() - t0) / 1000;
  await t.stop();
  await worker.terminate();
  const got = (await stored(b)) - before;
  const rate = got / seconds;
  const via = run.external ? `external broker ${new URL(run.external).host}` : 'embedded aedes broker';
  const pace = run.rate ? `publisher paced at ${run.rate.toLocaleString('en')}/s` : 'publisher unpaced';
  return {
    name: `MQTT, one reading per message, QoS 1, ${via}, ${pace} (${b.kind}, ${run.count.toLocaleString('en')} messages)`,
    metrics: { seconds: round(seconds, 2), storedPerSecond: Math.round(rate), publishSeconds: round(published.publishSeconds ?? Number.NaN, 2), sent: run.count, stored: got, lost: run.count - got },
    ...(b.kind === 'postgres' ? { target: '>= 10,000 messages/s, no loss', pass: rate >= 10_000 && got === run.count } : {}),
  };
}

async function analysisPipeline(b: Bench): Promise<BenchRow> {
  const ctx = makeCtx(b.platform, systemActor('bench'));
  const electricity = await createMeter(ctx, { siteId: b.siteId, code: 'q-elec', name: 'Quarry electricity', carrier: 'electricity', unit: 'kWh', interval: '15min', timeZone: 'Europe/Madrid' });
  const production = await createMeter(ctx, { siteId: b.siteId, code: 'q-prod', name: 'Quarry production', carrier: 'production', unit: 't', interval: '15min', timeZone: 'Europe/Madrid' });
  await loadQuarry(ctx.db, windowOf('2023-01-01', '2025-01-16'), { ...DEMO_QUARRY, savingsFrom: Date.parse('2024-01-15T00:00:00+01:00') }, { electricity: electricity.id, production: production.id });
  const measure = await createMeasure(ctx, { organisationId: b.organisationId, siteId: b.siteId, category: 'digitalisation', title: 'Gemelo digital', description: '', startDate: '2024-01-01', completedDate: '2024-01-15' });
  const input = { model: 'production' as const, energyMeterId: electricity.id, productionMeterId: production.id, baseline: { start: '2023-01-01', end: '2024-01-01' }, reporting: { start: '2024-01-15', end: '2025-01-15' }, options: analysisOptionsSchema.parse({}) };
  await createAnalysis(ctx, measure.id, input);
  const samples: number[] = [];
  let savings = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    savings = (await createAnalysis(ctx, measure.id, input)).savingsFraction ?? Number.NaN;
    samples.push(performance.now() - t0);
  }
  samples.sort((x, y) => x - y);
  return { name: `Savings analysis end to end: two years of a 15-minute quarry meter pair (140,000 readings) -> daily totals in SQL -> production model -> stored result (${b.kind})`, metrics: { medianMs: round(samples[2] ?? Number.NaN, 1), maxMs: round(samples[4] ?? Number.NaN, 1), savingsFraction: round(savings, 4), trueSavings: 0.12 } };
}

export default defineSuite({
  name: 'impact',
  async run(ctx) {
    const b = await setUp(ctx.databaseUrl, 100);
    const rows: BenchRow[] = [];
    const n = ctx.quick ? 100_000 : 1_000_000;
    const m = ctx.quick ? 20_000 : 100_000;
    try {
      rows.push(await batchInsert(b, n));
      ctx.log(rows[rows.length - 1]?.name ?? '');
      rows.push(await batchHttp(b, ctx.quick ? 100_000 : 500_000, n));
      ctx.log('http done');
      rows.push(await mqttRun(b, { count: m, offset: 2 * n, external: undefined, rate: 0 }));
      rows.push(await mqttRun(b, { count: m, offset: 3 * n, external: undefined, rate: 12_000 }));
      ctx.log('mqtt (embedded) done');
      if (ctx.mqttUrl) rows.push(await mqttRun(b, { count: m, offset: 4 * n, external: ctx.mqttUrl, rate: 12_000 }));
      rows.push(await analysisPipeline(b));
    } finally {
      await b.close();
    }
    return rows;
  },
});
