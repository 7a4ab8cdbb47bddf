/**
 * Applications as their consortium sees them: starting a draft for an organisation one acts for,
 * autosaving it (answers merged by question), and the list of one's applications. Every change is
 * refused after the deadline (server clock) and on withdrawn or ineligible applications.
 */
import type { z } from 'zod';
import type { applicationCreateSchema, ApplicationDto, ApplicationPatch } from '../../../../shared/contracts/funding-applications.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { findOrganisations } from '../../organisations/index.js';
import { isApplicantSide } from '../policy.js';
import * as apps from '../repository/applications.js';
import * as calls from '../repository/calls.js';
import { callDocs, iso, isoOrNull } from '../presenters.js';
import { loadApplication, loadForEdit, myOrganisationIds, type LoadedApplication } from './access.js';
import { answersIssues } from './answers.js';
import { answerContext } from './completeness.js';
import { assertOpen } from './deadline.js';
import { applicationDetail } from './detail.js';
import { evaluateApplication } from './eligibility.js';

export async function getApplication(ctx: Ctx, id: string): Promise<ApplicationDto> {
  return applicationDetail(ctx, await loadApplication(ctx, id));
}

/** Recomputes the stored eligibility of an application never submitted (a submission keeps its own). */
export async function refreshEligibility(ctx: Ctx, id: string): Promise<void> {
  const app = await apps.findApplication(ctx.db, id);
  if (!app || app.currentVersion > 0) return;
  const call = await calls.findCall(ctx.db, app.callId);
  if (!call) return;
  const run = await evaluateApplication(ctx, app, await apps.partnersOf(ctx.db, id), callDocs(call).rules, call.programmeId);
  await apps.updateApplication(ctx.db, id, { eligibility: JSON.parse(JSON.stringify(run.result)) as object });
}

export async function createApplication(ctx: Ctx, callId: string, input: z.output<typeof applicationCreateSchema>): Promise<ApplicationDto> {
  const call = await calls.findCall(ctx.db, callId);
  if (!call || call.status === 'draft') throw notFound('call', callId);
  assertOpen(ctx, call);
  const actor = ctx.actor;
  if (actor.kind !== 'user' || !isApplicantSide(actor) || !(await myOrganisationIds(ctx)).has(input.leadOrganisationId)) {
    throw new AppError('funding.organisation_not_yours', {}, { issues: [{ path: 'leadOrganisationId', code: 'errors:funding.organisation_not_yours' }] });
  }
  const id = await inTransaction(ctx, async (tx) => {
    const n = await calls.nextApplicationNumber(tx.db, call.id);
    const now = tx.clock.now();
    const app = await apps.insertApplication(tx.db, {
      callId: call.id,
      reference: `${call.code}-${String(n).padStart(4, '0')}`,
      leadOrganisationId: input.leadOrganisationId,
      createdBy: actor.id,
      acronym: input.acronym ?? null,
      title: input.title ?? null,
      instrumentId: callDocs(call).rules.instruments.length === 1 ? (callDocs(call).rules.instruments[0]?.id ?? null) : null,
      createdAt: now,
      updatedAt: now,
    });
    await apps.insertPartner(tx.db, { applicationId: app.id, organisationId: input.leadOrganisationId, status: 'confirmed', confirmedBy: actor.id, confirmedAt: now });
    await refreshEligibility(tx, app.id);
    await audit(tx, { action: 'funding.application_created', entityType: 'application', entityId: app.id, summary: { reference: app.reference, callId: call.id, leadOrganisationId: input.leadOrganisationId } });
    return app.id;
  });
  return getApplication(ctx, id);
}

function listIssues(field: 'topics' | 'activities', values: readonly string[] | undefined, allowed: readonly { id: string }[]): FieldIssue[] {
  const known = new Set(allowed.map((a) => a.id));
  return (values ?? []).flatMap((v, i) => (known.has(v) ? [] : [{ path: `${field}.${i}`, code: 'funding:answers.unknown_option', params: { value: v } }]));
}

async function patchIssues(ctx: Ctx, loaded: LoadedApplication, patch: ApplicationPatch): Promise<FieldIssue[]> {
  const docs = callDocs(loaded.call);
  const issues: FieldIssue[] = [...listIssues('topics', patch.topics, docs.topics), ...listIssues('activities', patch.activities, docs.activities)];
  if (patch.instrumentId && !docs.rules.instruments.some((i) => i.id === patch.instrumentId)) {
    issues.push({ path: 'instrumentId', code: 'funding:answers.unknown_option', params: { value: patch.instrumentId } });
  }
  if (patch.answers) {
    const context = answerContext(loaded.partners, await apps.attachmentsOf(ctx.db, loaded.app.id), 'save');
    issues.push(...answersIssues(docs.form, patch.answers, context));
  }
  return issues;
}

/** An autosave by the lead: the fields given, and answers merged by question id. */
export async function updateApplication(ctx: Ctx, id: string, patch: ApplicationPatch): Promise<ApplicationDto> {
  const loaded = await loadForEdit(ctx, id);
  const issues = await patchIssues(ctx, loaded, patch);
  if (issues.length) throw invalid(issues);
  const { answers, ...fields } = patch;
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    await apps.updateApplication(tx.db, id, { ...fields, updatedAt: now });
    if (answers && Object.keys(answers).length) await apps.mergeAnswers(tx.db, id, answers, now);
    await refreshEligibility(tx, id);
    await audit(tx, { action: 'funding.application_saved', entityType: 'application', entityId: id, summary: { fields: Object.keys(fields), answers: Object.keys(answers ?? {}) } });
  });
  return getApplication(ctx, id);
}

/** The applications of the organisations the actor acts for (led or joined as a confirmed partner). */
export async function myApplications(ctx: Ctx) {
  const mine = await myOrganisationIds(ctx);
  const found = await apps.applicationsOfOrganisations(ctx.db, [...mine]);
  const leads = new Map<string, string>();
  for (const o of await findOrganisations(ctx.db, [...new Set(found.map((f) => f.app.leadOrganisationId))])) leads.set(o.id, o.tradeName ?? o.legalName);
  return found.map(({ app, call }) => ({
    id: app.id,
    reference: app.reference,
    callId: call.id,
    callCode: call.code,
    callTitleEs: call.titleEs,
    callTitleEn: call.titleEn,
    deadlineAt: isoOrNull(call.deadlineAt),
    status: app.status,
    acronym: app.acronym,
    title: app.title,
    leadName: leads.get(app.leadOrganisationId) ?? '',
    currentVersion: app.currentVersion,
    submittedAt: isoOrNull(app.submittedAt),
    updatedAt: iso(app.updatedAt),
    standing: mine.has(app.leadOrganisationId) ? ('lead' as const) : ('partner' as const),
  }));
}

