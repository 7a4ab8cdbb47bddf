/**
 * Payments: one payment per award and tranche (created when the grant agreement is signed), the
 * reports that release tranches, the recipients' bank accounts and the programme's paying account.
 * The grant agreement and the awards themselves are the awards module's core tables.
 */
import { date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PaymentState } from '../../../engines/ledger/index.js';
import { cents, createdAt, idColumn, instant, updatedAt } from '../../platform/db/columns.js';
import { appUser } from '../identity/schema.js';
import { organisation } from '../organisations/schema.js';
import { application, programme } from '../funding/schema.js';
import { award, grantAgreement } from '../awards/schema/core.js';

export const REPORT_STATUSES = ['submitted', 'accepted', 'changes_requested'] as const;
export const REPORT_KINDS = ['progress', 'final'] as const;

/**
 * A tranche of an award. `state` follows the ledger engine's machine; a scheduled payment is
 * *due* once `due_at` is set (at signature for the signature tranche, else when the report of its
 * milestone is accepted). Only due payments may be approved.
 */
export const payment = pgTable(
  'payment',
  {
    id: idColumn(),
    programmeId: uuid('programme_id').notNull().references(() => programme.id),
    agreementId: uuid('agreement_id').notNull().references(() => grantAgreement.id),
    awardId: uuid('award_id').notNull().references(() => award.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    trancheIndex: integer('tranche_index').notNull(),
    milestone: text('milestone').notNull(),
    labelEs: text('label_es').notNull(),
    labelEn: text('label_en').notNull(),
    /** Share of the award in basis points (100 % = 10,000). */
    basisPoints: integer('basis_points').notNull(),
    amountCents: cents('amount_cents').notNull(),
    state: text('state').$type<PaymentState>().notNull().default('scheduled'),
    createdBy: uuid('created_by').references(() => appUser.id),
    dueAt: instant('due_at'),
    madeDueBy: uuid('made_due_by').references(() => appUser.id),
    approvedBy: uuid('approved_by').references(() => appUser.id),
    approvedAt: instant('approved_at'),
    paidBy: uuid('paid_by').references(() => appUser.id),
    paidAt: instant('paid_at'),
    /** The bank's value date and reference of the transfer. */
    valueDate: date('value_date', { mode: 'string' }),
    bankReference: text('bank_reference'),
    /** Who cancelled or recorded the return, when and why. */
    closedBy: uuid('closed_by').references(() => appUser.id),
    closedAt: instant('closed_at'),
    closeReason: text('close_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('payment_tranche_idx').on(t.awardId, t.trancheIndex), index('payment_programme_idx').on(t.programmeId, t.state), index('payment_agreement_idx').on(t.agreementId)],
);

/** A progress or final report uploaded by the recipient for a milestone, and the staff's decision. */
export const projectReport = pgTable(
  'project_report',
  {
    id: idColumn(),
    agreementId: uuid('agreement_id').notNull().references(() => grantAgreement.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    milestone: text('milestone').notNull(),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    name: text('name').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mediaType: text('media_type').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('submitted'),
    submittedBy: uuid('submitted_by').references(() => appUser.id),
    submittedAt: instant('submitted_at').notNull(),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: instant('decided_at'),
    comment: text('comment'),
  },
  (t) => [index('project_report_agreement_idx').on(t.agreementId, t.milestone)],
);

/** The bank account an organisation is paid into, entered by its people and verified by finance. */
export const payeeAccount = pgTable('payee_account', {
  id: idColumn(),
  organisationId: uuid('organisation_id').notNull().unique().references(() => organisation.id),
  /** Electronic form (no spaces, upper case), valid for SEPA. */
  iban: text('iban').notNull(),
  bic: text('bic'),
  holderName: text('holder_name').notNull(),
  enteredBy: uuid('entered_by').references(() => appUser.id),
  verifiedBy: uuid('verified_by').references(() => appUser.id),
  verifiedAt: instant('verified_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The account a programme pays from (the debtor of its SEPA files). */
export const programmeAccount = pgTable('programme_account', {
  programmeId: uuid('programme_id').primaryKey().references(() => programme.id),
  iban: text('iban').notNull(),
  bic: text('bic'),
  holderName: text('holder_name').notNull(),
  updatedBy: uuid('updated_by').references(() => appUser.id),
  updatedAt: updatedAt(),
});
