/**
 * The members registry at 100,000 generated organisations (quick run: 10,000), on PGlite and, when
 * VETA_BENCH_DATABASE_URL is set, on PostgreSQL (a database created and dropped here):
 * - import of an XLSX file through the real import (check pass + one-transaction commit);
 * - faceted text search (the directory service: typo check, facet counts, one page, the rows),
 *   sequentially on PGlite and with 20 concurrent clients on PostgreSQL: with nothing cached, then
 *   repeated (facet counts cached); and the same two SQL statements run directly on the driver, to
 *   show what the service layer adds;
 * - the same searches through the in-memory directory index (service/directory-index/): its build
 *   time from the database, the process's memory before and after, and the search latencies.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PgDialect } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { directoryQuerySchema, FACETS, type DirectoryQuery } from '../../src/shared/contracts/organisations.js';
import { systemActor } from '../../src/server/platform/actor.js';
import { ManualClock } from '../../src/server/platform/clock.js';
import { loadConfig } from '../../src/server/platform/config.js';
import { makeCtx, type Ctx } from '../../src/server/platform/context.js';
import { openPglite, openPostgres, type Database } from '../../src/server/platform/db/client.js';
import { runMigrations } from '../../src/server/platform/db/migrate.js';
import { localFileStore } from '../../src/server/platform/files/store.js';
import { silentLogger } from '../../src/server/platform/logging.js';
import { syncCatalogue } from '../../src/server/modules/materials/index.js';
import { runImport } from '../../src/server/modules/organisations/index.js';
import { prepareSearch, searchInternal } from '../../src/server/modules/organisations/service/directory.js';
import type { SearchSpec } from '../../src/server/modules/organisations/repository/search.js';
import { bumpRegistryVersion } from '../../src/server/modules/organisations/repository/version.js';
import { attachDirectoryIndex, detachDirectoryIndex } from '../../src/server/modules/organisations/service/directory-index/registry.js';
import { facetSql, pageSql, TYPO_SIMILARITY } from '../../src/server/modules/organisations/repository/search.js';
import { suggestMapping } from '../../src/server/modules/organisations/service/import/mapping.js';
import { generatedTable, IMPORT_HEADERS, searchMix, writeXlsx } from '../../test/organisations-data.js';
import { defineSuite, round, summarise, type BenchRow } from '../lib/suite.js';

/** Searches people make: words (with a typo, accents left out, a NIF prefix) and facets. */
const SEARCHES: Partial<DirectoryQuery>[] = [
  { q: 'pizarra' },
  { q: 'leon', stage: ['extraction'] },
  { q: 'pizzaras bierzo' },
  { q: 'litio', region: ['ES43'] },
  { q: 'cobre', material: ['copper'], status: ['active'] },
  { q: 'aridos sevilla' },
  { stage: ['recycling'], province: ['41'] },
  { q: 'B1000' },
  { q: 'caolin', kind: ['company'] },
  { material: ['tungsten'], region: ['ES41'] },
];

const queries = SEARCHES.map((s) => directoryQuerySchema.parse(s));
const MIX = searchMix(1000, 7).map((s) => directoryQuerySchema.parse(s));

function ctxFor(database: Database): Ctx {
  const config = loadConfig({ VETA_DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' });
  return makeCtx({ config, logger: silentLogger(), clock: new ManualClock(new Date()), database, files: localFileStore(os.tmpdir()) }, systemActor('bench'));
}

async function timedImport(ctx: Ctx, file: string): Promise<{ seconds: number; created: number }> {
  const t0 = performance.now();
  const report = await runImport(ctx, { open: () => createReadStream(file), format: 'xlsx', mapping: suggestMapping(IMPORT_HEADERS), dryRun: false });
  if (!report.committed) throw new Error(`import refused: ${report.problems.slice(0, 3).map((p) => p.message).join('; ')}`);
  return { seconds: round((performance.now() - t0) / 1000, 1), created: report.created };
}

/** Runs `work` from `clients` concurrent loops until `total` calls were made; returns each call's ms. */
async function concurrent(clients: number, total: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t0 = performance.now();
        await work(i);
        samples.push(performance.now() - t0);
      }
    }),
  );
  return samples;
}

/** The same two statements the service runs (after its typo check), to send straight to the driver. */
async function directStatements(ctx: Ctx) {
  const dialect = new PgDialect();
  const specs: SearchSpec[] = [];
  for (const q of queries) specs.push(await prepareSearch(ctx, { kind: 'all' }, q, FACETS));
  return specs.map((spec, i) => {
    const q = queries[i]!;
    return { fuzzy: (spec.fuzzy ?? []).length > 0, facets: dialect.sqlToQuery(facetSql(spec)), page: dialect.sqlToQuery(pageSql(spec, q.sort, q.limit, q.offset)) };
  });
}

/** The p95 of the direct SQL row of `searchRows`. */
const directP95 = (rows: BenchRow[]): number => Number(rows.find((r) => r.name.includes('SQL run directly'))?.metrics.p95Ms ?? NaN);

async function searchRows(label: string, ctx: Ctx, clients: number, total: number, direct: (i: number) => Promise<unknown>): Promise<BenchRow[]> {
  const search = (i: number) => searchInternal(ctx, queries[i % queries.length]!);
  await concurrent(1, queries.length, search);
  // Every write to the registry empties the facet cache: bumping the version before each call
  // measures searches that find nothing cached.
  const cold = summarise(await concurrent(clients, total, (i) => (bumpRegistryVersion(), search(i))));
  const warm = summarise(await concurrent(clients, total, search));
  const raw = summarise(await concurrent(clients, total, direct));
  const onPg = label.startsWith('PostgreSQL');
  const who = `${clients} client${clients > 1 ? 's' : ''}`;
  const target = (p95: number) => (onPg ? { target: 'p95 <= 50 ms', pass: p95 <= 50 } : {});
  return [
    { name: `${label}: faceted text search, ${who}, nothing cached (service: typo check + facets + page + rows)`, metrics: { p50Ms: cold.p50Ms, p95Ms: cold.p95Ms, p99Ms: cold.p99Ms, runs: cold.runs }, ...target(cold.p95Ms) },
    { name: `${label}: the same SQL run directly (facets + page)`, metrics: { p50Ms: raw.p50Ms, p95Ms: raw.p95Ms, serviceToSqlP95: round(cold.p95Ms / raw.p95Ms, 2) } },
    { name: `${label}: faceted text search, ${who}, repeated searches (facet counts cached <= 60 s, results live)`, metrics: { p50Ms: warm.p50Ms, p95Ms: warm.p95Ms, p99Ms: warm.p99Ms, serviceToSqlP95: round(warm.p95Ms / raw.p95Ms, 2) }, ...target(warm.p95Ms) },
  ];
}

const mb = (bytes: number) => round(bytes / 2 ** 20, 0);

/** Latencies of `total` calls from `clients` loops, and the Node CPU each call cost on average. */
async function timedSearches(clients: number, total: number, work: (i: number) => Promise<unknown>) {
  const cpu0 = process.cpuUsage();
  const t = summarise(await concurrent(clients, total, work));
  const cpu = process.cpuUsage(cpu0);
  return { p50Ms: t.p50Ms, p95Ms: t.p95Ms, p99Ms: t.p99Ms, runs: t.runs, nodeCpuMsPerSearch: round((cpu.user + cpu.system) / 1000 / total, 2) };
}

/** Builds the in-memory index over `database`, then runs the searches through it. */
async function indexRows(label: string, ctx: Ctx, database: Database, clients: number, total: number, directP95: number): Promise<BenchRow[]> {
  const before = process.memoryUsage();
  const index = await attachDirectoryIndex(database);
  try {
    const t0 = performance.now();
    if (!(await index.ready(30_000))) throw new Error('directory index not ready');
    const buildMs = round(performance.now() - t0, 0);
    const after = process.memoryUsage();
    const search = (i: number) => searchInternal(ctx, queries[i % queries.length]!);
    await concurrent(1, queries.length, search);
    const store = await index.current();
    // The index remembers each query word's matches and each search's evaluation until it changes:
    // forgetting them before each call measures searches right after a change to the registry.
    const cold = await timedSearches(clients, total, (i) => (store?.forget(), search(i)));
    const warm = await timedSearches(clients, total, search);
    // Searches as a crowd makes them: mostly different, words shared, starting with nothing remembered.
    store?.forget();
    const mixed = await timedSearches(clients, total, (i) => searchInternal(ctx, MIX[i % MIX.length]!));
    const who = `${clients} client${clients > 1 ? 's' : ''}`;
    const target = (p95: number) => (label.startsWith('PostgreSQL') ? { target: 'p95 <= 50 ms', pass: p95 <= 50 } : {});
    const metrics = (t: typeof cold) => ({ ...t, serviceToSqlP95: round(t.p95Ms / directP95, 2), rssMb: mb(process.memoryUsage().rss) });
    return [
      { name: `${label}: directory index build (${index.stats.organisations} organisations, in batches from the database)`, metrics: { ms: buildMs, heapMbBefore: mb(before.heapUsed), heapMbAfter: mb(after.heapUsed), rssMbBefore: mb(before.rss), rssMbAfter: mb(after.rss) } },
      { name: `${label}: faceted text search, ${who}, in-memory index, nothing remembered (every search right after a change: typo check + facets + page and its rows in memory)`, metrics: metrics(cold), ...target(cold.p95Ms) },
      { name: `${label}: faceted text search, ${who}, in-memory index, repeated searches (word matches and evaluations remembered until a change)`, metrics: metrics(warm), ...target(warm.p95Ms) },
      { name: `${label}: faceted text search, ${who}, in-memory index, ${MIX.length} searches of a mixed crowd (words, typos, NIF prefixes, facets; from nothing remembered)`, metrics: metrics(mixed), ...target(mixed.p95Ms) },
    ];
  } finally {
    await detachDirectoryIndex(database);
  }
}

async function pgliteRows(file: string, n: number, log: (m: string) => void): Promise<BenchRow[]> {
  const database = await openPglite();
  try {
    await runMigrations(database);
    await syncCatalogue(database.db);
    const ctx = ctxFor(database);
    log(`PGlite: importing ${n} rows`);
    const imp = await timedImport(ctx, file);
    const rows: BenchRow[] = [{ name: `PGlite: import ${n} rows from XLSX`, metrics: { seconds: imp.seconds, created: imp.created }, target: n >= 100_000 ? '<= 60 s' : undefined, pass: n >= 100_000 ? imp.seconds <= 60 : undefined }];
    const pglite = database.pglite!;
    const statements = await directStatements(ctx);
    const direct = async (i: number) => {
      const { facets, page } = statements[i % statements.length]!;
      await pglite.transaction(async (tx) => {
        await tx.query(`select set_config('pg_trgm.word_similarity_threshold', '${TYPO_SIMILARITY}', true)`);
        await tx.query(facets.sql, facets.params);
        await tx.query(page.sql, page.params);
      });
    };
    log('PGlite: searching');
    const sqlRows = await searchRows('PGlite', ctx, 1, 200, direct);
    log('PGlite: searching through the directory index');
    return [...rows, ...sqlRows, ...(await indexRows('PGlite', ctx, database, 1, 200, directP95(sqlRows)))];
  } finally {
    await database.close();
  }
}

async function postgresRows(url: string, file: string, n: number, log: (m: string) => void): Promise<BenchRow[]> {
  const name = `veta_bench_orgs_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openPostgres(target.toString(), 20);
  try {
    await runMigrations(database);
    await syncCatalogue(database.db);
    await database.db.execute(sql`select 1`);
    const ctx = ctxFor(database);
    log(`PostgreSQL: importing ${n} rows`);
    const imp = await timedImport(ctx, file);
    await database.db.execute(sql`analyze organisation`);
    const rows: BenchRow[] = [{ name: `PostgreSQL: import ${n} rows from XLSX`, metrics: { seconds: imp.seconds, created: imp.created }, target: n >= 100_000 ? '<= 60 s' : undefined, pass: n >= 100_000 ? imp.seconds <= 60 : undefined }];
    const pool = database.pool!;
    const statements = await directStatements(ctx);
    const direct = async (i: number) => {
      const { facets, page } = statements[i % statements.length]!;
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('pg_trgm.word_similarity_threshold', '${TYPO_SIMILARITY}', true)`);
        await client.query(facets.sql, facets.params as unknown[]);
        await client.query(page.sql, page.params as unknown[]);
        await client.query('commit');
      } finally {
        client.release();
      }
    };
    log('PostgreSQL: searching with 20 clients');
    const sqlRows = await searchRows('PostgreSQL', ctx, 20, 1000, direct);
    log('PostgreSQL: searching with 20 clients through the directory index');
    return [...rows, ...sqlRows, ...(await indexRows('PostgreSQL', ctx, database, 20, 1000, directP95(sqlRows)))];
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export default defineSuite({
  name: 'organisations',
  async run(ctx) {
    const n = ctx.quick ? 10_000 : 100_000;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veta-bench-orgs-'));
    try {
      const file = path.join(dir, 'organisations.xlsx');
      const t0 = performance.now();
      await writeXlsx(file, generatedTable(n, 11));
      ctx.log(`generated ${n} rows in ${round((performance.now() - t0) / 1000, 1)} s`);
      const rows = await pgliteRows(file, n, ctx.log);
      if (ctx.databaseUrl) rows.push(...(await postgresRows(ctx.databaseUrl, file, n, ctx.log)));
      else ctx.log('VETA_BENCH_DATABASE_URL not set: PostgreSQL skipped');
      return rows;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});
