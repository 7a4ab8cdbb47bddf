/**
 * The ranking of a call as staff see it: `callRanking` (the ranking engine over final consensus
 * reports) joined with the applications, the failed thresholds, the rule that decided each
 * adjacent pair, the pending applications and the progress of the evaluation.
 */
import type { RankingRow, RankingView } from '../../../../shared/contracts/evaluation-scoring.js';
import type { CallRankingDoc } from '../../../../shared/contracts/funding.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import * as repo from '../repository/scoring.js';
import { callRanking } from './ranking.js';
import { seesCall } from './forms-common.js';

async function loadCall(ctx: Ctx, callId: string) {
  const c = await repo.findCallHead(ctx.db, callId);
  if (!c) throw notFound('call', callId);
  if (!seesCall(ctx.actor, c.officeId)) throw forbidden();
  if (!c.ranking) throw new AppError('evaluation.no_ranking_config', {});
  return { ...c, ranking: c.ranking as CallRankingDoc };
}

export async function rankingView(ctx: Ctx, callId: string): Promise<RankingView> {
  const c = await loadCall(ctx, callId);
  const ranking = await callRanking(ctx, callId);
  const apps = await repo.submittedApplications(ctx.db, callId);
  const reports = ranking.agreed;
  const byId = new Map(apps.map((a) => [a.id, a]));
  const base = (id: string) => {
    const a = byId.get(id)!;
    return { applicationId: id, reference: a.reference, acronym: a.acronym, title: a.title, leadName: a.leadName, scores: reports.get(id) ?? null };
  };
  const decided = new Map(ranking.result.pairs.map((p) => [p.above, p]));
  const rows: RankingRow[] = [
    ...ranking.result.ranked.map((r) => {
      const pair = decided.get(r.id);
      return { ...base(r.id), outcome: 'ranked' as const, rank: r.rank, total: r.total, weightedTotal: r.weightedTotal, failures: [], decidedBy: pair?.rule ?? null, decisionDetail: pair ? { ...pair.detail } : null };
    }),
    ...ranking.result.belowThreshold.map((b) => ({ ...base(b.id), outcome: 'below' as const, rank: null, total: b.total, weightedTotal: b.weightedTotal, failures: b.failures.map((f) => ({ ...f })), decidedBy: null, decisionDetail: null })),
    ...ranking.pending.map((id) => ({ ...base(id), outcome: 'pending' as const, rank: null, total: null, weightedTotal: null, failures: [], decidedBy: null, decisionDetail: null })),
  ];
  const forms = await repo.formCounts(ctx.db, apps.map((a) => a.id));
  return {
    callId,
    callCode: c.callCode,
    callTitle: ctx.locale === 'en' ? c.titleEn : c.titleEs,
    criteria: c.ranking.criteria,
    totalThreshold: c.ranking.totalThreshold,
    tieOrder: c.ranking.tieOrder,
    rows,
    progress: { applications: apps.length, formsExpected: forms.expected, formsSubmitted: forms.submitted, consensusFinal: reports.size },
  };
}

export async function callIdByCode(ctx: Ctx, code: string): Promise<string> {
  const c = await repo.findCallByCode(ctx.db, code.toUpperCase());
  if (!c) throw notFound('call', code);
  return c.id;
}
