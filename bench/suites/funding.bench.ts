/**
 * Submissions in the last minute before a deadline, on PostgreSQL (a database created and dropped
 * here): Veta's real app listens on a local port (pool of 10 connections, as configured by default)
 * and 500 applicants (quick run: 100) submit their final version through HTTP with API tokens, all
 * at once. The server clock is injected so that the deadline can fall exactly where the test needs it.
 *
 * 1. Burst: every applicant submits at once, one minute before the deadline, and one in ten clicks
 *    twice (the same idempotency key, concurrently). Every submission must be stored exactly once.
 * 2. Across the deadline: every applicant resubmits at once while the clock crosses the deadline
 *    mid-burst. Accepted versions must all carry an instant before the deadline; the others must be
 *    refused with `funding.deadline_passed`; stored versions must match the accepted answers.
 * 3. After the deadline: nothing is accepted.
 *
 * Reports the latency distribution of the burst, its throughput, and the checks.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { systemActor, type UserActor } from '../../src/server/platform/actor.js';
import { ManualClock } from '../../src/server/platform/clock.js';
import { loadConfig } from '../../src/server/platform/config.js';
import { makeCtx, type Ctx, type Platform } from '../../src/server/platform/context.js';
import { openPostgres } from '../../src/server/platform/db/client.js';
import { runMigrations } from '../../src/server/platform/db/migrate.js';
import { localFileStore } from '../../src/server/platform/files/store.js';
import { silentLogger } from '../../src/server/platform/logging.js';
import { startModules, stopModules } from '../../src/server/modules/index.js';
import { createApiToken } from '../../src/server/modules/identity/index.js';
import { createApplication, updateApplication } from '../../src/server/modules/funding/service/applications.js';
import { createCall, publishCall } from '../../src/server/modules/funding/service/calls.js';
import { createProgramme } from '../../src/server/modules/funding/service/programmes.js';
import { callInputSchema, programmeInputSchema } from '../../src/shared/contracts/funding-calls.js';
import { localDateTime } from '../../src/shared/time-zone.js';
import { declareSmeFor, makeOrganisation, makeUser } from '../../test/factories.js';
import { attachUser } from '../../src/server/modules/organisations/index.js';
import { defineSuite, round, summarise, type BenchRow } from '../lib/suite.js';

const ZONE = 'Europe/Brussels';

const CALL = {
  code: 'BENCH',
  titleEs: 'Bonos de prueba de carga',
  titleEn: 'Load test vouchers',
  textEs: 'Convocatoria de prueba.',
  textEn: 'Test call.',
  budgetCents: 100_000_000,
  activities: [{ id: 'poc', labelEs: 'Prueba de concepto', labelEn: 'Proof of concept' }],
  partnerRoles: [{ id: 'beneficiary', labelEs: 'Beneficiaria', labelEn: 'Beneficiary' }],
  rules: { minPartners: 1, maxPartners: 2, smeOnly: true, requiredRoles: [{ role: 'beneficiary', min: 1 }], instruments: [{ id: 'V', nameEs: 'Bono', nameEn: 'Voucher', maxPerRecipientCents: 2_500_000 }] },
  ranking: { criteria: [{ id: 'excellence', labelEs: 'Excelencia', labelEn: 'Excellence', threshold: 3, weight: 1 }], totalThreshold: 3, tieOrder: ['tie.excellence'] },
  paymentScheme: { tranches: [{ milestone: 'signature', labelEs: 'Firma', labelEn: 'Signature', percent: 100 }] },
  amountRule: { method: 'lump_sum', textEs: 'Cantidad fija.', textEn: 'Lump sum.' },
  form: {
    sections: [
      {
        id: 's',
        titleEs: 'Proyecto',
        titleEn: 'Project',
        questions: [
          { id: 'summary', type: 'long_text', labelEs: 'Resumen', labelEn: 'Summary', required: true, maxLength: 3000 },
          { id: 'costs', type: 'budget', labelEs: 'Costes', labelEn: 'Costs', required: true, categories: [{ id: 'staff', labelEs: 'Personal', labelEn: 'Staff' }, { id: 'other', labelEs: 'Otros', labelEn: 'Other' }] },
        ],
      },
    ],
  },
};

interface Applicant {
  applicationId: string;
  token: string;
}

async function seed(ctx: Ctx, n: number, deadline: Date, log: (m: string) => void): Promise<Applicant[]> {
  const programme = await createProgramme(ctx, programmeInputSchema.parse({ code: 'BENCHP', name: 'Bench programme', source: 'regional', totalBudgetCents: 100_000_000 }));
  const local = localDateTime(deadline, ZONE).slice(0, 16);
  const call = await createCall(ctx, callInputSchema.parse({ ...CALL, programmeId: programme.id, deadlineLocal: local, deadlineZone: ZONE }));
  await publishCall(ctx, call.id);
  const out: Applicant[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 100 === 0) log(`seeding applicant ${i + 1}/${n}`);
    const user = await makeUser(ctx, { role: 'applicant', email: `bench${i}@example.org` });
    const org = await makeOrganisation(ctx, { legalName: `Pyme de carga ${i} S.L.` });
    await attachUser(ctx, org.id, user.id, 'representative');
    await declareSmeFor(ctx, org.id, user.id, 'small');
    const actor: UserActor = { kind: 'user', id: user.id, email: user.email, name: user.name, role: 'applicant', locale: 'es', officeIds: [] };
    const as = { ...ctx, actor };
    const app = await createApplication(as, call.id, { leadOrganisationId: org.id, acronym: `LOAD${i}`, title: `Load ${i}` });
    const lead = app.partners[0]!;
    await updateApplication(as, app.id, { activities: ['poc'], answers: { summary: `Proyecto de prueba ${i}. `.repeat(20), costs: { partners: { [lead.id]: { staff: 1_500_000, other: 500_000 } } } } });
    const { db } = as;
    await db.execute(sql`update application_partner set roles = '{beneficiary}', requested_cents = 2000000 where id = ${lead.id}`);
    const token = await createApiToken(as, { name: 'bench' }, user.id);
    out.push({ applicationId: app.id, token: token.secret });
  }
  return out;
}

async function submit(url: string, a: Applicant, key: string): Promise<{ ms: number; status: number; body: { version?: number; replayed?: boolean; submittedAt?: string; code?: string } }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/funding/applications/${a.applicationId}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
    body: JSON.stringify({ idempotencyKey: key }),
  });
  const body = (await res.json()) as { version?: number; replayed?: boolean; submittedAt?: string; code?: string };
  return { ms: performance.now() - t0, status: res.status, body };
}

async function versionsCount(platform: Platform): Promise<number> {
  const r = (await platform.database.db.execute(sql`select count(*)::int as n from application_version`)) as unknown as { rows: { n: number }[] };
  return r.rows[0]?.n ?? 0;
}

async function scenario(url: string, platform: Platform, clock: ManualClock, applicants: Applicant[], deadline: Date, log: (m: string) => void): Promise<BenchRow[]> {
  const n = applicants.length;
  // 0. unloaded: one submission at a time (warm-up; these versions are stored too)
  clock.set(new Date(deadline.getTime() - 120_000));
  const single: number[] = [];
  for (const [i, a] of applicants.slice(0, 20).entries()) single.push((await submit(url, a, `warmup-key-${i}`)).ms);
  const unloaded = summarise(single.slice(5));
  const warm = await versionsCount(platform);
  // 1. the burst, one minute before the deadline, with double clicks
  clock.set(new Date(deadline.getTime() - 60_000));
  log(`burst: ${n} submissions at once (+${Math.ceil(n / 10)} double clicks)`);
  const t0 = performance.now();
  const burst = await Promise.all([
    ...applicants.map((a, i) => submit(url, a, `final-key-${i}`)),
    ...applicants.filter((_, i) => i % 10 === 0).map((a, i) => submit(url, a, `final-key-${i * 10}`)),
  ]);
  const seconds = (performance.now() - t0) / 1000;
  const stored1 = await versionsCount(platform);
  const ok1 = burst.filter((r) => r.status === 200);
  const firsts = burst.slice(0, n);
  const stats = summarise(firsts.map((r) => r.ms));
  for (const r of burst.filter((x) => x.status !== 200).slice(0, 5)) log(`burst failure ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  const exactlyOnce = stored1 === warm + n && ok1.length === burst.length && ok1.filter((r) => !r.body.replayed).length === n;

  // 2. across the deadline: the clock runs in real time and crosses the deadline mid-burst
  // launched at random moments over 400 ms; the deadline falls 200 ms in
  const start = performance.now();
  const realtime = { now: () => new Date(deadline.getTime() - 200 + (performance.now() - start)) };
  (platform as { clock: unknown }).clock = realtime;
  clock.set(deadline); // anything still reading the manual clock is past the deadline
  const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const crossing = await Promise.all(applicants.map(async (a, i) => {
    await later(Math.random() * 400);
    return submit(url, a, `again-key-${i}`);
  }));
  const accepted = crossing.filter((r) => r.status === 200);
  const refused = crossing.filter((r) => r.status === 409 && r.body.code === 'funding.deadline_passed');
  const lateAccepted = accepted.filter((r) => new Date(r.body.submittedAt ?? 0).getTime() >= deadline.getTime());
  const stored2 = await versionsCount(platform);
  (platform as { clock: unknown }).clock = clock;

  // 3. after the deadline
  clock.set(new Date(deadline.getTime() + 1));
  const after = await Promise.all(applicants.slice(0, Math.min(100, n)).map((a, i) => submit(url, a, `late-key-${i}`)));
  const stored3 = await versionsCount(platform);
  const noneAfter = after.every((r) => r.status === 409 && r.body.code === 'funding.deadline_passed') && stored3 === stored2;
  const crossingOk = accepted.length + refused.length === n && lateAccepted.length === 0 && stored2 === stored1 + accepted.length;

  return [
    { name: 'PostgreSQL: one submission at a time (no load)', metrics: { p50Ms: unloaded.p50Ms, p95Ms: unloaded.p95Ms, maxMs: unloaded.maxMs } },
    {
      name: `PostgreSQL: ${n} concurrent final submissions 1 min before the deadline (+${burst.length - n} double clicks)`,
      metrics: { p50Ms: stats.p50Ms, p95Ms: stats.p95Ms, p99Ms: stats.p99Ms, maxMs: stats.maxMs, minMs: stats.minMs, 'submissions/s': round(n / seconds, 1), stored: stored1 - warm, replayed: ok1.filter((r) => r.body.replayed).length },
      target: 'every submission stored exactly once',
      pass: exactlyOnce,
    },
    {
      name: `PostgreSQL: ${n} resubmissions while the clock crosses the deadline`,
      metrics: { accepted: accepted.length, refused: refused.length, acceptedAfterDeadline: lateAccepted.length, storedNew: stored2 - stored1 },
      target: 'none accepted at or after the deadline; accepted = stored',
      pass: crossingOk,
    },
    {
      name: `PostgreSQL: ${after.length} submissions after the deadline`,
      metrics: { accepted: after.filter((r) => r.status === 200).length, storedNew: stored3 - stored2 },
      target: 'all refused',
      pass: noneAfter,
    },
  ];
}

export default defineSuite({
  name: 'funding',
  async run({ databaseUrl, quick, log }) {
    if (!databaseUrl) return [{ name: 'funding submissions (needs VETA_BENCH_DATABASE_URL)', metrics: { skipped: 'no PostgreSQL' } }];
    const dbName = `veta_bench_funding_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const url = new URL(databaseUrl);
    url.pathname = `/${dbName}`;
    const database = openPostgres(url.toString(), 10);
    const clock = new ManualClock(new Date());
    const config = loadConfig({ VETA_DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent', DATABASE_URL: url.toString() });
    const platform: Platform = { config, logger: silentLogger(), clock, database, files: localFileStore(os.tmpdir()) };
    try {
      await runMigrations(database);
      await startModules(platform, 'test');
      const deadline = new Date(Math.ceil((Date.now() + 30 * 86_400_000) / 60_000) * 60_000);
      const ctx = makeCtx(platform, systemActor('bench'));
      const applicants = await seed(ctx, quick ? 100 : 500, deadline, log);
      const app = await buildApp(platform, { serveWeb: false, routes: [] });
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        return await scenario(address, platform, clock, applicants, deadline, log);
      } finally {
        await app.close();
      }
    } finally {
      await stopModules(platform);
      await database.close();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  },
});
