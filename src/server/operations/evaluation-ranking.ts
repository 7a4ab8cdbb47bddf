/** `veta evaluation ranking <CALL_CODE> [--csv]`: the ranking of a call, as a table or as CSV. */
import { text } from 'node:stream/consumers';
import { decidingRuleName, failureText } from '../../shared/scoring-rules.js';
import { callIdByCode, rankingView } from '../modules/evaluation/service/ranking-view.js';
import { rankingCsv } from '../modules/evaluation/service/ranking-view-export.js';
import { defineOperation } from './registry.js';

export const evaluationRanking = defineOperation<{ call: string; csv?: boolean }>({
  name: 'evaluation.ranking',
  async run(ctx, args, io) {
    const view = await rankingView(ctx, await callIdByCode(ctx, args.call));
    if (args.csv) {
      for (const line of (await text(rankingCsv(ctx, view))).replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/)) io.out(line);
      return 0;
    }
    const p = view.progress;
    io.out(`${view.callCode}  ${view.callTitle}`);
    io.out(`forms ${p.formsSubmitted}/${p.formsExpected} submitted, consensus ${p.consensusFinal}/${p.applications} final`);
    for (const r of view.rows) {
      const rank = r.rank === null ? '-' : String(r.rank);
      const totals = r.total === null ? '' : `${r.total.toFixed(1)} (${(r.weightedTotal ?? 0).toFixed(2)})`;
      const why = r.outcome === 'below' ? r.failures.map((f) => failureText(f, view.criteria, ctx.t, ctx.locale)).join('; ') : r.decidedBy ? decidingRuleName(r.decidedBy, view.criteria, ctx.t, ctx.locale) : '';
      io.out(`${rank.padStart(3)}  ${r.reference.padEnd(14)} ${(r.acronym ?? '').padEnd(12)} ${r.outcome.padEnd(8)} ${totals.padEnd(14)} ${why}`);
    }
    return 0;
  },
});
