/** Rows to DTOs. The JSON documents were validated with their contracts when written. */
import type { z } from 'zod';
import type { callDocumentSchema, PublicCallDto } from '../../../shared/contracts/funding-calls.js';
import type {
  AmountRuleDoc,
  CallRankingDoc,
  CallRulesDoc,
  FormDoc,
  ListEntry,
  PaymentSchemeDoc,
} from '../../../shared/contracts/funding.js';
import type { CallDocumentRow, CallRow, ProgrammeRow } from './repository/calls.js';

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The call's documents, typed as their contracts. */
export function callDocs(c: CallRow) {
  return {
    activities: c.activities as ListEntry[],
    topics: c.topics as ListEntry[],
    partnerRoles: c.partnerRoles as ListEntry[],
    rules: c.rules as CallRulesDoc,
    ranking: (c.ranking ?? null) as CallRankingDoc | null,
    paymentScheme: (c.paymentScheme ?? null) as PaymentSchemeDoc | null,
    amountRule: (c.amountRule ?? null) as AmountRuleDoc | null,
    form: c.form as FormDoc,
  };
}

export function presentDocument(d: CallDocumentRow): z.infer<typeof callDocumentSchema> {
  return { id: d.id, title: d.title, language: d.language, name: d.name, size: d.size, mediaType: d.mediaType, sha256: d.sha256 };
}

/** The fields of a call every reader shares. */
export function callFields(c: CallRow, documents: readonly CallDocumentRow[]) {
  return {
    id: c.id,
    programmeId: c.programmeId,
    code: c.code,
    status: c.status,
    titleEs: c.titleEs,
    titleEn: c.titleEn,
    summaryEs: c.summaryEs,
    summaryEn: c.summaryEn,
    textEs: c.textEs,
    textEn: c.textEn,
    opensAt: isoOrNull(c.opensAt),
    deadlineLocal: c.deadlineLocal,
    deadlineZone: c.deadlineZone,
    deadlineAt: isoOrNull(c.deadlineAt),
    budgetCents: c.budgetCents,
    maxAwards: c.maxAwards,
    ...callDocs(c),
    publishedAt: isoOrNull(c.publishedAt),
    closedAt: isoOrNull(c.closedAt),
    documents: documents.map(presentDocument),
  };
}

/** A published or closed call as anyone may read it. */
export function presentPublicCall(c: CallRow, p: ProgrammeRow, documents: readonly CallDocumentRow[], now: Date): PublicCallDto {
  const { closedAt: _closed, ...fields } = callFields(c, documents);
  return {
    ...fields,
    status: c.status === 'closed' ? 'closed' : 'published',
    programmeName: p.name,
    programmeSource: p.source,
    fstp: p.fstp,
    deMinimis: p.deMinimis,
    recipientCapCents: p.recipientCapCents,
    currency: p.currency,
    serverNow: iso(now),
  };
}
