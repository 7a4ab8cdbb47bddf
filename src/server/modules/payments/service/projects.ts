/** Funded projects (applications with active awards): who may see them, lists and details. */
import type { ProjectDto, ProjectSummaryDto } from '../../../../shared/contracts/payments.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { organisationIdsOfUser } from '../../organisations/index.js';
import { can, isRecipientSide } from '../policy.js';
import { isDue, presentAgreement, presentPayment, presentReport } from '../presenters.js';
import * as pay from '../repository/payments.js';
import * as projects from '../repository/projects.js';
import * as reports from '../repository/reports.js';
import { milestonesOf, schemeOf } from './scheme.js';

export type Standing = 'staff' | 'lead' | 'recipient';

export interface LoadedProject {
  funded: projects.FundedApplication;
  awards: projects.AwardWithRecipient[];
  standing: Standing;
}

/** Organisations the actor acts for (recipient side only). */
export async function myOrganisationIds(ctx: Ctx): Promise<Set<string>> {
  return ctx.actor.kind === 'user' && isRecipientSide(ctx.actor) ? new Set(await organisationIdsOfUser(ctx.db, ctx.actor.id)) : new Set();
}

/** A funded project if the actor may see it; 404 otherwise (nothing is revealed). */
export async function loadProject(ctx: Ctx, applicationId: string): Promise<LoadedProject> {
  const [funded] = await projects.fundedApplications(ctx.db, { applicationIds: [applicationId] });
  if (!funded) throw notFound('project', applicationId);
  const awards = await projects.activeAwards(ctx.db, { applicationIds: [applicationId] });
  const standing = await standingOf(ctx, funded, awards);
  if (!standing) throw notFound('project', applicationId);
  return { funded, awards, standing };
}

async function standingOf(ctx: Ctx, funded: projects.FundedApplication, awards: projects.AwardWithRecipient[]): Promise<Standing | null> {
  if (can(ctx.actor, 'view', funded.programme)) return 'staff';
  const mine = await myOrganisationIds(ctx);
  if (mine.has(funded.application.leadOrganisationId)) return 'lead';
  return awards.some((a) => mine.has(a.organisationId)) ? 'recipient' : null;
}

async function visibleApplicationIds(ctx: Ctx): Promise<string[] | undefined> {
  if (ctx.actor.kind === 'user' && isRecipientSide(ctx.actor)) return projects.applicationIdsOfRecipients(ctx.db, [...(await myOrganisationIds(ctx))]);
  return can(ctx.actor, 'view', { officeId: null }) ? undefined : [];
}

function summary(f: projects.FundedApplication, awards: projects.AwardWithRecipient[], payments: pay.PaymentRow[], reportRows: reports.ReportRow[]): ProjectSummaryDto {
  const sum = (xs: { amountCents: number }[]) => xs.reduce((s, x) => s + x.amountCents, 0);
  return {
    applicationId: f.application.id,
    reference: f.application.reference,
    acronym: f.application.acronym,
    title: f.application.title,
    callCode: f.call.code,
    programmeId: f.programme.id,
    programmeCode: f.programme.code,
    leadName: f.leadName,
    agreement: presentAgreement(f.agreement),
    awardedCents: sum(awards),
    paidCents: sum(payments.filter((p) => p.state === 'paid')),
    dueCents: sum(payments.filter(isDue)),
    reportsPending: reportRows.filter((r) => r.status === 'submitted').length,
  };
}

/** Funded projects the actor may see (staff and finance: all, or one programme's). */
export async function listProjects(ctx: Ctx, query: { programmeId?: string | undefined }): Promise<ProjectSummaryDto[]> {
  const ids = await visibleApplicationIds(ctx);
  const funded = await projects.fundedApplications(ctx.db, { ...(ids ? { applicationIds: ids } : {}), ...(query.programmeId ? { programmeId: query.programmeId } : {}) });
  const appIds = funded.map((f) => f.application.id);
  const agreementIds = funded.flatMap((f) => (f.agreement ? [f.agreement.id] : []));
  const [awards, payments, reportRows] = await Promise.all([projects.activeAwards(ctx.db, { applicationIds: appIds }), pay.paymentsOfAgreements(ctx.db, agreementIds), reports.reportsOf(ctx.db, agreementIds)]);
  return funded.map((f) =>
    summary(
      f,
      awards.filter((a) => a.applicationId === f.application.id),
      payments.filter((p) => p.agreementId === f.agreement?.id),
      reportRows.filter((r) => r.agreementId === f.agreement?.id),
    ),
  );
}

/** One project: awards per partner, agreement, milestones, payments and reports. */
export async function getProject(ctx: Ctx, applicationId: string): Promise<ProjectDto> {
  const { funded, awards, standing } = await loadProject(ctx, applicationId);
  const agreementIds = funded.agreement ? [funded.agreement.id] : [];
  const [payments, lines, reportRows] = await Promise.all([
    pay.paymentsOfAgreements(ctx.db, agreementIds),
    funded.agreement ? pay.ledgerLines(ctx.db, { agreementId: funded.agreement.id }) : Promise.resolve([]),
    reports.reportsOf(ctx.db, agreementIds),
  ]);
  return {
    ...summary(funded, awards, payments, reportRows),
    awards: awards.map((a) => ({ id: a.id, organisationId: a.organisationId, organisationName: a.organisationName, amountCents: a.amountCents, nutsCode: a.nutsCode })),
    milestones: milestonesOf(schemeOf(funded.call.paymentScheme)),
    payments: lines.map(presentPayment),
    reports: reportRows.map(presentReport),
    can: {
      manage: standing === 'staff' && can(ctx.actor, 'manage', funded.programme),
      report: standing === 'lead',
      pay: standing === 'staff' && can(ctx.actor, 'pay', funded.programme),
      cancel: standing === 'staff' && can(ctx.actor, 'cancel', funded.programme),
    },
  };
}
