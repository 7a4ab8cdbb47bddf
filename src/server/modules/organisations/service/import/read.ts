/**
 * Streams the rows of an uploaded table (CSV or the first sheet of an XLSX workbook) as records keyed
 * by header, without holding the file in memory. CSV: UTF-8 (with or without BOM), `,` `;` or tab
 * separated (guessed from the header line).
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../../../platform/http/errors.js';

export type TableFormat = 'csv' | 'xlsx';

/** Opens the file from its start (called once per pass). */
export type Opener = () => Readable;

export interface TableRow {
  /** 1 for the first data row after the header. */
  index: number;
  values: Record<string, string>;
}

/** The first bytes of the file (at most `bytes`). */
async function head(open: Opener, bytes: number): Promise<Buffer> {
  const stream = open();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** XLSX files are zip archives (`PK\x03\x04`); anything else is read as CSV. */
export async function detectFormat(open: Opener): Promise<TableFormat> {
  const b = await head(open, 4);
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04 ? 'xlsx' : 'csv';
}

async function guessDelimiter(open: Opener): Promise<string> {
  const firstLine = (await head(open, 8192)).toString('utf8').split(/\r?\n/)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value && typeof value.hyperlink === 'string') return value.hyperlink;
    return '';
  }
  return String(value);
}

async function* csvRows(open: Opener): AsyncGenerator<TableRow> {
  const parser = open().pipe(parse({ bom: true, delimiter: await guessDelimiter(open), relax_column_count: true, skip_empty_lines: true, trim: true }));
  let headers: string[] | undefined;
  let index = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (!headers) {
      headers = record.map((h) => h.trim());
      continue;
    }
    index++;
    yield { index, values: Object.fromEntries(headers.map((h, i) => [h, record[i] ?? ''])) };
  }
}

async function* xlsxRows(open: Opener): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(open(), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
  for await (const sheet of reader) {
    let headers: string[] | undefined;
    let index = 0;
    for await (const row of sheet) {
      const cells = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim());
      if (!headers) {
        headers = cells;
        continue;
      }
      if (cells.every((c) => c === '')) continue;
      index++;
      yield { index, values: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])) };
    }
    return;
  }
}

/** The rows of the table, streamed. */
export async function* readTable(open: Opener, format: TableFormat): AsyncGenerator<TableRow> {
  try {
    yield* format === 'xlsx' ? xlsxRows(open) : csvRows(open);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('orgs.import_unreadable', { reason: err instanceof Error ? err.message : String(err) });
  }
}

/** The header and the first rows (the mapping step shows them). */
export async function previewTable(open: Opener, format: TableFormat, rows = 5): Promise<{ headers: string[]; sample: Record<string, string>[] }> {
  const sample: Record<string, string>[] = [];
  let headers: string[] = [];
  for await (const row of readTable(open, format)) {
    headers = Object.keys(row.values);
    sample.push(row.values);
    if (sample.length >= rows) break;
  }
  return { headers, sample };
}
