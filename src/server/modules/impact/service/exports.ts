/**
 * Exports: the measures with their verified savings (CSV or XLSX, for General Assembly reports and
 * auditors) and a meter's readings (CSV, streamed page by page).
 */
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../../platform/context.js';
import { readingPage } from '../repository/readings.js';
import type { MeasureRow } from '../repository/measures.js';
import { getMeter } from './meters.js';

const PAGE = 10_000;

function measureColumns(ctx: Ctx): { header: string; value: (m: MeasureRow) => string | number | null }[] {
  const t = (k: string) => ctx.t(`impact:export.${k}`);
  return [
    { header: t('organisation'), value: (m) => m.organisationName },
    { header: t('site'), value: (m) => m.siteName },
    { header: t('region'), value: (m) => m.nutsCode },
    { header: t('category'), value: (m) => ctx.t(`impact:categories.${m.category}`) },
    { header: t('title'), value: (m) => m.title },
    { header: t('startDate'), value: (m) => m.startDate },
    { header: t('completedDate'), value: (m) => m.completedDate },
    { header: t('costEur'), value: (m) => (m.costCents === null ? null : m.costCents / 100) },
    { header: t('awardId'), value: (m) => m.awardId },
    { header: t('savingsKwh'), value: (m) => (m.verified ? Math.round(Number(m.verified.savingsKwh)) : null) },
    { header: t('savingsPercent'), value: (m) => (m.verified ? Math.round(Number(m.verified.savingsFraction) * 1000) / 10 : null) },
    { header: t('fsuPercent'), value: (m) => (m.verified?.fsu == null ? null : Math.round(Number(m.verified.fsu) * 1000) / 10) },
    { header: t('co2eKg'), value: (m) => (m.verified?.co2eKg == null ? null : Math.round(Number(m.verified.co2eKg))) },
    { header: t('reportingStart'), value: (m) => (m.verified ? String(m.verified.reportingStart).slice(0, 10) : null) },
    { header: t('reportingEnd'), value: (m) => (m.verified ? String(m.verified.reportingEnd).slice(0, 10) : null) },
  ];
}

export function measuresCsv(ctx: Ctx, measures: readonly MeasureRow[]): Readable {
  const cols = measureColumns(ctx);
  const out = stringify({ header: true, columns: cols.map((c) => c.header), bom: true });
  for (const m of measures) out.write(cols.map((c) => c.value(m) ?? ''));
  out.end();
  return out;
}

export function measuresXlsx(ctx: Ctx, measures: readonly MeasureRow[]): Readable {
  const cols = measureColumns(ctx);
  const stream = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = book.addWorksheet(ctx.t('impact:export.sheet'));
  sheet.columns = cols.map((c) => ({ header: c.header, width: Math.max(12, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const m of measures) sheet.addRow(cols.map((c) => c.value(m))).commit();
  sheet.commit();
  void book.commit();
  return stream;
}

/** A meter's readings as CSV: start, end, value (as stored), streamed in pages. */
export async function readingsCsv(ctx: Ctx, meterId: string): Promise<{ filename: string; stream: Readable }> {
  const meter = await getMeter(ctx, meterId);
  const db = ctx.db;
  async function* lines(): AsyncGenerator<string[]> {
    yield ['start', 'end', `value_${meter.unit}`];
    let after: number | null = null;
    for (;;) {
      const page = await readingPage(db, meterId, after, PAGE);
      for (const r of page) yield [new Date(r.start).toISOString(), r.end === null ? '' : new Date(r.end).toISOString(), r.value];
      if (page.length < PAGE) return;
      after = page[page.length - 1]?.start ?? null;
    }
  }
  return { filename: `${meter.code}-readings.csv`, stream: Readable.from(lines()).pipe(stringify()) };
}
