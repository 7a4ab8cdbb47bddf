/** Affinity of every (application, expert) pair of a call, with its explanation and staff's overrides. */
import type { AffinityCell, AffinityMatrixDto } from '../../../../shared/contracts/evaluation-pool.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import * as decisions from '../repository/decisions.js';
import { affinityScore } from './affinity-score.js';
import { loadCallData, pairKey, type CallData } from './call-data.js';
import { manageableCall, viewableCall } from './call-access.js';
import { conflictedPairs } from './conflicts.js';

export function affinityCells(d: CallData): AffinityCell[] {
  const conflicted = conflictedPairs(d);
  const overrides = new Map(d.overrides.map((o) => [pairKey(o.applicationId, o.evaluatorId), o]));
  const cells: AffinityCell[] = [];
  for (const app of d.applications) {
    for (const e of d.experts) {
      const s = affinityScore(e, { topics: app.topics, text: '' }, app.text);
      const key = pairKey(app.id, e.id);
      const o = overrides.get(key);
      cells.push({
        applicationId: app.id,
        evaluatorId: e.id,
        affinity: o ? o.affinity : s.score,
        computed: s.score,
        topicScore: s.topicScore,
        termScore: s.termScore,
        matchedTopics: s.matchedTopics,
        matchedTerms: s.matchedTerms,
        override: o ? { id: o.id, affinity: o.affinity, reason: o.reason, by: o.createdBy, at: o.updatedAt.toISOString() } : null,
        conflicted: conflicted.has(key),
      });
    }
  }
  return cells;
}

export function presentMatrix(d: CallData): AffinityMatrixDto {
  return {
    applications: d.applications.map((a) => ({ id: a.id, reference: a.reference, acronym: a.acronym, title: a.title, topics: a.topics, language: a.language, organisations: a.organisations.map((o) => o.legalName) })),
    evaluators: d.experts.map((e) => ({ id: e.id, name: e.name, organisationName: e.organisationName, languages: e.languages, topics: e.topics, minLoad: e.minLoad, maxLoad: e.maxLoad })),
    cells: affinityCells(d),
  };
}

export async function affinityMatrix(ctx: Ctx, callId: string): Promise<AffinityMatrixDto> {
  const call = await viewableCall(ctx, callId);
  return presentMatrix(await loadCallData(ctx, call));
}

export async function overrideAffinity(ctx: Ctx, callId: string, input: { applicationId: string; evaluatorId: string; affinity: number; reason: string }): Promise<AffinityCell> {
  const call = await manageableCall(ctx, callId);
  const d = await loadCallData(ctx, call);
  const before = affinityCells(d).find((c) => c.applicationId === input.applicationId && c.evaluatorId === input.evaluatorId);
  if (!before) throw notFound('pair', pairKey(input.applicationId, input.evaluatorId));
  await inTransaction(ctx, async (tx) => {
    await decisions.upsertOverride(tx.db, { callId, ...input, createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null }, tx.clock.now());
    await audit(tx, {
      action: 'evaluation.affinity_overridden',
      entityType: 'application',
      entityId: input.applicationId,
      summary: { evaluatorId: input.evaluatorId, affinity: { from: before.affinity, to: input.affinity }, computed: before.computed, reason: input.reason },
    });
  });
  const after = affinityCells(await loadCallData(ctx, call));
  return after.find((c) => c.applicationId === input.applicationId && c.evaluatorId === input.evaluatorId)!;
}

export async function removeAffinityOverride(ctx: Ctx, id: string): Promise<void> {
  const row = await decisions.findOverride(ctx.db, id);
  if (!row) throw notFound('override', id);
  await manageableCall(ctx, row.callId);
  await inTransaction(ctx, async (tx) => {
    await decisions.deleteOverride(tx.db, id);
    await audit(tx, { action: 'evaluation.affinity_override_removed', entityType: 'application', entityId: row.applicationId, summary: { evaluatorId: row.evaluatorId, affinity: row.affinity } });
  });
}
