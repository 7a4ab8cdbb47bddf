import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cents, createdAt, idColumn, instant, updatedAt } from '../../platform/db/columns.js';
import { appUser, office } from '../identity/schema.js';
import { material } from '../materials/schema.js';
import {
  CONSENT_PURPOSES,
  CONTACT_ROLES,
  FEE_STATUSES,
  MEMBERSHIP_STATUSES,
  MEMBERSHIP_TIERS,
  ORG_USER_ROLES,
  ORGANISATION_KINDS,
  SIZE_CLASSES,
} from '../../../shared/organisations.js';

export { MEMBERSHIP_STATUSES, ORGANISATION_KINDS };

/** Ratios and percentages: numeric read as JS numbers. */
const pct = (name: string) => numeric(name, { precision: 6, scale: 3, mode: 'number' });

/** A company, university, research centre, public body or association the cluster knows. */
export const organisation = pgTable(
  'organisation',
  {
    id: idColumn(),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name'),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    /** ISO 3166-1 alpha-2 of the registered seat. */
    country: text('country').notNull(),
    /** Normalised tax id (Spanish NIF/CIF, EU VAT or other), unique when present. */
    taxId: text('tax_id'),
    taxIdKind: text('tax_id_kind', { enum: ['cif', 'dni', 'nie', 'vat', 'other'] }),
    website: text('website'),
    descriptionEs: text('description_es'),
    descriptionEn: text('description_en'),
    officeId: uuid('office_id').references(() => office.id),
    naceCodes: text('nace_codes').array().notNull().default([]),
    stages: text('stages').array().notNull().default([]),
    /** Listed in the public directory (public fields only). */
    publicProfile: boolean('public_profile').notNull().default(false),
    /** Current membership status (history in `membership_event`). */
    membershipStatus: text('membership_status', { enum: MEMBERSHIP_STATUSES }).notNull().default('none'),
    membershipTier: text('membership_tier', { enum: MEMBERSHIP_TIERS }),
    annualFeeCents: cents('annual_fee_cents'),
    /** Date of the first `active` membership event (derived). */
    memberSince: date('member_since', { mode: 'string' }),
    /** Public bodies outside the registry jointly hold 25 % or more of capital or votes. */
    publicBodyControl: boolean('public_body_control').notNull().default(false),
    /** Effective SME class of the latest closed year (derived from `sme_assessment`). */
    smeClass: text('sme_class', { enum: SIZE_CLASSES }),
    smeYear: integer('sme_year'),
    /** Derived search document: names, descriptions, materials, places, tax id; lower case, no accents. */
    searchText: text('search_text').notNull().default(''),
    /** Derived short search document (names, tax id, materials, places; no descriptions) for typo matching and ranking. */
    keywords: text('keywords').notNull().default(''),
    /** Derived from `organisation_material` and `site` for faceted search. */
    materialIds: text('material_ids').array().notNull().default([]),
    provinceCodes: text('province_codes').array().notNull().default([]),
    regionCodes: text('region_codes').array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organisation_tax_id_idx').on(t.taxId),
    index('organisation_office_idx').on(t.officeId),
    index('organisation_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('organisation_keywords_trgm_idx').using('gin', sql`${t.keywords} gin_trgm_ops`),
    index('organisation_stages_idx').using('gin', t.stages),
    index('organisation_materials_idx').using('gin', t.materialIds),
    index('organisation_provinces_idx').using('gin', t.provinceCodes),
    index('organisation_regions_idx').using('gin', t.regionCodes),
    index('organisation_status_idx').on(t.membershipStatus),
    index('organisation_public_idx').on(t.publicProfile),
    index('organisation_name_idx').on(t.legalName),
  ],
);

/** A place where an organisation works (seat, quarry, plant); Spanish sites carry a province and NUTS. */
export const site = pgTable(
  'site',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    address: text('address'),
    postcode: text('postcode'),
    city: text('city'),
    country: text('country').notNull(),
    /** INE province code for Spanish sites. */
    provinceCode: text('province_code'),
    /** NUTS 2024 code (NUTS3 where known). */
    nutsCode: text('nuts_code'),
    isHeadquarters: boolean('is_headquarters').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('site_org_idx').on(t.organisationId)],
);

export const organisationMaterial = pgTable(
  'organisation_material',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    materialId: text('material_id').notNull().references(() => material.id),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.materialId] }), index('organisation_material_material_idx').on(t.materialId)],
);

/** Size figures of one closed accounting year (Recommendation 2003/361/EC). */
export const organisationYear = pgTable(
  'organisation_year',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    awu: numeric('awu', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    turnoverCents: cents('turnover_cents').notNull(),
    balanceSheetCents: cents('balance_sheet_cents').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** A holding: `holder` owns a share of `held`'s capital and voting rights. */
export const organisationRelation = pgTable(
  'organisation_relation',
  {
    id: idColumn(),
    holderId: uuid('holder_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    heldId: uuid('held_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    capitalPct: pct('capital_pct').notNull(),
    votingPct: pct('voting_pct').notNull(),
    /** Control by other means (board majority, contract, agreement): linked whatever the percentages. */
    control: boolean('control').notNull().default(false),
    /** The holder is an investor of Art. 3(2) (venture capital, university, ...): no partnership. */
    qualifyingInvestor: boolean('qualifying_investor').notNull().default(false),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('organisation_relation_pair_idx').on(t.holderId, t.heldId),
    index('organisation_relation_held_idx').on(t.heldId),
    check('organisation_relation_distinct', sql`${t.holderId} <> ${t.heldId}`),
  ],
);

/** Every SME determination, with the inputs and the engine's full result (years, group, explanations). */
export const smeAssessment = pgTable(
  'sme_assessment',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    assessedAt: instant('assessed_at').notNull(),
    latestYear: integer('latest_year'),
    effectiveClass: text('effective_class', { enum: SIZE_CLASSES }),
    inputs: jsonb('inputs').notNull(),
    result: jsonb('result').notNull(),
  },
  (t) => [index('sme_assessment_org_idx').on(t.organisationId, t.assessedAt)],
);

/** Dated history of membership status and tier. */
export const membershipEvent = pgTable(
  'membership_event',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull(),
    tier: text('tier', { enum: MEMBERSHIP_TIERS }),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('membership_event_org_idx').on(t.organisationId, t.effectiveOn)],
);

/** A membership fee: issued for a year, paid or cancelled; overdue when unpaid after its due date. */
export const membershipFee = pgTable(
  'membership_fee',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    amountCents: cents('amount_cents').notNull(),
    reference: text('reference').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    status: text('status', { enum: FEE_STATUSES }).notNull().default('issued'),
    lastRemindedAt: instant('last_reminded_at'),
    reminderCount: integer('reminder_count').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('membership_fee_year_idx').on(t.organisationId, t.year).where(sql`status <> 'cancelled'`),
    uniqueIndex('membership_fee_reference_idx').on(t.reference),
    index('membership_fee_due_idx').on(t.status, t.dueOn),
  ],
);

/** A person at an organisation. Erased contacts keep their row (anonymised) so that history holds. */
export const contact = pgTable(
  'contact',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: text('position'),
    role: text('role', { enum: CONTACT_ROLES }).notNull().default('other'),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale', { enum: ['es', 'en'] }).notNull().default('es'),
    isPrimary: boolean('is_primary').notNull().default(false),
    erasedAt: instant('erased_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('contact_org_idx').on(t.organisationId)],
);

/** Consent given or withdrawn by a contact: purpose, date, and where it was collected. */
export const contactConsent = pgTable(
  'contact_consent',
  {
    id: idColumn(),
    contactId: uuid('contact_id').notNull().references(() => contact.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: CONSENT_PURPOSES }).notNull(),
    granted: boolean('granted').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('contact_consent_contact_idx').on(t.contactId)],
);

/** Fee reminders sent (one row per mail), for the weekly idempotency rule and the record. */
export const feeReminder = pgTable(
  'fee_reminder',
  {
    id: idColumn(),
    feeId: uuid('fee_id').notNull().references(() => membershipFee.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contact.id, { onDelete: 'set null' }),
    mailId: uuid('mail_id'),
    sentAt: instant('sent_at').notNull(),
  },
  (t) => [index('fee_reminder_fee_idx').on(t.feeId, t.sentAt)],
);

/** People (users with role `member`) who act for an organisation. */
export const organisationUser = pgTable(
  'organisation_user',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ORG_USER_ROLES }).notNull().default('editor'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('organisation_user_user_idx').on(t.userId)],
);
