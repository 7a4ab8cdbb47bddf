/**
 * Awards core: the frozen selection decision of a call, the awards it makes (one per recipient of
 * a selected application) and the grant agreement of each funded project. Letters, reports and
 * payments reference these tables.
 */
import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cents, createdAt, idColumn, instant } from '../../../platform/db/columns.js';
import { appUser } from '../../identity/schema.js';
import { organisation } from '../../organisations/schema.js';
import { application, call, programme } from '../../funding/schema.js';

export const DECISION_OUTCOMES = ['selected', 'reserve', 'rejected'] as const;
export const AWARD_STATUSES = ['active', 'cancelled'] as const;
export const AGREEMENT_STATUSES = ['draft', 'signed', 'terminated'] as const;

/**
 * A selection decision: the ranking, the selection engine's input and its full trace, frozen and
 * hashed (sha256 of the canonical JSON of `record`). Only one decision per call is final.
 */
export const selectionDecision = pgTable(
  'selection_decision',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    /** Ranking, selection input and result, as shown to and approved by staff. */
    record: jsonb('record').notNull(),
    recordHash: text('record_hash').notNull(),
    frozenAt: instant('frozen_at').notNull(),
    frozenBy: uuid('frozen_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('selection_decision_call_idx').on(t.callId)],
);

/** The outcome of one application in a decision (selected, reserve with its position, rejected). */
export const decisionOutcome = pgTable(
  'decision_outcome',
  {
    id: idColumn(),
    decisionId: uuid('decision_id').notNull().references(() => selectionDecision.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    outcome: text('outcome', { enum: DECISION_OUTCOMES }).notNull(),
    /** Rank in the ranking (null when below threshold). */
    rank: integer('rank'),
    /** Position on the reserve list (1 = first called). */
    reservePosition: integer('reserve_position'),
    /** Why (engine reason codes and parameters). */
    reasons: jsonb('reasons').notNull().default([]),
  },
  (t) => [uniqueIndex('decision_outcome_app_idx').on(t.decisionId, t.applicationId)],
);

/** Money awarded to one recipient (consortium partner) of a selected application. */
export const award = pgTable(
  'award',
  {
    id: idColumn(),
    decisionId: uuid('decision_id').notNull().references(() => selectionDecision.id),
    programmeId: uuid('programme_id').notNull().references(() => programme.id),
    callId: uuid('call_id').notNull().references(() => call.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    amountCents: cents('amount_cents').notNull(),
    status: text('status', { enum: AWARD_STATUSES }).notNull().default('active'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('award_recipient_idx').on(t.applicationId, t.organisationId), index('award_programme_idx').on(t.programmeId)],
);

/** The grant agreement of a funded project (amounts per partner are its awards). */
export const grantAgreement = pgTable('grant_agreement', {
  id: idColumn(),
  applicationId: uuid('application_id').notNull().unique().references(() => application.id),
  status: text('status', { enum: AGREEMENT_STATUSES }).notNull().default('draft'),
  signedOn: date('signed_on', { mode: 'string' }),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  createdBy: uuid('created_by').references(() => appUser.id),
  createdAt: createdAt(),
  /** Set when staff end a signed agreement early: its unpaid payments are cancelled with it. */
  terminatedOn: date('terminated_on', { mode: 'string' }),
  terminationReason: text('termination_reason'),
  terminatedBy: uuid('terminated_by').references(() => appUser.id),
});
