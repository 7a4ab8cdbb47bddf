/**
 * The snapshot of a submission (pure): everything the application says, frozen, in the shape of
 * `snapshotSchema` (src/shared/contracts/funding.ts), and its hash: sha256 of the canonical JSON
 * (keys sorted at every level), the same whether computed now or after a jsonb round trip.
 */
import { createHash } from 'node:crypto';
import type { EligibilityResult } from '../../../../engines/eligibility/index.js';
import { sumCents } from '../../../../shared/money.js';
import type { Answers, DeMinimisDeclarationDoc, FormDoc, Snapshot, SnapshotPartner } from '../../../../shared/contracts/funding.js';
import { canonicalJson, toPlainJson } from '../../../platform/audit/canonical.js';
import type { ApplicationRow, AttachmentRow, PartnerRow } from '../repository/applications.js';
import type { CallRow } from '../repository/calls.js';
import { costTotals } from './answers.js';
import { confirmedPartners, type OrganisationFacts } from './eligibility.js';

export interface SnapshotInput {
  version: number;
  submittedAt: Date;
  submittedBy: { id: string; name: string; email: string } | null;
  call: CallRow;
  app: ApplicationRow;
  partners: readonly PartnerRow[];
  facts: ReadonlyMap<string, OrganisationFacts>;
  attachments: readonly AttachmentRow[];
  form: FormDoc;
  eligibility: EligibilityResult;
}

function snapshotPartner(p: PartnerRow & { organisationId: string }, lead: boolean, f: OrganisationFacts | undefined): SnapshotPartner {
  const o = f?.organisation;
  return {
    partnerId: p.id,
    organisationId: p.organisationId,
    lead,
    roles: [...p.roles],
    requestedCents: p.requestedCents,
    legalName: o?.legalName ?? '',
    taxId: o?.taxId ?? null,
    country: o?.country ?? '',
    nuts: f?.site?.nutsCode ?? null,
    smeClass: f?.smeClass ?? null,
    smeSource: f?.smeSource ?? 'unknown',
    membershipStatus: o?.membershipStatus ?? 'none',
    naceCodes: [...(o?.naceCodes ?? [])],
    stages: [...(o?.stages ?? [])],
    confirmedAt: p.confirmedAt?.toISOString() ?? null,
    deMinimis: (p.deMinimis ?? null) as DeMinimisDeclarationDoc | null,
  };
}

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { app, call } = input;
  const answers = app.answers as Answers;
  const consortium = confirmedPartners(input.partners)
    .map((p) => snapshotPartner(p, p.organisationId === app.leadOrganisationId, input.facts.get(p.organisationId)))
    .sort((a, b) => Number(b.lead) - Number(a.lead));
  const fileIds = new Set(Object.values(answers).flatMap((v) => (Array.isArray(v) ? v : [])));
  const totals = costTotals(input.form, answers);
  return {
    schema: 1,
    version: input.version,
    submittedAt: input.submittedAt.toISOString(),
    submittedBy: input.submittedBy,
    call: { id: call.id, code: call.code, deadlineAt: call.deadlineAt?.toISOString() ?? '', deadlineLocal: call.deadlineLocal ?? '', deadlineZone: call.deadlineZone ?? '' },
    application: {
      id: app.id,
      reference: app.reference,
      acronym: app.acronym,
      title: app.title,
      instrumentId: app.instrumentId,
      trl: app.trl,
      teamWomen: app.teamWomen,
      teamMen: app.teamMen,
      topics: [...app.topics],
      activities: [...app.activities],
    },
    consortium,
    budget: {
      requestedTotalCents: sumCents(consortium.map((p) => p.requestedCents)),
      requested: Object.fromEntries(consortium.map((p) => [p.partnerId, p.requestedCents])),
      costTotals: Object.fromEntries(consortium.map((p) => [p.partnerId, totals[p.partnerId] ?? 0])),
    },
    answers: toPlainJson(answers) as Answers,
    attachments: input.attachments
      .filter((a) => fileIds.has(a.id))
      .map((a) => ({ id: a.id, questionId: a.questionId, name: a.name, sha256: a.sha256, size: a.size, mediaType: a.mediaType })),
    form: toPlainJson(input.form) as FormDoc,
    eligibility: toPlainJson(input.eligibility) as Snapshot['eligibility'],
  };
}

/** sha256 of the snapshot's canonical JSON. */
export function snapshotHash(snapshot: unknown): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}
