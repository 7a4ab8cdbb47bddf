/**
 * Conflicts of interest of a call: automatic ones (computed from the registry and the experts'
 * profiles every time, never stored), manual ones recorded by staff, and those evaluators declared.
 * All are hard constraints of the assignment.
 */
import type { ConflictDto } from '../../../../shared/contracts/evaluation-pool.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import * as decisions from '../repository/decisions.js';
import { loadCallData, pairKey, relationsOf, type CallData } from './call-data.js';
import { manageableCall, viewableCall } from './call-access.js';
import { automaticConflicts } from './conflict-rules.js';

/** Every conflict of the call, one entry per (pair, reason). */
export function conflictsOf(d: CallData): ConflictDto[] {
  const out: ConflictDto[] = [];
  const appById = new Map(d.applications.map((a) => [a.id, a]));
  const nameOf = new Map(d.experts.map((e) => [e.id, e.name]));
  for (const app of d.applications) {
    for (const e of d.experts) {
      for (const c of automaticConflicts({ organisationId: e.organisationId, taxId: e.taxId, relations: relationsOf(e) }, app.organisations, d.holdings)) {
        out.push({ applicationId: app.id, reference: app.reference, evaluatorId: e.id, evaluatorName: e.name, reason: c.reason, detail: c.detail, manualId: null });
      }
    }
  }
  for (const m of d.manualConflicts) {
    const app = appById.get(m.applicationId);
    out.push({ applicationId: m.applicationId, reference: app?.reference ?? '', evaluatorId: m.evaluatorId, evaluatorName: nameOf.get(m.evaluatorId) ?? '', reason: 'manual', detail: m.reason, manualId: m.id });
  }
  for (const a of d.assignments.filter((x) => x.coiStatus === 'conflict')) {
    const app = appById.get(a.applicationId);
    out.push({ applicationId: a.applicationId, reference: app?.reference ?? '', evaluatorId: a.evaluatorId, evaluatorName: nameOf.get(a.evaluatorId) ?? '', reason: 'declared', detail: a.coiNote ?? '', manualId: null });
  }
  return out;
}

/** The conflicted pairs of the call (by `pairKey`). */
export function conflictedPairs(d: CallData): Set<string> {
  return new Set(conflictsOf(d).map((c) => pairKey(c.applicationId, c.evaluatorId)));
}

export async function computeConflicts(ctx: Ctx, callId: string): Promise<ConflictDto[]> {
  const call = await viewableCall(ctx, callId);
  return conflictsOf(await loadCallData(ctx, call));
}

export async function addManualConflict(ctx: Ctx, callId: string, input: { applicationId: string; evaluatorId: string; reason: string }): Promise<ConflictDto[]> {
  const call = await manageableCall(ctx, callId);
  const d = await loadCallData(ctx, call);
  if (!d.applications.some((a) => a.id === input.applicationId)) throw notFound('application', input.applicationId);
  if (!d.experts.some((e) => e.id === input.evaluatorId)) throw notFound('evaluator', input.evaluatorId);
  await inTransaction(ctx, async (tx) => {
    const row = await decisions.insertManualConflict(tx.db, { callId, ...input, createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
    if (!row) throw new AppError('evaluation.conflict_exists');
    await audit(tx, { action: 'evaluation.conflict_added', entityType: 'application', entityId: input.applicationId, summary: { evaluatorId: input.evaluatorId, reason: input.reason } });
  });
  return computeConflicts(ctx, callId);
}

export async function removeManualConflict(ctx: Ctx, id: string): Promise<void> {
  const row = await decisions.findManualConflict(ctx.db, id);
  if (!row) throw notFound('conflict', id);
  await manageableCall(ctx, row.callId);
  await inTransaction(ctx, async (tx) => {
    await decisions.deleteManualConflict(tx.db, id);
    await audit(tx, { action: 'evaluation.conflict_removed', entityType: 'application', entityId: row.applicationId, summary: { evaluatorId: row.evaluatorId, reason: row.reason } });
  });
}
