/**
 * The assignment of a call: confirming a computed proposal (one transaction: pending pairs are
 * replaced, pairs with a declaration stay), adjusting by hand, and mailing the evaluators.
 */
import { checkAssignment } from '../../../../engines/assignment/index.js';
import type { AssignmentDto, ProposalDto, RunOptions } from '../../../../shared/contracts/evaluation-pool.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import * as decisions from '../repository/decisions.js';
import * as pool from '../repository/pool.js';
import { affinityCells } from './affinity.js';
import { loadCallData, pairKey, type CallData } from './call-data.js';
import { manageableCall, viewableCall } from './call-access.js';
import { buildProblem } from './problem.js';

export function presentAssignments(d: CallData): AssignmentDto[] {
  const ref = new Map(d.applications.map((a) => [a.id, a.reference]));
  const name = new Map(d.experts.map((e) => [e.id, e.name]));
  return d.assignments
    .map((a) => ({
      id: a.id,
      applicationId: a.applicationId,
      reference: ref.get(a.applicationId) ?? '',
      evaluatorId: a.evaluatorId,
      evaluatorName: name.get(a.evaluatorId) ?? '',
      origin: a.origin,
      affinity: a.affinity,
      coiStatus: a.coiStatus,
      coiDeclaredAt: a.coiDeclaredAt?.toISOString() ?? null,
    }))
    .sort((x, y) => x.reference.localeCompare(y.reference) || x.evaluatorName.localeCompare(y.evaluatorName));
}

export async function listAssignments(ctx: Ctx, callId: string): Promise<AssignmentDto[]> {
  return presentAssignments(await loadCallData(ctx, await viewableCall(ctx, callId)));
}

/** One mail per evaluator with newly assigned applications. */
async function mailAssigned(ctx: Ctx, callCode: string, counts: Map<string, number>): Promise<void> {
  for (const e of await pool.expertsByIds(ctx.db, [...counts.keys()])) {
    await sendMail(ctx, { to: e.email, locale: e.locale, template: 'evaluationAssigned', params: { name: e.name, call: callCode, count: counts.get(e.id) ?? 0 }, action: { url: `${ctx.config.publicUrl}/evaluation`, labelKey: 'mail:evaluationAssigned.action' } });
  }
}

const countBy = (ids: readonly string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());

/**
 * Writes a finished run's proposal. Refused when the run is not the call's latest, failed or
 * infeasible, or when the call changed since (the engine's checker finds a violated constraint).
 */
export async function confirmRun(ctx: Ctx, runId: string): Promise<AssignmentDto[]> {
  const run = await decisions.findRun(ctx.db, runId);
  if (!run) throw notFound('run', runId);
  const call = await manageableCall(ctx, run.callId);
  const latest = await decisions.latestRun(ctx.db, run.callId);
  const proposal = run.result as ProposalDto | null;
  if (run.confirmedAt) throw new AppError('evaluation.run_confirmed');
  if (latest?.id !== run.id || run.status !== 'done' || !proposal || proposal.status === 'infeasible') throw new AppError('evaluation.run_not_confirmable');
  const d = await loadCallData(ctx, call);
  const violations = checkAssignment(buildProblem(d, run.options as RunOptions), proposal.pairs);
  if (violations.length > 0) throw new AppError('evaluation.proposal_stale', { count: violations.length, first: violations[0]?.message ?? '' });
  return inTransaction(ctx, async (tx) => {
    const wanted = new Map(proposal.pairs.map((p) => [pairKey(p.applicationId, p.evaluatorId), p]));
    const existing = new Map(d.assignments.map((a) => [pairKey(a.applicationId, a.evaluatorId), a]));
    const dropped = d.assignments.filter((a) => a.coiStatus === 'pending' && !wanted.has(pairKey(a.applicationId, a.evaluatorId)));
    const added = proposal.pairs.filter((p) => !existing.has(pairKey(p.applicationId, p.evaluatorId)));
    await decisions.deleteAssignments(tx.db, dropped.map((a) => a.id));
    await decisions.insertAssignments(tx.db, added.map((p) => ({ callId: call.id, applicationId: p.applicationId, evaluatorId: p.evaluatorId, origin: 'computed' as const, affinity: p.affinity, createdAt: tx.clock.now() })));
    await decisions.updateRun(tx.db, run.id, { confirmedAt: tx.clock.now(), confirmedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
    await mailAssigned(tx, call.code, countBy(added.map((p) => p.evaluatorId)));
    await audit(tx, { action: 'evaluation.assignment_confirmed', entityType: 'call', entityId: call.id, summary: { runId: run.id, pairs: proposal.pairs.length, added: added.length, removed: dropped.length, totalAffinity: proposal.totalAffinity } });
    return presentAssignments({ ...d, assignments: await decisions.callAssignments(tx.db, call.id) });
  });
}

/** Adds a pair by hand (origin `manual`); refused for conflicted pairs and applications outside the call. */
export async function addManualAssignment(ctx: Ctx, callId: string, input: { applicationId: string; evaluatorId: string }): Promise<AssignmentDto[]> {
  const call = await manageableCall(ctx, callId);
  const d = await loadCallData(ctx, call);
  const cell = affinityCells(d).find((c) => c.applicationId === input.applicationId && c.evaluatorId === input.evaluatorId);
  if (!cell) throw notFound('pair', pairKey(input.applicationId, input.evaluatorId));
  if (cell.conflicted) throw new AppError('evaluation.pair_conflicted');
  if (d.assignments.some((a) => a.applicationId === input.applicationId && a.evaluatorId === input.evaluatorId)) throw new AppError('evaluation.already_assigned');
  return inTransaction(ctx, async (tx) => {
    await decisions.insertAssignments(tx.db, [{ callId, ...input, origin: 'manual', affinity: cell.affinity, createdAt: tx.clock.now() }]);
    await mailAssigned(tx, call.code, new Map([[input.evaluatorId, 1]]));
    await audit(tx, { action: 'evaluation.assignment_added', entityType: 'application', entityId: input.applicationId, summary: { evaluatorId: input.evaluatorId, affinity: cell.affinity } });
    return presentAssignments({ ...d, assignments: await decisions.callAssignments(tx.db, callId) });
  });
}

/** Removes a pair that has no declaration yet. */
export async function removeAssignment(ctx: Ctx, id: string): Promise<void> {
  const row = await decisions.findAssignment(ctx.db, id);
  if (!row) throw notFound('assignment', id);
  await manageableCall(ctx, row.callId);
  if (row.coiStatus !== 'pending') throw new AppError('evaluation.assignment_declared');
  await inTransaction(ctx, async (tx) => {
    await decisions.deleteAssignments(tx.db, [id]);
    await audit(tx, { action: 'evaluation.assignment_removed', entityType: 'application', entityId: row.applicationId, summary: { evaluatorId: row.evaluatorId, origin: row.origin } });
  });
}
