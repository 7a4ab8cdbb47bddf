/**
 * Demo data of payments, through the services people use, at the dates things happened: every
 * funded project of the decided calls gets its grant agreement, signed; recipients enter their bank
 * accounts and finance verifies them; the advance on signature is approved and paid; later, lead
 * partners upload their reports and staff accept most of them, which makes the next tranche due;
 * finance approves and pays some of those (four eyes: staff create and make due, finance approves).
 */
import { Readable } from 'node:stream';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { ibanMod97 } from '../../../engines/ledger/index.js';
import type { DemoStep } from '../../demo/types.js';
import type { Ctx } from '../../platform/context.js';
import { actorByEmail, as, at } from '../../demo/acting.js';
import { demoPdf } from '../../demo/pdf.js';
import { findUserById } from '../identity/index.js';
import { organisationUser } from '../organisations/index.js';
import { application, call } from '../funding/index.js';
import { award, grantAgreement } from '../awards/index.js';
import { payment } from './schema.js';
import { createAgreement, signAgreement, terminateAgreement } from './service/agreements.js';
import { decideReport, uploadReport } from './service/reports.js';
import { approvePayment, payPayment } from './service/ledger.js';
import { setMyAccount, setPayerAccount, verifyAccount } from './service/accounts.js';

const DAY = 86_400_000;

/** A valid Spanish IBAN for the n-th demo account (bank 2100, fictitious account numbers). */
export function demoIban(n: number): string {
  const bban = `21000418${String(45 + (n % 50)).padStart(2, '0')}${String(1_000_000_000 + n * 7_919).slice(-10)}`;
  return `ES${String(98 - ibanMod97(`ES00${bban}`)).padStart(2, '0')}${bban}`;
}

interface Plan {
  code: string;
  /** Agreements signed on this day (one a day, in rank order). */
  signFrom: string;
  /** Which projects (by position among the funded) report on which milestones, and how it went. */
  reports: { milestone: string; day: string; projects: number; accepted: number; approved: number; paid: number }[];
  /** The last funded project, when it reported nothing, is terminated on this day for this reason. */
  terminate?: { day: string; reason: string };
}

const PLANS: Plan[] = [
  { code: 'MTG-OC2', signFrom: '2022-06-01', reports: [
    { milestone: 'midTermReview', day: '2022-10-17', projects: 2, accepted: 2, approved: 2, paid: 2 },
    { milestone: 'finalReport', day: '2023-03-06', projects: 2, accepted: 1, approved: 1, paid: 1 },
  ] },
  { code: 'BI24', signFrom: '2024-06-03', reports: [{ milestone: 'finalReport', day: '2025-06-16', projects: 10, accepted: 9, approved: 7, paid: 5 }], terminate: { day: '2025-02-14', reason: 'La empresa renuncia a la ayuda: cierra la planta piloto de Ponferrada y no ejecutará el proyecto.' } },
];

interface People {
  staff: Ctx;
  finance: Ctx;
}

/** A person who acts for the organisation (its representative first). */
async function representative(ctx: Ctx, organisationId: string) {
  const [link] = await ctx.db.select({ userId: organisationUser.userId }).from(organisationUser).where(eq(organisationUser.organisationId, organisationId)).orderBy(asc(organisationUser.role));
  const user = link ? await findUserById(ctx.db, link.userId) : undefined;
  return user ? actorByEmail(ctx, user.email) : undefined;
}

async function accounts(p: People, awards: { organisationId: string }[], when: number, seq: { n: number }): Promise<void> {
  for (const a of awards) {
    const who = await representative(p.staff, a.organisationId);
    if (!who) continue;
    const saved = await setMyAccount(at(as(p.staff, who), when), a.organisationId, { iban: demoIban(++seq.n), bic: 'CAIXESBBXXX', holderName: who.name });
    const mine = saved.find((x) => x.organisationId === a.organisationId);
    if (mine?.id && !mine.verified) await verifyAccount(at(p.finance, when + DAY), mine.id);
  }
}

async function settle(p: People, paymentIds: string[], approveOn: number, payOn: number | null, ref: string): Promise<void> {
  for (const [i, id] of paymentIds.entries()) {
    await approvePayment(at(p.finance, approveOn), id);
    if (payOn !== null) await payPayment(at(p.finance, payOn), id, { valueDate: new Date(payOn).toISOString().slice(0, 10), reference: `${ref}-${String(i + 1).padStart(3, '0')}` });
  }
}

async function dueOf(ctx: Ctx, applicationIds: string[], milestone: string): Promise<string[]> {
  if (applicationIds.length === 0) return [];
  const rows = await ctx.db
    .select({ id: payment.id })
    .from(payment)
    .innerJoin(award, eq(award.id, payment.awardId))
    .where(and(inArray(award.applicationId, applicationIds), eq(payment.milestone, milestone), eq(payment.state, 'scheduled'), isNotNull(payment.dueAt)));
  return rows.map((r) => r.id);
}

async function runPlan(p: People, plan: Plan, seq: { n: number }): Promise<number> {
  const [c] = await p.staff.db.select({ id: call.id, programmeId: call.programmeId }).from(call).where(eq(call.code, plan.code));
  if (!c) return 0;
  const funded = await p.staff.db.select({ applicationId: award.applicationId, organisationId: award.organisationId, reference: application.reference }).from(award).innerJoin(application, eq(application.id, award.applicationId)).where(and(eq(award.callId, c.id), eq(award.status, 'active'))).orderBy(asc(application.reference));
  const projects = [...new Set(funded.map((f) => f.applicationId))];
  if (projects.length === 0) return 0;
  const start = new Date(`${plan.signFrom}T09:00:00Z`).getTime();
  await setPayerAccount(at(p.finance, start - 10 * DAY), c.programmeId, { iban: demoIban(++seq.n), bic: 'CAIXESBBXXX', holderName: 'Clúster Ibérico de Materias Primas' });
  await accounts(p, funded, start - 9 * DAY, seq);
  for (const [i, applicationId] of projects.entries()) {
    const day = start + i * DAY;
    const created = await createAgreement(at(p.staff, day - 5 * DAY), applicationId, { startsOn: new Date(day).toISOString().slice(0, 10), endsOn: new Date(day + 365 * DAY).toISOString().slice(0, 10) });
    const [agreement] = await p.staff.db.select({ id: grantAgreement.id }).from(grantAgreement).where(eq(grantAgreement.applicationId, created.applicationId));
    await signAgreement(at(p.staff, day), agreement?.id ?? '', { signedOn: new Date(day).toISOString().slice(0, 10) });
  }
  const advances = await p.staff.db.select({ id: payment.id }).from(payment).where(and(eq(payment.programmeId, c.programmeId), eq(payment.state, 'scheduled'), isNotNull(payment.dueAt)));
  await settle(p, advances.map((a) => a.id), start + (projects.length + 2) * DAY, start + (projects.length + 6) * DAY, `${plan.code}-ANT`);
  for (const r of plan.reports) {
    const when = new Date(`${r.day}T09:00:00Z`).getTime();
    const reporting = projects.slice(0, r.projects);
    for (const [i, applicationId] of reporting.entries()) {
      const lead = funded.find((f) => f.applicationId === applicationId);
      const who = lead ? await representative(p.staff, lead.organisationId) : undefined;
      if (!who) continue;
      const file = { stream: Readable.from(demoPdf(`Informe ${r.milestone}`, [lead?.reference ?? '', 'Resultados, costes y ahorro medido.'])), filename: `informe-${r.milestone}-${lead?.reference ?? i}.pdf` };
      const project = await uploadReport(at(as(p.staff, who), when + i * DAY), applicationId, r.milestone, file);
      const report = project.reports.find((x) => x.milestone === r.milestone);
      if (!report) continue;
      const accept = i < r.accepted;
      await decideReport(at(p.staff, when + (i + 7) * DAY), report.id, accept ? { decision: 'accept' } : { decision: 'request_changes', comment: 'Falta la medida del ahorro de los tres últimos meses: adjunten las lecturas de los contadores.' });
    }
    const toPay = await dueOf(p.staff, reporting.slice(0, r.paid), r.milestone);
    const toApprove = (await dueOf(p.staff, reporting.slice(0, r.approved), r.milestone)).filter((id) => !toPay.includes(id));
    await settle(p, toPay, when + 30 * DAY, when + 35 * DAY, `${plan.code}-${r.milestone}`);
    await settle(p, toApprove, when + 30 * DAY, null, '');
  }
  const last = projects.at(-1);
  if (plan.terminate && last && projects.length > Math.max(...plan.reports.map((r) => r.projects))) {
    const [agreement] = await p.staff.db.select({ id: grantAgreement.id }).from(grantAgreement).where(eq(grantAgreement.applicationId, last));
    const day = new Date(`${plan.terminate.day}T09:00:00Z`).getTime();
    if (agreement) await terminateAgreement(at(p.staff, day), agreement.id, { terminatedOn: plan.terminate.day, reason: plan.terminate.reason });
  }
  return projects.length;
}

export const paymentsDemo: DemoStep = {
  name: 'payments',
  async seed(ctx, state, io) {
    const [loaded] = await ctx.db.select({ id: grantAgreement.id }).from(grantAgreement).limit(1);
    if (loaded) {
      io.out('  agreements and payments: already loaded');
      return;
    }
    const p: People = {
      staff: as(ctx, await actorByEmail(ctx, 'staff@demo.veta.local', [state.offices.leon ?? ''])),
      finance: as(ctx, await actorByEmail(ctx, 'finance@demo.veta.local')),
    };
    const seq = { n: 0 };
    let n = 0;
    for (const plan of PLANS) n += await runPlan(p, plan, seq);
    io.out(`  ${n} grant agreements signed (one later terminated), advances paid, reports accepted and later tranches approved or paid`);
  },
};
