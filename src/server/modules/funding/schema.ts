/**
 * Funding: programmes (sources of money), their calls for innovation vouchers / cascade funding,
 * and applications with their immutable submitted versions. Evaluation, awards and payments live in
 * the `evaluation` module and reference these tables.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cents, createdAt, idColumn, instant, updatedAt } from '../../platform/db/columns.js';
import { appUser, office } from '../identity/schema.js';
import { organisation } from '../organisations/schema.js';
import {
  APPLICATION_STATUSES,
  CALL_STATUSES,
  CLAIM_STATUSES,
  COMMITMENT_SOURCES,
  DEFAULT_RECIPIENT_CAP_CENTS,
  PARTNER_STATUSES,
  PROGRAMME_SOURCES,
} from '../../../shared/funding.js';

export { APPLICATION_STATUSES, CALL_STATUSES, CLAIM_STATUSES, COMMITMENT_SOURCES, PARTNER_STATUSES, PROGRAMME_SOURCES };

/** A source of money (e.g. a Horizon Europe grant with an FSTP budget, a regional scheme). */
export const programme = pgTable('programme', {
  id: idColumn(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description'),
  source: text('source', { enum: PROGRAMME_SOURCES }).notNull(),
  /** Grant agreement number or scheme reference. */
  grantReference: text('grant_reference'),
  totalBudgetCents: cents('total_budget_cents').notNull(),
  currency: text('currency').notNull().default('EUR'),
  /** Most one third party may receive over the whole programme (default 60,000 EUR). */
  recipientCapCents: cents('recipient_cap_cents').notNull().default(DEFAULT_RECIPIENT_CAP_CENTS),
  /** Required when the cap is above the default. */
  capJustification: text('cap_justification'),
  /** Financial support to third parties (cascade funding) under an EU grant. */
  fstp: boolean('fstp').notNull().default(false),
  /** Aid declared under the de minimis regulation (EU) 2023/2831. */
  deMinimis: boolean('de_minimis').notNull().default(false),
  /** Regional envelopes: [{ nutsPrefix, label, budgetCents }]. */
  envelopes: jsonb('envelopes').notNull().default([]),
  officeId: uuid('office_id').references(() => office.id),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * A call for applications. Its configuration is stored as JSON documents whose shapes are the zod
 * contracts in `src/shared/contracts/funding.ts` (and the engines' input types): `rules`
 * (eligibility engine `CallRules`, instruments included), `ranking` (ranking engine config plus
 * criterion labels), `paymentScheme` (tranches in basis points, summing to 10,000), `form`.
 */
export const call = pgTable(
  'call',
  {
    id: idColumn(),
    programmeId: uuid('programme_id').notNull().references(() => programme.id),
    code: text('code').notNull().unique(),
    status: text('status', { enum: CALL_STATUSES }).notNull().default('draft'),
    titleEs: text('title_es').notNull(),
    titleEn: text('title_en').notNull(),
    summaryEs: text('summary_es'),
    summaryEn: text('summary_en'),
    textEs: text('text_es'),
    textEn: text('text_en'),
    opensAt: instant('opens_at'),
    /** The deadline as written: a local date-time and the IANA zone it was written in. */
    deadlineLocal: text('deadline_local'),
    deadlineZone: text('deadline_zone'),
    /** The same deadline as an instant (derived from the two above when they are set). */
    deadlineAt: instant('deadline_at'),
    budgetCents: cents('budget_cents'),
    maxAwards: integer('max_awards'),
    /** Closed list of fundable activities: [{ id, labelEs, labelEn }]. */
    activities: jsonb('activities').notNull().default([]),
    /** Call topics: [{ id, labelEs, labelEn }] (also used for tie-breaks and evaluator affinity). */
    topics: jsonb('topics').notNull().default([]),
    rules: jsonb('rules').notNull().default({ instruments: [] }),
    ranking: jsonb('ranking'),
    paymentScheme: jsonb('payment_scheme'),
    /** How the amount is computed (e.g. lump sum per instrument), in both languages. */
    amountRule: jsonb('amount_rule'),
    form: jsonb('form').notNull().default({ sections: [] }),
    /** Roles a partner may declare: [{ id, labelEs, labelEn }] (e.g. adopter, provider). */
    partnerRoles: jsonb('partner_roles').notNull().default([]),
    /** Last application number handed out (incremented atomically); references are `<code>-0007`. */
    applicationSeq: integer('application_seq').notNull().default(0),
    publishedAt: instant('published_at'),
    closedAt: instant('closed_at'),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('call_programme_idx').on(t.programmeId), index('call_status_idx').on(t.status)],
);

/** An application to a call, by a lead organisation with its consortium partners. */
export const application = pgTable(
  'application',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    /** Human reference, e.g. `BI26-0007`, unique. */
    reference: text('reference').notNull().unique(),
    leadOrganisationId: uuid('lead_organisation_id').notNull().references(() => organisation.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('draft'),
    statusReason: text('status_reason'),
    instrumentId: text('instrument_id'),
    acronym: text('acronym'),
    title: text('title'),
    topics: text('topics').array().notNull().default([]),
    /** Activities chosen from the call's closed list. */
    activities: text('activities').array().notNull().default([]),
    trl: integer('trl'),
    /** Women and men among the people primarily responsible for the work (ranking tie rule `tie.gender`). */
    teamWomen: integer('team_women'),
    teamMen: integer('team_men'),
    /** Draft answers by question id (autosaved). */
    answers: jsonb('answers').notNull().default({}),
    /** Number of the latest submitted version (0 = never submitted). */
    currentVersion: integer('current_version').notNull().default(0),
    submittedAt: instant('submitted_at'),
    /** Last eligibility evaluation (engine result), refreshed on every change. */
    eligibility: jsonb('eligibility'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('application_call_idx').on(t.callId, t.status), index('application_lead_idx').on(t.leadOrganisationId)],
);

/** A consortium member of an application (the lead included) and its requested amount. */
export const applicationPartner = pgTable(
  'application_partner',
  {
    id: idColumn(),
    applicationId: uuid('application_id').notNull().references(() => application.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    /** e.g. ['adopter'], ['provider'] */
    roles: text('roles').array().notNull().default([]),
    status: text('status', { enum: PARTNER_STATUSES }).notNull().default('invited'),
    requestedCents: cents('requested_cents').notNull().default(0),
    invitedEmail: text('invited_email'),
    confirmedBy: uuid('confirmed_by').references(() => appUser.id),
    confirmedAt: instant('confirmed_at'),
    /** Name and language of the person invited (for the mail). */
    invitedName: text('invited_name'),
    invitedLocale: text('invited_locale', { enum: ['es', 'en'] }),
    invitedBy: uuid('invited_by').references(() => appUser.id),
    /** sha256 of the single-use invitation token; cleared once answered. */
    inviteTokenHash: text('invite_token_hash'),
    inviteExpiresAt: instant('invite_expires_at'),
    declinedAt: instant('declined_at'),
    /** De minimis aid declared by the partner (programmes that declare de minimis). */
    deMinimis: jsonb('de_minimis'),
    createdAt: createdAt(),
  },
  (t) => [
    index('application_partner_app_idx').on(t.applicationId),
    index('application_partner_org_idx').on(t.organisationId),
    uniqueIndex('application_partner_token_idx').on(t.inviteTokenHash),
    uniqueIndex('application_partner_org_unique').on(t.applicationId, t.organisationId).where(sql`organisation_id is not null and status <> 'declined'`),
  ],
);

/**
 * A submission: an immutable snapshot (answers, budget, consortium, attachment hashes). The highest
 * version counts; earlier ones stay as they were.
 */
export const applicationVersion = pgTable(
  'application_version',
  {
    id: idColumn(),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    version: integer('version').notNull(),
    submittedAt: instant('submitted_at').notNull(),
    submittedBy: uuid('submitted_by').references(() => appUser.id),
    snapshot: jsonb('snapshot').notNull(),
    /** sha256 of the canonical JSON of the snapshot. */
    snapshotHash: text('snapshot_hash').notNull(),
    /** Sent by the client with each submit; a repeated submit with the same key returns the same version. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    uniqueIndex('application_version_unique').on(t.applicationId, t.version),
    uniqueIndex('application_version_key_idx').on(t.applicationId, t.idempotencyKey),
  ],
);

/** A file uploaded for a file question of an application (stored by content hash). */
export const applicationAttachment = pgTable(
  'application_attachment',
  {
    id: idColumn(),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    questionId: text('question_id').notNull(),
    name: text('name').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [index('application_attachment_app_idx').on(t.applicationId)],
);

/** A document published with a call (guide for applicants, templates), stored by content hash. */
export const callDocument = pgTable(
  'call_document',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Language of the document, or null when it serves both. */
    language: text('language', { enum: ['es', 'en'] }),
    name: text('name').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('call_document_call_idx').on(t.callId)],
);

/**
 * Money already committed to an organisation in a programme: awards (recorded by the evaluation
 * module) and support received outside Veta (entered by staff). Counted against the programme's
 * per-recipient cap when applications are checked.
 */
export const recipientCommitment = pgTable(
  'recipient_commitment',
  {
    id: idColumn(),
    programmeId: uuid('programme_id').notNull().references(() => programme.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    amountCents: cents('amount_cents').notNull(),
    source: text('source', { enum: COMMITMENT_SOURCES }).notNull(),
    applicationId: uuid('application_id').references(() => application.id),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [index('recipient_commitment_idx').on(t.programmeId, t.organisationId)],
);

/**
 * An SME self-declaration (Recommendation 2003/361/EC) made by a person acting for the
 * organisation: the figures and holdings they declared, and the SME engine's result. The latest
 * one counts for eligibility.
 */
export const smeDeclaration = pgTable(
  'sme_declaration',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    declaredBy: uuid('declared_by').references(() => appUser.id),
    declaredAt: instant('declared_at').notNull(),
    latestYear: integer('latest_year'),
    effectiveClass: text('effective_class', { enum: ['micro', 'small', 'medium', 'large'] }),
    inputs: jsonb('inputs').notNull(),
    result: jsonb('result').notNull(),
  },
  (t) => [index('sme_declaration_org_idx').on(t.organisationId, t.declaredAt)],
);

/**
 * A request by a person to act for an organisation already in the registry. Approved at once when
 * the person's email domain is the organisation's web domain; otherwise staff decide.
 */
export const organisationClaim = pgTable(
  'organisation_claim',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('pending'),
    message: text('message'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: instant('decided_at'),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('organisation_claim_status_idx').on(t.status),
    uniqueIndex('organisation_claim_open_idx').on(t.organisationId, t.userId).where(sql`status = 'pending'`),
  ],
);
