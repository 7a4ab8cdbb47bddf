/**
 * Reading CSV and XLSX files row by row (streamed: csv-parse, exceljs's streaming reader) and
 * parsing their cells: timestamps in the formats people export (ISO 8601 with or without offset,
 * day/month/year orders, Excel dates, hour 24:00) and numbers with either decimal separator.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { instantsOfWallTime } from '../../../../engines/mv/index.js';
import type { TIMESTAMP_FORMATS } from '../../../../shared/contracts/impact.js';

/** A cell as read: text from CSV; text, number or date from XLSX. */
export type Cell = string | number | Date | null;

/** Picks the delimiter that occurs most in the first line (outside quotes): ; , or tab. */
export function detectDelimiter(firstLine: string): string {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ',';
}

async function firstLineOf(open: () => Readable): Promise<string> {
  const stream = open();
  let text = '';
  for await (const chunk of stream) {
    text += Buffer.from(chunk as Buffer).toString('utf8');
    const nl = text.search(/\r?\n/);
    if (nl >= 0 || text.length > 65_536) {
      stream.destroy();
      return nl >= 0 ? text.slice(0, nl) : text;
    }
  }
  return text;
}

async function* csvRows(open: () => Readable): AsyncGenerator<Cell[]> {
  const delimiter = detectDelimiter((await firstLineOf(open)).replace(/^\uFEFF/, ''));
  const parser = open().pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }));
  for await (const record of parser) yield record as string[];
}

function excelCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number') return value;
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (v.result !== undefined) return excelCell(v.result);
    if (typeof v.text === 'string') return v.text;
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  }
  return String(value).trim();
}

async function* xlsxRows(open: () => Readable): AsyncGenerator<Cell[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(open(), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map(excelCell);
      if (values.some((v) => v !== null && v !== '')) yield values;
    }
    return; // the first worksheet only
  }
}

/** The rows of a stored file, header first. `open` is called again for each pass it needs. */
export function readRows(format: 'csv' | 'xlsx', open: () => Readable): AsyncGenerator<Cell[]> {
  return format === 'csv' ? csvRows(open) : xlsxRows(open);
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().replace(/\.000Z$/, '').replace('Z', '');
  return String(cell);
}

/** A number written with `decimal` as separator (thousands separators and spaces ignored). */
export function parseNumber(cell: Cell, decimal: '.' | ','): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const thousands = decimal === ',' ? '.' : ',';
  const text = cell.replace(/[\s\u00a0]/g, '').split(thousands).join('').replace(decimal, '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : null;
}

export type TimestampFormat = (typeof TIMESTAMP_FORMATS)[number];

/** A parsed timestamp: an instant, or a wall time (ms as if UTC) to place in a time zone. */
export type ParsedTime = { instant: number } | { wall: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const DATE_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function wall(y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || mi > 59 || s > 59 || h > 24 || (h === 24 && (mi > 0 || s > 0))) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCDate() === d ? t : null; // Date.UTC rolls 24:00 over to the next day
}

function offsetMs(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

export function parseTimestamp(cell: Cell, format: TimestampFormat): ParsedTime | null {
  if (cell instanceof Date) return { wall: cell.getTime() }; // Excel dates carry no zone: wall time
  if (typeof cell !== 'string' || cell === '') return null;
  const n = (v: string | undefined) => Number(v ?? 0);
  if (format === 'iso') {
    const m = ISO.exec(cell);
    if (!m) return null;
    const t = wall(n(m[1]), n(m[2]), n(m[3]), n(m[4]), n(m[5]), n(m[6]), n((m[7] ?? '').padEnd(3, '0')));
    if (t === null) return null;
    return m[8] ? { instant: t - offsetMs(m[8]) } : { wall: t };
  }
  const m = (format === 'ymd' ? YEAR_FIRST : DATE_FIRST).exec(cell);
  if (!m) return null;
  const [a, b, c] = [n(m[1]), n(m[2]), n(m[3])];
  const [y, mo, d] = format === 'ymd' ? [a, b, c] : format === 'dmy' ? [c, b, a] : [c, a, b];
  const t = wall(y, mo, d, n(m[4]), n(m[5]), n(m[6]));
  return t === null ? null : { wall: t };
}

/**
 * The instant of a parsed time in `timeZone`. A wall time in the hour repeated when clocks go back
 * is the earlier instant the first time the file shows it and the later one the second time
 * (`seen` remembers); a wall time in the skipped hour has none.
 */
export function placeInZone(t: ParsedTime, timeZone: string, seen: Set<number>): number | null {
  if ('instant' in t) return t.instant;
  const options = instantsOfWallTime(t.wall, timeZone);
  if (options.length === 0) return null;
  if (options.length === 1) return options[0] as number;
  if (seen.has(t.wall)) return options[1] as number;
  seen.add(t.wall);
  return options[0] as number;
}
