/**
 * A programme's figures: budget, committed (awards + support recorded outside Veta), paid, due,
 * by region (NUTS 2 of the recipients' headquarters) and by instrument, and its ledger check.
 */
import type { DashboardDto } from '../../../../shared/contracts/payments.js';
import type { CallRulesDoc } from '../../../../shared/contracts/funding.js';
import type { Ctx } from '../../../platform/context.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { can } from '../policy.js';
import { isDue } from '../presenters.js';
import * as pay from '../repository/payments.js';
import * as projects from '../repository/projects.js';
import { verifyLedgers } from './verify.js';

interface Slice {
  key: string;
  label: string;
  committedCents: number;
  paidCents: number;
}

function addTo(map: Map<string, Slice>, key: string, label: string, committed: number, paid: number): void {
  const s = map.get(key) ?? { key, label, committedCents: 0, paidCents: 0 };
  s.committedCents += committed;
  s.paidCents += paid;
  map.set(key, s);
}

const sorted = (m: Map<string, Slice>) => [...m.values()].sort((a, b) => b.committedCents - a.committedCents || a.key.localeCompare(b.key));

export async function programmeDashboard(ctx: Ctx, programmeId: string): Promise<DashboardDto> {
  const programme = await projects.findProgramme(ctx.db, programmeId);
  if (!programme) throw notFound('programme', programmeId);
  if (!can(ctx.actor, 'view', programme)) throw forbidden('view_dashboard');
  const [awards, funded, payments, externalCents, check] = await Promise.all([
    projects.activeAwards(ctx.db, { programmeId }),
    projects.fundedApplications(ctx.db, { programmeId }),
    pay.allPayments(ctx.db, programmeId),
    projects.externalCommitments(ctx.db, programmeId),
    verifyLedgers(ctx, programmeId),
  ]);
  const paidByAward = new Map<string, number>();
  for (const p of payments) if (p.state === 'paid') paidByAward.set(p.awardId, (paidByAward.get(p.awardId) ?? 0) + p.amountCents);
  const byApp = new Map(funded.map((f) => [f.application.id, f]));
  const regions = new Map<string, Slice>();
  const instruments = new Map<string, Slice>();
  for (const a of awards) {
    const paid = paidByAward.get(a.id) ?? 0;
    const region = a.nutsCode ? a.nutsCode.slice(0, 4) : 'unknown';
    addTo(regions, region, region, a.amountCents, paid);
    const f = byApp.get(a.applicationId);
    const id = f?.application.instrumentId ?? 'unknown';
    const instrument = ((f?.call.rules as CallRulesDoc | undefined)?.instruments ?? []).find((i) => i.id === id);
    addTo(instruments, id, instrument ? (ctx.locale === 'es' ? instrument.nameEs : instrument.nameEn) : id, a.amountCents, paid);
  }
  const sum = (xs: { amountCents: number }[]) => xs.reduce((s, x) => s + x.amountCents, 0);
  const awardedCents = sum(awards);
  const empty = { programmeId, programmeCode: programme.code, awardedCents: 0, scheduledCents: 0, approvedCents: 0, paidCents: 0, cancelledCents: 0, returnedCents: 0, differenceCents: 0, ok: true };
  return {
    programmeId,
    programmeCode: programme.code,
    programmeName: programme.name,
    budgetCents: programme.totalBudgetCents,
    committedCents: awardedCents + externalCents,
    awardedCents,
    externalCents,
    paidCents: sum(payments.filter((p) => p.state === 'paid')),
    dueCents: sum(payments.filter(isDue)),
    upcomingCents: sum(payments.filter((p) => p.state === 'scheduled' && p.dueAt === null)),
    projects: funded.length,
    signedAgreements: funded.filter((f) => f.agreement?.status === 'signed').length,
    byRegion: sorted(regions),
    byInstrument: sorted(instruments),
    ledger: check.programmes[0] ?? empty,
    can: { pay: can(ctx.actor, 'pay', programme), cancel: can(ctx.actor, 'cancel', programme) },
  };
}
