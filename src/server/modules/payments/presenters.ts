/** Rows to DTOs. */
import type { AccountDto, PaymentDto } from '../../../shared/contracts/payments.js';
import type { PaymentState } from '../../../engines/ledger/index.js';
import type { PayeeAccountRow } from './repository/accounts.js';
import type { AgreementRow } from './repository/projects.js';
import type { LedgerLine } from './repository/payments.js';
import type { ReportRow } from './repository/reports.js';

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function presentPayment(l: LedgerLine): PaymentDto {
  const p = l.payment;
  return {
    id: p.id,
    programmeId: p.programmeId,
    awardId: p.awardId,
    organisationId: p.organisationId,
    organisationName: l.organisationName,
    applicationId: l.applicationId,
    reference: l.reference,
    acronym: l.acronym,
    trancheIndex: p.trancheIndex,
    milestone: p.milestone,
    labelEs: p.labelEs,
    labelEn: p.labelEn,
    percent: p.basisPoints / 100,
    amountCents: p.amountCents,
    state: p.state,
    due: isDue(p),
    dueAt: isoOrNull(p.dueAt),
    approvedAt: isoOrNull(p.approvedAt),
    paidAt: isoOrNull(p.paidAt),
    valueDate: p.valueDate,
    bankReference: p.bankReference,
    closedAt: isoOrNull(p.closedAt),
    closeReason: p.closeReason,
  };
}

/** Due: money that may be approved or paid now. */
export function isDue(p: { state: PaymentState; dueAt: Date | null }): boolean {
  return (p.state === 'scheduled' && p.dueAt !== null) || p.state === 'approved';
}

export function presentReport(r: ReportRow) {
  return {
    id: r.id,
    milestone: r.milestone,
    kind: r.kind,
    name: r.name,
    size: r.size,
    mediaType: r.mediaType,
    sha256: r.sha256,
    status: r.status,
    submittedAt: r.submittedAt.toISOString(),
    decidedAt: isoOrNull(r.decidedAt),
    comment: r.comment,
  };
}

export function presentAgreement(a: AgreementRow | null) {
  return a ? { id: a.id, status: a.status, startsOn: a.startsOn, endsOn: a.endsOn, signedOn: a.signedOn, terminatedOn: a.terminatedOn, terminationReason: a.terminationReason } : null;
}

export function presentAccount(organisationId: string, organisationName: string, a: PayeeAccountRow | undefined): AccountDto {
  return {
    id: a?.id ?? null,
    organisationId,
    organisationName,
    iban: a?.iban ?? null,
    bic: a?.bic ?? null,
    holderName: a?.holderName ?? null,
    verified: Boolean(a?.verifiedAt),
    verifiedAt: isoOrNull(a?.verifiedAt ?? null),
  };
}
