/**
 * Individual evaluation forms: one per assignment (an evaluator and an application), with a score
 * and a comment per criterion of the call. Drafts are autosaved; a submitted form is locked until
 * staff reopen it (with a reason, audited).
 */
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, instant, updatedAt } from '../../../platform/db/columns.js';
import { appUser } from '../../identity/schema.js';
import { application, call } from '../../funding/schema.js';
import { evaluationAssignment, evaluator } from './core.js';

export const FORM_STATUSES = ['draft', 'submitted'] as const;

export const evaluationForm = pgTable(
  'evaluation_form',
  {
    id: idColumn(),
    assignmentId: uuid('assignment_id').notNull().references(() => evaluationAssignment.id),
    callId: uuid('call_id').notNull().references(() => call.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    evaluatorId: uuid('evaluator_id').notNull().references(() => evaluator.id),
    /** Score per criterion id (0-5 in half points); missing while a draft is incomplete. */
    scores: jsonb('scores').notNull().default({}),
    /** Comment per criterion id. */
    comments: jsonb('comments').notNull().default({}),
    status: text('status', { enum: FORM_STATUSES }).notNull().default('draft'),
    submittedAt: instant('submitted_at'),
    /** Last reopening by staff (the history is in the audit trail). */
    reopenedAt: instant('reopened_at'),
    reopenedBy: uuid('reopened_by').references(() => appUser.id),
    reopenReason: text('reopen_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('evaluation_form_assignment_idx').on(t.assignmentId),
    index('evaluation_form_application_idx').on(t.applicationId),
    index('evaluation_form_call_idx').on(t.callId),
  ],
);
