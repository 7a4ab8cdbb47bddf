/**
 * HTTP overhead of Veta's platform (issue: foundation). A bare Fastify route and Veta run in child
 * processes; autocannon loads each in turn from this process. Measured: an authenticated JSON GET
 * (session cookie -> session lookup -> offices query), the session check a page load makes, and the
 * app page itself, on PGlite and on PostgreSQL, as requests/s and p50/p99 latency, with the ratio to
 * the bare route measured in the same run. Target: authenticated GET >= 50 % of bare on PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { defineSuite, type BenchRow } from '../lib/suite.js';
import { freePort, load, root, startChild, waitFor, type Child } from '../lib/processes.js';

const PASSWORD = 'bench-password-2026';

async function startVeta(env: Record<string, string>): Promise<{ url: string; child: Child; cookie: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const fullEnv = { ...env, PORT: String(port), LOG_LEVEL: 'error', NODE_ENV: 'production' };
  const child = startChild([path.join(root, 'bin/veta.mjs'), 'start'], fullEnv);
  await waitFor(`${url}/api/health`, child);
  const admin = startChild([path.join(root, 'bin/veta.mjs'), 'admin', 'create', '--email', 'bench@example.org', '--name', 'Bench Admin', '--password', PASSWORD], fullEnv);
  await new Promise((r) => admin.process.once('exit', r));
  const res = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.org', password: PASSWORD }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`sign-in failed: ${res.status} ${await res.text()}\n${admin.output()}`);
  await fetch(`${url}/api/offices`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken }, body: JSON.stringify({ code: 'leon', name: 'Oficina de León', city: 'León', nutsCode: 'ES413' }) });
  return { url, child, cookie };
}

/** The bare route, in its own process: constant answer (`none`) or the same SQL as Veta's offices list. */
async function measureBare(mode: 'none' | 'pglite' | 'postgres', seconds: number, url?: string) {
  const port = await freePort();
  const bare = startChild(['--import', 'tsx', path.join(root, 'bench/lib/bare-server.ts'), String(port), mode, ...(url ? [url] : [])], {});
  try {
    await waitFor(`http://127.0.0.1:${port}/offices`, bare);
    return await load(`http://127.0.0.1:${port}/offices`, { seconds, connections: 50 });
  } finally {
    await bare.stop();
  }
}

function bareRow(name: string, r: { rps: number; p50: number; p99: number }): BenchRow {
  return { name, metrics: { 'req/s': r.rps, 'p50 ms': r.p50, 'p99 ms': r.p99 } };
}

async function measureVeta(kind: string, env: Record<string, string>, bareRps: number, seconds: number, log: (m: string) => void): Promise<BenchRow[]> {
  const veta = await startVeta(env);
  const rows: BenchRow[] = [];
  try {
    const cases = [
      { name: 'authenticated JSON GET /api/offices', path: '/api/offices', auth: true, target: kind === 'postgres' ? '>= 50 % of bare' : undefined },
      { name: 'session check GET /api/auth/session', path: '/api/auth/session', auth: true },
      { name: 'app page GET /members (index.html)', path: '/members', auth: true },
      { name: 'health GET /api/health (no session)', path: '/api/health', auth: false },
    ];
    for (const c of cases) {
      log(`${kind}: ${c.name}`);
      const r = await load(`${veta.url}${c.path}`, { seconds, connections: 50, headers: c.auth ? { cookie: veta.cookie } : {} });
      const ratio = Math.round((r.rps / bareRps) * 1000) / 1000;
      rows.push({
        name: `${kind}: ${c.name}`,
        metrics: { 'req/s': r.rps, 'p50 ms': r.p50, 'p99 ms': r.p99, 'ratio to bare same SQL': ratio, errors: r.errors + r.non2xx },
        ...(c.target ? { target: c.target, pass: ratio >= 0.5 && r.errors + r.non2xx === 0 } : {}),
      });
    }
  } finally {
    await veta.child.stop();
  }
  return rows;
}

/** Fills the ratio (and the target verdict) once the baseline of the same database is known. */
function withRatio(row: BenchRow, baseline: number): BenchRow {
  const rps = Number(row.metrics['req/s']);
  const ratio = Math.round((rps / baseline) * 1000) / 1000;
  return { ...row, metrics: { ...row.metrics, 'ratio to bare same SQL': ratio }, ...(row.target ? { pass: ratio >= 0.5 && row.metrics.errors === 0 } : {}) };
}

export default defineSuite({
  name: 'http',
  async run({ databaseUrl, quick, log }) {
    const seconds = quick ? 3 : 10;
    log('bare Fastify routes');
    const rows: BenchRow[] = [bareRow('bare Fastify + zod, constant answer (framework ceiling)', await measureBare('none', seconds))];
    const barePglite = await measureBare('pglite', seconds);
    rows.push(bareRow('bare Fastify + zod, same SQL on PGlite (baseline for pglite rows)', barePglite));

    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veta-bench-http-'));
    try {
      rows.push(...(await measureVeta('pglite', { VETA_DATA_DIR: dataDir }, barePglite.rps, seconds, log)));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    if (databaseUrl) {
      const name = `veta_bench_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = Object.assign(new URL(databaseUrl), { pathname: `/${name}` }).toString();
      try {
        const vetaRows = await measureVeta('postgres', { DATABASE_URL: url, VETA_AUTO_MIGRATE: 'true', VETA_DATA_DIR: os.tmpdir() }, 1, seconds, log);
        const barePg = await measureBare('postgres', seconds, url);
        rows.push(bareRow('bare Fastify + zod, same SQL on PostgreSQL (baseline for postgres rows)', barePg));
        rows.push(...vetaRows.map((r) => withRatio(r, barePg.rps)));
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    } else {
      log('VETA_BENCH_DATABASE_URL not set: PostgreSQL part skipped');
    }
    return rows;
  },
});
