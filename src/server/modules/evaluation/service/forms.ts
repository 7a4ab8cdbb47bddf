/**
 * Individual evaluation forms. An evaluator reaches a form only through `clearedAssignment`
 * (assigned and declared no conflict); anything else answers 404. A draft is autosaved; submitting
 * requires a score and a long enough comment per criterion and locks the form. Staff who manage the
 * call may reopen a submitted form with a reason (audited).
 */
import { minCommentLengthOf, type ScoringForm, type ScoringFormInput } from '../../../../shared/contracts/evaluation-scoring.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, notFound } from '../../../platform/http/errors.js';
import * as repo from '../repository/scoring.js';
import type { FormRow } from '../repository/scoring.js';
import { clearedAssignment, currentEvaluator, type AssignmentRow } from './clearance.js';
import { completenessIssues, head, hints, iso, loadTarget, managesCall, unknownCriteria, type Comments, type Scores, type Target } from './forms-common.js';

function present(target: Target, form: FormRow | undefined): ScoringForm {
  const scores = (form?.scores ?? {}) as Scores;
  return {
    id: form?.id ?? null,
    ...head(target),
    status: form?.status ?? 'not_started',
    scores,
    comments: (form?.comments ?? {}) as Comments,
    criteria: target.ranking.criteria,
    totalThreshold: target.ranking.totalThreshold,
    minCommentLength: minCommentLengthOf(target.ranking),
    hints: hints(target.ranking, scores),
    submittedAt: iso(form?.submittedAt),
    reopenedAt: iso(form?.reopenedAt),
    reopenReason: form?.reopenReason ?? null,
    updatedAt: iso(form?.updatedAt),
  };
}

/** The signed-in evaluator's form for an application (an empty draft when not started). */
export async function getMyForm(ctx: Ctx, applicationId: string): Promise<ScoringForm> {
  const assignment = await clearedAssignment(ctx, applicationId);
  const target = await loadTarget(ctx, applicationId);
  return present(target, await repo.findFormByAssignment(ctx.db, assignment.id));
}

/** The signed-in evaluator's cleared assignments and the state of each form. */
export async function listMyForms(ctx: Ctx) {
  const me = await currentEvaluator(ctx);
  const rows = await repo.listClearedAssignments(ctx.db, me.id);
  return rows.map(({ formStatus, updatedAt, ...r }) => ({ ...r, status: formStatus ?? ('not_started' as const), updatedAt: iso(updatedAt) }));
}

async function writeDraft(tx: Ctx, assignment: AssignmentRow, target: Target, input: ScoringFormInput): Promise<FormRow> {
  const existing = await repo.findFormByAssignment(tx.db, assignment.id);
  if (existing?.status === 'submitted') throw new AppError('evaluation.form_submitted', {});
  const values = { scores: input.scores, comments: input.comments, updatedAt: tx.clock.now() };
  if (existing) return repo.updateForm(tx.db, existing.id, values);
  const row = await repo.insertForm(tx.db, { ...values, assignmentId: assignment.id, callId: target.callId, applicationId: target.applicationId, evaluatorId: assignment.evaluatorId });
  await audit(tx, { action: 'evaluation.form_started', entityType: 'evaluation_form', entityId: row.id, summary: { applicationId: target.applicationId } });
  return row;
}

/** Autosave: stores the draft as given (scores must be half points of known criteria). */
export async function saveForm(ctx: Ctx, applicationId: string, input: ScoringFormInput): Promise<ScoringForm> {
  const assignment = await clearedAssignment(ctx, applicationId);
  const target = await loadTarget(ctx, applicationId);
  const issues = unknownCriteria(target.ranking, input);
  if (issues.length > 0) throw invalid(issues);
  return present(target, await inTransaction(ctx, (tx) => writeDraft(tx, assignment, target, input)));
}

/** Saves the given content and submits it: every criterion scored and commented; then locked. */
export async function submitForm(ctx: Ctx, applicationId: string, input: ScoringFormInput): Promise<ScoringForm> {
  const assignment = await clearedAssignment(ctx, applicationId);
  const target = await loadTarget(ctx, applicationId);
  const issues = [...unknownCriteria(target.ranking, input), ...completenessIssues(target.ranking, input, minCommentLengthOf(target.ranking))];
  if (issues.length > 0) throw invalid(issues);
  const form = await inTransaction(ctx, async (tx) => {
    const draft = await writeDraft(tx, assignment, target, input);
    const row = await repo.updateForm(tx.db, draft.id, { status: 'submitted', submittedAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
    await audit(tx, { action: 'evaluation.form_submitted', entityType: 'evaluation_form', entityId: row.id, summary: { applicationId, scores: input.scores } });
    return row;
  });
  return present(target, form);
}

/** Staff reopen a submitted form so that its evaluator can change it, with a reason (audited). */
export async function reopenForm(ctx: Ctx, formId: string, reason: string): Promise<void> {
  const form = await repo.findForm(ctx.db, formId);
  if (!form) throw notFound('evaluation_form', formId);
  const target = await loadTarget(ctx, form.applicationId);
  if (!managesCall(ctx.actor, target.officeId)) throw new AppError('evaluation.call_not_yours', {});
  if (form.status !== 'submitted') throw new AppError('evaluation.form_not_submitted', {});
  const report = await repo.findConsensus(ctx.db, form.applicationId);
  if (report?.status === 'final') throw new AppError('evaluation.consensus_final', {});
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.id : null;
  await inTransaction(ctx, async (tx) => {
    await repo.updateForm(tx.db, formId, { status: 'draft', submittedAt: null, reopenedAt: ctx.clock.now(), reopenedBy: actorId, reopenReason: reason, updatedAt: ctx.clock.now() });
    await audit(tx, { action: 'evaluation.form_reopened', entityType: 'evaluation_form', entityId: formId, summary: { applicationId: form.applicationId, reason } });
  });
}
