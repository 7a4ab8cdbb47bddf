/** Pairs staff pin (always assigned) or forbid (never assigned) in the next runs of a call. */
import type { z } from 'zod';
import type { pairRuleSchema } from '../../../../shared/contracts/evaluation-pool.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import * as decisions from '../repository/decisions.js';
import { loadCallData } from './call-data.js';
import { manageableCall, viewableCall } from './call-access.js';

type PairRuleDto = z.infer<typeof pairRuleSchema>;
const present = (r: decisions.PairRuleRow): PairRuleDto => ({ id: r.id, applicationId: r.applicationId, evaluatorId: r.evaluatorId, rule: r.rule, createdAt: r.createdAt.toISOString() });

export async function listPairRules(ctx: Ctx, callId: string): Promise<PairRuleDto[]> {
  await viewableCall(ctx, callId);
  return (await decisions.pairRules(ctx.db, callId)).map(present);
}

export async function setPairRule(ctx: Ctx, callId: string, input: { applicationId: string; evaluatorId: string; rule: 'pin' | 'forbid' }): Promise<PairRuleDto[]> {
  const d = await loadCallData(ctx, await manageableCall(ctx, callId));
  if (!d.applications.some((a) => a.id === input.applicationId)) throw notFound('application', input.applicationId);
  if (!d.experts.some((e) => e.id === input.evaluatorId)) throw notFound('evaluator', input.evaluatorId);
  await inTransaction(ctx, async (tx) => {
    await decisions.upsertPairRule(tx.db, { callId, ...input, createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null });
    await audit(tx, { action: 'evaluation.pair_rule_set', entityType: 'application', entityId: input.applicationId, summary: { evaluatorId: input.evaluatorId, rule: input.rule } });
  });
  return listPairRules(ctx, callId);
}

export async function removePairRule(ctx: Ctx, id: string): Promise<void> {
  const row = await decisions.findPairRule(ctx.db, id);
  if (!row) throw notFound('pair_rule', id);
  await manageableCall(ctx, row.callId);
  await inTransaction(ctx, async (tx) => {
    await decisions.deletePairRule(tx.db, id);
    await audit(tx, { action: 'evaluation.pair_rule_removed', entityType: 'application', entityId: row.applicationId, summary: { evaluatorId: row.evaluatorId, rule: row.rule } });
  });
}
