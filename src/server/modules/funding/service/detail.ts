/** The whole application as its lead, a partner or staff see it, with the live eligibility panel. */
import type { ApplicationDto, PartnerDto } from '../../../../shared/contracts/funding-applications.js';
import type { Answers, DeMinimisDeclarationDoc } from '../../../../shared/contracts/funding.js';
import type { Ctx } from '../../../platform/context.js';
import * as apps from '../repository/applications.js';
import * as calls from '../repository/calls.js';
import { callDocs, iso, isoOrNull, presentPublicCall } from '../presenters.js';
import { isOpen } from './deadline.js';
import { completenessIssues } from './completeness.js';
import { evaluateApplication, type OrganisationFacts } from './eligibility.js';
import type { LoadedApplication } from './access.js';

export function presentPartner(p: apps.PartnerRow, lead: boolean, facts: ReadonlyMap<string, OrganisationFacts>, mine: ReadonlySet<string>): PartnerDto {
  const f = p.organisationId ? facts.get(p.organisationId) : undefined;
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName: f ? (f.organisation.tradeName ?? f.organisation.legalName) : null,
    country: f?.organisation.country ?? null,
    nuts: f?.site?.nutsCode ?? null,
    smeClass: f?.smeClass ?? null,
    smeSource: f?.smeSource ?? 'unknown',
    lead,
    roles: p.roles,
    status: p.status,
    requestedCents: p.requestedCents,
    invitedEmail: p.invitedEmail,
    invitedName: p.invitedName,
    confirmedAt: isoOrNull(p.confirmedAt),
    deMinimis: (p.deMinimis ?? null) as DeMinimisDeclarationDoc | null,
    mine: p.organisationId !== null && mine.has(p.organisationId),
  };
}

export const isLead = (app: apps.ApplicationRow, p: apps.PartnerRow) => p.organisationId === app.leadOrganisationId && p.status === 'confirmed';

/** Everything about the application, with eligibility and completeness as the draft is now. */
export async function applicationDetail(ctx: Ctx, loaded: LoadedApplication): Promise<ApplicationDto> {
  const { app, call, programme, partners } = loaded;
  const docs = callDocs(call);
  const [run, attachments, versions, documents] = await Promise.all([
    evaluateApplication(ctx, app, partners, docs.rules, programme.id),
    apps.attachmentsOf(ctx.db, app.id),
    apps.versionsOf(ctx.db, app.id),
    calls.listDocuments(ctx.db, [call.id]),
  ]);
  const partnerDtos = partners.filter((p) => p.status !== 'declined').map((p) => presentPartner(p, isLead(app, p), run.facts, loaded.mine));
  const names = new Map(partnerDtos.map((p) => [p.id, p.organisationName ?? p.invitedName ?? p.invitedEmail ?? '']));
  const completeness = completenessIssues({
    app,
    partners: partners.filter((p) => p.status !== 'declined'),
    attachments,
    form: docs.form,
    activities: docs.activities,
    topics: docs.topics,
    deMinimisRequired: programme.deMinimis,
    partnerName: (p) => names.get(p.id) ?? '',
  });
  const now = ctx.clock.now();
  return {
    id: app.id,
    reference: app.reference,
    callId: app.callId,
    status: app.status,
    statusReason: app.statusReason,
    leadOrganisationId: app.leadOrganisationId,
    acronym: app.acronym,
    title: app.title,
    instrumentId: app.instrumentId,
    trl: app.trl,
    teamWomen: app.teamWomen,
    teamMen: app.teamMen,
    topics: app.topics,
    activities: app.activities,
    answers: app.answers as Answers,
    currentVersion: app.currentVersion,
    submittedAt: isoOrNull(app.submittedAt),
    updatedAt: iso(app.updatedAt),
    unsubmittedChanges: app.submittedAt !== null && app.updatedAt.getTime() > app.submittedAt.getTime(),
    partners: partnerDtos,
    attachments: attachments.map((a) => ({ id: a.id, questionId: a.questionId, name: a.name, sha256: a.sha256, size: a.size, mediaType: a.mediaType, createdAt: iso(a.createdAt) })),
    eligibility: JSON.parse(JSON.stringify(run.result)) as ApplicationDto['eligibility'],
    completeness,
    versions: versions.map((v) => ({ version: v.version, submittedAt: iso(v.submittedAt), submittedBy: v.submittedBy, snapshotHash: v.snapshotHash, eligible: v.eligible })),
    call: presentPublicCall(call, programme, documents, now),
    standing: loaded.standing,
    editable: loaded.standing === 'lead' && isOpen(call, now) && (app.status === 'draft' || app.status === 'submitted'),
  };
}
