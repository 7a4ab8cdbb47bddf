/**
 * What staff decide around the assignment of a call: manual conflicts of interest, affinity
 * overrides, pinned and forbidden pairs, and the assignment runs (proposals computed by the
 * engine off the request, then confirmed into `evaluation_assignment`).
 */
import { doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, instant, updatedAt } from '../../../platform/db/columns.js';
import { appUser } from '../../identity/schema.js';
import { application, call } from '../../funding/schema.js';
import { evaluator } from './core.js';

export const PAIR_RULES = ['pin', 'forbid'] as const;
export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** A conflict of interest recorded by staff (automatic ones are computed, never stored). */
export const evaluationConflict = pgTable(
  'evaluation_conflict',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    evaluatorId: uuid('evaluator_id').notNull().references(() => evaluator.id),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluation_conflict_pair_idx').on(t.applicationId, t.evaluatorId), index('evaluation_conflict_call_idx').on(t.callId)],
);

/** Staff's affinity for a pair, replacing the computed one (with the reason, audited). */
export const evaluationAffinityOverride = pgTable(
  'evaluation_affinity_override',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    evaluatorId: uuid('evaluator_id').notNull().references(() => evaluator.id),
    affinity: doublePrecision('affinity').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('evaluation_affinity_override_pair_idx').on(t.applicationId, t.evaluatorId), index('evaluation_affinity_override_call_idx').on(t.callId)],
);

/** A pair staff require (`pin`) or exclude (`forbid`) in the next assignment runs. */
export const evaluationPairRule = pgTable(
  'evaluation_pair_rule',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    applicationId: uuid('application_id').notNull().references(() => application.id),
    evaluatorId: uuid('evaluator_id').notNull().references(() => evaluator.id),
    rule: text('rule', { enum: PAIR_RULES }).notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluation_pair_rule_pair_idx').on(t.applicationId, t.evaluatorId), index('evaluation_pair_rule_call_idx').on(t.callId)],
);

/** One computation of a proposal: options, state, and the engine's result once done. */
export const evaluationAssignmentRun = pgTable(
  'evaluation_assignment_run',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => call.id),
    status: text('status', { enum: RUN_STATUSES }).notNull().default('queued'),
    /** { k, distinctOrganisations, languageMatch, fairness: 'none' | 'max' | 'floor', floor? } */
    options: jsonb('options').notNull(),
    /** The proposal (pairs, total, loads, coverage, floor figures) or the diagnosis. */
    result: jsonb('result'),
    error: text('error'),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    confirmedAt: instant('confirmed_at'),
    confirmedBy: uuid('confirmed_by').references(() => appUser.id),
  },
  (t) => [index('evaluation_assignment_run_call_idx').on(t.callId, t.createdAt)],
);
