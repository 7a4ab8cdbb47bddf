/**
 * Fixtures for payments tests: funded projects (a closed call whose applications have a frozen
 * selection decision and active awards, made by the awards module), the
 * back-office people who handle them, and helpers to sign agreements and accept reports.
 */
import { and, eq } from 'drizzle-orm';
import { award } from '../src/server/modules/awards/schema/core.js';
import { freezeDecision } from '../src/server/modules/awards/service/selection.js';
import { applicationPartner, programme } from '../src/server/modules/funding/schema.js';
import { descending, finalReports } from './awards.js';
import { makeClosedCall, type ClosedCall } from './evaluation.js';
import { linkToOrganisation, makeOffice, makeUser, TEST_PASSWORD } from './factories.js';
import type { TestEnv } from './harness.js';
import type { Actor } from '../src/server/platform/actor.js';
import type { Role } from '../src/shared/roles.js';

export interface FundedProject {
  applicationId: string;
  reference: string;
  leadOrganisationId: string;
  partnerOrganisationId: string;
  applicantUserId: string;
  applicantEmail: string;
  awards: { id: string; organisationId: string; amountCents: number }[];
}

export interface FundedCall extends ClosedCall {
  officeId: string;
  projects: FundedProject[];
}

/**
 * A closed call (MINE.THE.GAP tranches 40 % on signature, 45 % mid-term review, 15 % final report)
 * with `projects` applications, all selected by a frozen decision (final consensus reports, then
 * the awards module's freeze); each lead's applicant acts for the lead organisation.
 * Awards: `amounts[i]` = [lead, partner] cents (default 2,000,000 + 1,999,999 to exercise rounding).
 */
export async function makeFundedCall(env: TestEnv, opts: { projects?: number; amounts?: [number, number][]; programmeId?: string } = {}): Promise<FundedCall> {
  const ctx = env.ctx();
  const n = opts.projects ?? 1;
  const closed = await makeClosedCall(env, { applications: n, ...(opts.programmeId ? { programmeId: opts.programmeId } : {}) });
  const office = await makeOffice(ctx);
  await ctx.db.update(programme).set({ officeId: office.id }).where(eq(programme.id, closed.programmeId));
  for (const [i, app] of closed.applications.entries()) {
    await linkToOrganisation(ctx, app.applicantUserId, app.leadOrganisationId);
    const [lead, partner] = opts.amounts?.[i] ?? [2_000_000, 1_999_999];
    await ctx.db.update(applicationPartner).set({ requestedCents: lead }).where(and(eq(applicationPartner.applicationId, app.id), eq(applicationPartner.organisationId, app.leadOrganisationId)));
    await ctx.db.update(applicationPartner).set({ requestedCents: partner }).where(and(eq(applicationPartner.applicationId, app.id), eq(applicationPartner.organisationId, app.partnerOrganisationId)));
  }
  await finalReports(env, closed, descending(n));
  await freezeDecision(ctx, closed.callId);
  const rows = await ctx.db.select().from(award).where(eq(award.callId, closed.callId));
  const projects: FundedProject[] = closed.applications.map((app) => ({
    applicationId: app.id,
    reference: app.reference,
    leadOrganisationId: app.leadOrganisationId,
    partnerOrganisationId: app.partnerOrganisationId,
    applicantUserId: app.applicantUserId,
    applicantEmail: app.applicantEmail,
    awards: rows
      .filter((r) => r.applicationId === app.id)
      .sort((a, b) => (a.organisationId === app.leadOrganisationId ? -1 : b.organisationId === app.leadOrganisationId ? 1 : 0))
      .map((r) => ({ id: r.id, organisationId: r.organisationId, amountCents: r.amountCents })),
  }));
  return { ...closed, officeId: office.id, projects };
}

/** The back office of a funded call: staff of the programme's office, two finance officers, an admin. */
export async function makeBackOffice(env: TestEnv, officeId: string) {
  const ctx = env.ctx();
  const staff = await makeUser(ctx, { role: 'staff', officeIds: [officeId] });
  const otherStaff = await makeUser(ctx, { role: 'staff' });
  const finance = await makeUser(ctx, { role: 'finance' });
  const finance2 = await makeUser(ctx, { role: 'finance' });
  const admin = await makeUser(ctx, { role: 'admin' });
  return { staff, otherStaff, finance, finance2, admin };
}

/** Signs in a person created by the factories. */
export function signedIn(env: TestEnv, user: { email: string }) {
  return env.agent().signIn(user.email, TEST_PASSWORD);
}


/** A service context acting as a person created by the factories. */
export function ctxAs(env: TestEnv, user: { id: string; email: string; name: string; role: Role; officeIds: string[] }) {
  const actor: Actor = { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role, locale: 'en', officeIds: user.officeIds };
  return env.ctx(actor);
}
