/**
 * Evaluation core: the evaluator pool, who evaluates which application (with the evaluator's
 * conflict-of-interest declaration) and the consensus report per application, whose agreed scores
 * feed the ranking. Conflicts, affinity, assignment runs and individual forms live beside this file.
 */
import { doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, instant, updatedAt } from '../../../platform/db/columns.js';
import { appUser } from '../../identity/schema.js';
import { organisation } from '../../organisations/schema.js';
import { application, call } from '../../funding/schema.js';

export const COI_STATUSES = ['pending', 'no_conflict', 'conflict'] as const;
export const ASSIGNMENT_ORIGINS = ['computed', 'manual'] as const;
export const CONSENSUS_STATUSES = ['draft', 'final'] as const;

/** An external expert (a user with role `evaluator`) and what the assignment needs to know. */
export const evaluator = pgTable('evaluator', {
  id: idColumn(),
  userId: uuid('user_id').notNull().unique().references(() => appUser.id),
  /** Employer, when it is in the registry (same-organisation and linked-enterprise conflicts). */
  organisationId: uuid('organisation_id').references(() => organisation.id),
  organisationName: text('organisation_name'),
  /** Employer's tax id (NIF/VAT), for the same-NIF conflict when it is not in the registry. */
  taxId: text('tax_id'),
  country: text('country'),
  /** ISO 639-1 codes, e.g. ['es', 'en']. */
  languages: text('languages').array().notNull().default([]),
  /** Expertise topics (the calls' topic ids, e.g. 'digital', 'circular'). */
  topics: text('topics').array().notNull().default([]),
  /** Free keywords matched against the applications' text. */
  keywords: text('keywords').array().notNull().default([]),
  minLoad: integer('min_load').notNull().default(0),
  maxLoad: integer('max_load').notNull().default(6),
  /** Known relations: [{ organisationId?, taxId?, name, kind }] (declared by the expert or staff). */
  relations: jsonb('relations').notNull().default([]),
  termsAcceptedAt: instant('terms_accepted_at'),
  createdBy: uuid('created_by').references(() => appUser.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * An evaluator assigned to an application. The content of the application is readable by the
 * evaluator only once `coiStatus` is `no_conflict`; declaring a conflict removes the pair from
 * the assignment (the row stays, as the record of the declaration).
 */
export const evaluationAssignment = pgTable(
  'evaluation_assignment',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    evaluatorId: uuid('evaluator_id').notNull().references(() => evaluator.id),
    origin: text('origin', { enum: ASSIGNMENT_ORIGINS }).notNull().default('computed'),
    /** Affinity used when the pair was chosen (0..1). */
    affinity: doublePrecision('affinity'),
    coiStatus: text('coi_status', { enum: COI_STATUSES }).notNull().default('pending'),
    coiDeclaredAt: instant('coi_declared_at'),
    coiNote: text('coi_note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('evaluation_assignment_pair_idx').on(t.applicationId, t.evaluatorId),
    index('evaluation_assignment_evaluator_idx').on(t.evaluatorId, t.callId),
    index('evaluation_assignment_call_idx').on(t.callId),
  ],
);

/** Agreed scores and comments of an application (or majority and minority views), by a rapporteur. */
export const consensusReport = pgTable(
  'consensus_report',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    rapporteurId: uuid('rapporteur_id').references(() => evaluator.id),
    /** Agreed score per criterion id (0-5 in half points). */
    scores: jsonb('scores').notNull().default({}),
    /** Agreed comment per criterion id. */
    comments: jsonb('comments').notNull().default({}),
    /** When the panel did not agree: the minority view, recorded with the majority's scores. */
    minorityView: text('minority_view'),
    status: text('status', { enum: CONSENSUS_STATUSES }).notNull().default('draft'),
    finalisedAt: instant('finalised_at'),
    finalisedBy: uuid('finalised_by').references(() => appUser.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('consensus_report_application_idx').on(t.applicationId), index('consensus_report_call_idx').on(t.callId)],
);
