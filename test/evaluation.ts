/**
 * Fixtures for evaluation, awards and payments tests: a closed call with submitted applications
 * (rows written directly, as a finished submission leaves them) and evaluators in the pool.
 */
import { eq } from 'drizzle-orm';
import { application, applicationPartner, applicationVersion, call } from '../src/server/modules/funding/schema.js';
import { snapshotHash } from '../src/server/modules/funding/service/snapshot.js';
import { evaluator } from '../src/server/modules/evaluation/schema/core.js';
import { award, selectionDecision } from '../src/server/modules/awards/schema/core.js';
import { makeOrganisation, makePublishedCall, makeUser, declareSmeFor } from './factories.js';
import type { TestEnv } from './harness.js';
import type { OrganisationCreate } from '../src/shared/contracts/organisations.js';

export interface ClosedCallApplication {
  id: string;
  reference: string;
  leadOrganisationId: string;
  partnerOrganisationId: string;
  applicantUserId: string;
  applicantEmail: string;
}

export interface ClosedCall {
  callId: string;
  programmeId: string;
  applications: ClosedCallApplication[];
}

let seq = 0;

/**
 * A call built on the MINE.THE.GAP configuration (Excellence, Impact x1.5, Implementation;
 * tranches 50/50) whose deadline has passed, with `applications` submitted applications, each by
 * a Spanish SME lead (its applicant user signs in with TEST_PASSWORD) and a Portuguese SME partner,
 * requesting 20,000 + 20,000 EUR. `topics[i]` overrides the topics of application i.
 */
export async function makeClosedCall(env: TestEnv, opts: { applications: number; programmeId?: string; topics?: string[][]; lead?: Partial<OrganisationCreate> } = { applications: 3 }): Promise<ClosedCall> {
  const ctx = env.ctx();
  const published = await makePublishedCall(env, { programmeId: opts.programmeId });
  const submittedAt = new Date(env.clock.now().getTime() - 86_400_000);
  const apps: ClosedCallApplication[] = [];
  for (let i = 0; i < opts.applications; i++) {
    const n = ++seq;
    const user = await makeUser(ctx, { role: 'applicant' });
    const lead = await makeOrganisation(ctx, { legalName: `Evaluada ${n} S.L.`, ...opts.lead });
    const partner = await makeOrganisation(ctx, { legalName: `Parceiro ${n} Lda.`, country: 'PT', taxId: null, sites: [{ name: 'Sede', city: 'Porto', country: 'PT', nutsCode: 'PT11', isHeadquarters: true }] });
    await declareSmeFor(ctx, lead.id, user.id, 'small');
    await declareSmeFor(ctx, partner.id, user.id, 'small');
    const reference = `${published.code}-${String(i + 1).padStart(4, '0')}`;
    const [row] = await ctx.db
      .insert(application)
      .values({
        callId: published.id,
        reference,
        leadOrganisationId: lead.id,
        createdBy: user.id,
        status: 'submitted',
        instrumentId: 'MINE-PoC',
        acronym: `EVAL${n}`,
        title: `Gemelo digital de planta ${n}`,
        topics: opts.topics?.[i] ?? ['digital'],
        activities: ['poc'],
        trl: 6,
        answers: { summary: `Gemelo digital de la planta de tratamiento ${n}: sensores, modelo de desgaste y mantenimiento predictivo.` },
        currentVersion: 1,
        submittedAt,
      })
      .returning();
    await ctx.db.insert(applicationPartner).values([
      { applicationId: row!.id, organisationId: lead.id, roles: ['adopter'], status: 'confirmed', requestedCents: 2_000_000, confirmedBy: user.id, confirmedAt: submittedAt },
      { applicationId: row!.id, organisationId: partner.id, roles: ['provider'], status: 'confirmed', requestedCents: 2_000_000, confirmedBy: user.id, confirmedAt: submittedAt },
    ]);
    const snapshot = { title: row!.title, acronym: row!.acronym, answers: row!.answers, attachments: [] };
    await ctx.db.insert(applicationVersion).values({ applicationId: row!.id, version: 1, submittedAt, submittedBy: user.id, snapshot, snapshotHash: snapshotHash(snapshot) });
    apps.push({ id: row!.id, reference, leadOrganisationId: lead.id, partnerOrganisationId: partner.id, applicantUserId: user.id, applicantEmail: user.email });
  }
  await ctx.db.update(call).set({ status: 'closed', closedAt: env.clock.now(), applicationSeq: opts.applications, deadlineAt: new Date(submittedAt.getTime() + 3_600_000) }).where(eq(call.id, published.id));
  return { callId: published.id, programmeId: published.programmeId, applications: apps };
}

/** A user with role `evaluator` and their pool record (terms accepted unless `termsAccepted: false`). */
export async function makeEvaluator(env: TestEnv, opts: { topics?: string[]; keywords?: string[]; languages?: string[]; minLoad?: number; maxLoad?: number; organisationId?: string; organisationName?: string; taxId?: string; country?: string; termsAccepted?: boolean } = {}) {
  const ctx = env.ctx();
  const user = await makeUser(ctx, { role: 'evaluator' });
  const [row] = await ctx.db
    .insert(evaluator)
    .values({
      userId: user.id,
      topics: opts.topics ?? ['digital'],
      keywords: opts.keywords ?? ['gemelo digital'],
      languages: opts.languages ?? ['es', 'en'],
      minLoad: opts.minLoad ?? 0,
      maxLoad: opts.maxLoad ?? 6,
      organisationId: opts.organisationId ?? null,
      organisationName: opts.organisationName ?? 'Universidad de León',
      taxId: opts.taxId ?? null,
      country: opts.country ?? 'ES',
      termsAcceptedAt: opts.termsAccepted === false ? null : env.clock.now(),
    })
    .returning();
  return { user, evaluator: row! };
}

/**
 * An active award of `amountCents` to `organisationId`, from a frozen decision on a new closed call
 * (rows written directly, as the awards module leaves them).
 */
export async function makeAwardFor(env: TestEnv, organisationId: string, amountCents = 2_000_000) {
  const ctx = env.ctx();
  const closed = await makeClosedCall(env, { applications: 1 });
  const app = closed.applications[0]!;
  const [decision] = await ctx.db.insert(selectionDecision).values({ callId: closed.callId, record: { fixture: true }, recordHash: 'fixture', frozenAt: env.clock.now() }).returning();
  const [row] = await ctx.db
    .insert(award)
    .values({ decisionId: decision!.id, programmeId: closed.programmeId, callId: closed.callId, applicationId: app.id, organisationId, amountCents })
    .returning();
  return { award: row!, call: closed };
}
