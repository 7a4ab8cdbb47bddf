/**
 * Evaluator isolation, in one place: an evaluator reaches an application only through an
 * assignment to it, and its content only once they have declared no conflict of interest for it.
 * Everything else answers 404 (revealing nothing about whether the application exists).
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { evaluationAssignment, evaluator } from '../schema/core.js';

export type EvaluatorRow = typeof evaluator.$inferSelect;
export type AssignmentRow = typeof evaluationAssignment.$inferSelect;

/** The pool record of the signed-in evaluator (403 for anyone else). */
export async function currentEvaluator(ctx: Ctx): Promise<EvaluatorRow> {
  if (ctx.actor.kind !== 'user' || ctx.actor.role !== 'evaluator') throw forbidden();
  const [row] = await ctx.db.select().from(evaluator).where(eq(evaluator.userId, ctx.actor.id));
  if (!row) throw forbidden();
  return row;
}

/** The signed-in evaluator's assignment to an application, whatever its declaration (404 if none). */
export async function ownAssignment(ctx: Ctx, applicationId: string): Promise<AssignmentRow> {
  const me = await currentEvaluator(ctx);
  const [row] = await ctx.db
    .select()
    .from(evaluationAssignment)
    .where(and(eq(evaluationAssignment.applicationId, applicationId), eq(evaluationAssignment.evaluatorId, me.id)));
  if (!row || row.coiStatus === 'conflict') throw notFound('application', applicationId);
  return row;
}

/** The same, only once the evaluator has declared no conflict: the gate to the content and the forms. */
export async function clearedAssignment(ctx: Ctx, applicationId: string): Promise<AssignmentRow> {
  const row = await ownAssignment(ctx, applicationId);
  if (row.coiStatus !== 'no_conflict') throw notFound('application', applicationId);
  return row;
}
