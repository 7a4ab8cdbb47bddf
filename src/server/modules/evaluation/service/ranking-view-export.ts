/** Export of a call's ranking as CSV or XLSX (streamed), in the requester's language; audited. */
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { RankingRow, RankingView } from '../../../../shared/contracts/evaluation-scoring.js';
import { criterionName, decidingRuleName, failureText } from '../../../../shared/scoring-rules.js';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { rankingView } from './ranking-view.js';

export type ExportFormat = 'csv' | 'xlsx';

function headers(ctx: Ctx, view: RankingView): string[] {
  const t = ctx.t;
  const col = (c: string) => t(`scoring:export.columns.${c}`);
  return [col('rank'), col('reference'), col('acronym'), col('title'), col('lead'), col('outcome'), ...view.criteria.map((c) => criterionName(c.id, view.criteria, ctx.locale)), col('total'), col('weightedTotal'), col('failures'), col('decidedBy')];
}

function line(ctx: Ctx, view: RankingView, r: RankingRow): (string | number)[] {
  const t = ctx.t;
  return [
    r.rank ?? '',
    r.reference,
    r.acronym ?? '',
    r.title ?? '',
    r.leadName,
    t(`scoring:outcome.${r.outcome}`),
    ...view.criteria.map((c) => r.scores?.[c.id] ?? ''),
    r.total ?? '',
    r.weightedTotal ?? '',
    r.failures.map((f) => failureText(f, view.criteria, t, ctx.locale)).join('; '),
    r.decidedBy ? decidingRuleName(r.decidedBy, view.criteria, t, ctx.locale) : '',
  ];
}

export async function exportRanking(ctx: Ctx, callId: string, format: ExportFormat): Promise<Readable> {
  const view = await rankingView(ctx, callId);
  await audit(ctx, { action: 'evaluation.ranking_exported', entityType: 'call', entityId: callId, summary: { format, rows: view.rows.length } });
  return format === 'csv' ? rankingCsv(ctx, view) : rankingXlsx(ctx, view);
}

export function rankingCsv(ctx: Ctx, view: RankingView): Readable {
  const out = stringify({ bom: true });
  out.write(headers(ctx, view));
  for (const r of view.rows) out.write(line(ctx, view, r));
  out.end();
  return out;
}

function rankingXlsx(ctx: Ctx, view: RankingView): Readable {
  const stream = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(ctx.t('scoring:export.sheet'));
  sheet.addRow(headers(ctx, view)).commit();
  for (const r of view.rows) sheet.addRow(line(ctx, view, r)).commit();
  sheet.commit();
  void book.commit().catch((err: unknown) => stream.destroy(err as Error));
  return stream;
}
