/**
 * The ranking of a call from its final consensus reports: the ranking engine over the agreed
 * scores, with the call's criteria, thresholds, weights and tie-break order. Applications without
 * a final consensus report are listed as pending (they are neither ranked nor below threshold).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { rankProposals, type RankingProposal, type RankingResult } from '../../../../engines/ranking/index.js';
import type { CallRankingDoc } from '../../../../shared/contracts/funding.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { organisation } from '../../organisations/schema.js';
import { application, applicationPartner, call } from '../../funding/schema.js';
import { consensusReport } from '../schema/core.js';

export interface CallRanking {
  callId: string;
  /** The engine's result (ids are application ids). */
  result: RankingResult;
  /** Submitted applications still without a final consensus report. */
  pending: string[];
  /** The agreed scores ranked, by application id. */
  agreed: Map<string, Record<string, number>>;
}

export async function callRanking(ctx: Ctx, callId: string): Promise<CallRanking> {
  const [c] = await ctx.db.select({ id: call.id, ranking: call.ranking }).from(call).where(eq(call.id, callId));
  if (!c) throw notFound('call', callId);
  const config = c.ranking as CallRankingDoc | null;
  if (!config) throw new AppError('evaluation.no_ranking_config', {});
  const apps = await ctx.db
    .select({ id: application.id, topics: application.topics, teamWomen: application.teamWomen, teamMen: application.teamMen, submittedAt: application.submittedAt })
    .from(application)
    .where(and(eq(application.callId, callId), eq(application.status, 'submitted')));
  const ids = apps.map((a) => a.id);
  const reports = ids.length
    ? await ctx.db.select({ applicationId: consensusReport.applicationId, scores: consensusReport.scores }).from(consensusReport).where(and(inArray(consensusReport.applicationId, ids), eq(consensusReport.status, 'final')))
    : [];
  const countries = ids.length
    ? await ctx.db
        .select({ applicationId: applicationPartner.applicationId, country: organisation.country })
        .from(applicationPartner)
        .innerJoin(organisation, eq(organisation.id, applicationPartner.organisationId))
        .where(and(inArray(applicationPartner.applicationId, ids), eq(applicationPartner.status, 'confirmed')))
    : [];
  const scores = new Map(reports.map((r) => [r.applicationId, r.scores as Record<string, number>]));
  const proposals: RankingProposal[] = [];
  const pending: string[] = [];
  for (const a of apps) {
    const s = scores.get(a.id);
    if (!s) {
      pending.push(a.id);
      continue;
    }
    proposals.push({
      id: a.id,
      scores: s,
      topics: a.topics,
      ...(a.teamWomen !== null || a.teamMen !== null ? { team: { women: a.teamWomen ?? 0, men: a.teamMen ?? 0 } } : {}),
      countries: countries.filter((x) => x.applicationId === a.id).map((x) => x.country),
      submittedAt: (a.submittedAt ?? new Date(0)).toISOString(),
    });
  }
  const engineConfig = { criteria: config.criteria.map((k) => ({ id: k.id, threshold: k.threshold, weight: k.weight })), totalThreshold: config.totalThreshold, tieOrder: config.tieOrder };
  return { callId, result: rankProposals(proposals, engineConfig), pending, agreed: scores };
}
