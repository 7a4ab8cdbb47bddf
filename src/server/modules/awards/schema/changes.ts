/**
 * Changes after a decision was frozen: a selected applicant that declined (its awards cancelled) and
 * the reserve promoted in its place. The frozen record never changes; these rows say what happened
 * since, and the verification expects the promoted awards from them.
 */
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, instant } from '../../../platform/db/columns.js';
import { appUser } from '../../identity/schema.js';
import { application } from '../../funding/schema.js';
import { selectionDecision } from './core.js';

export const AWARD_CHANGE_KINDS = ['declined', 'promoted'] as const;

export const awardChange = pgTable(
  'award_change',
  {
    id: idColumn(),
    decisionId: uuid('decision_id').notNull().references(() => selectionDecision.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    kind: text('kind', { enum: AWARD_CHANGE_KINDS }).notNull(),
    /** For a promotion: the declined application it replaces. */
    replacesApplicationId: uuid('replaces_application_id').references(() => application.id),
    reason: text('reason'),
    at: instant('at').notNull(),
    by: uuid('by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [index('award_change_decision_idx').on(t.decisionId)],
);
