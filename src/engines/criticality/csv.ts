/**
 * Reads one CSV table (text in, rows out) and checks its header. Syntax problems, a wrong header
 * and rows with the wrong number of fields are recorded as errors in the file's `IssueLog`. A quote
 * inside an unquoted field is kept as a literal character (the hand-compiled CRMA list has notes
 * such as `Annex I names it "lithium - battery grade"`).
 */
import { parse } from 'csv-parse/sync';
import type { IssueLog } from './issues.js';

/** One data row: its line in the file and its cells by header name. */
export interface CsvRow<C extends string> {
  readonly line: number;
  readonly cells: Readonly<Record<C, string>>;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

function parseRecords(text: string, log: IssueLog, delimiter: string): ParsedRecord[] | null {
  try {
    return parse(text, { info: true, bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : null;
    const detail = err instanceof Error ? err.message : String(err);
    log.error(line, null, 'crm.csv_syntax', `CSV syntax error: ${detail}`, { detail });
    return null;
  }
}

/**
 * Parses `text` and returns its data rows keyed by `header`, or null when the text cannot be read
 * or its header differs from `header` (then no row of the file can be trusted).
 */
export function readTable<const H extends readonly string[]>(
  text: string,
  header: H,
  log: IssueLog,
  delimiter = ',',
): CsvRow<H[number]>[] | null {
  const records = parseRecords(text, log, delimiter);
  if (records === null) return null;
  const [first, ...rest] = records;
  const actual = first?.record.join(',') ?? '';
  if (actual !== header.join(',')) {
    log.error(first?.info.lines ?? 1, null, 'crm.header', `expected header "${header.join(',')}", found "${actual}"`, {
      expected: header.join(','),
      actual,
    });
    return null;
  }
  const rows: CsvRow<H[number]>[] = [];
  for (const { record, info } of rest) {
    if (record.length !== header.length) {
      log.error(info.lines, null, 'crm.field_count', `expected ${header.length} fields, found ${record.length}`, {
        expected: header.length,
        actual: record.length,
      });
      continue;
    }
    const cells = Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) as Record<H[number], string>;
    rows.push({ line: info.lines, cells });
  }
  return rows;
}

/**
 * Parses a number written in plain decimal notation (`0.8`, `1`, `204200`); anything else
 * (empty, `1,5`, `12%`, `abc`) gives null.
 */
export function parseDecimal(text: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return null;
  return Number(text.trim());
}

/**
 * The field delimiter of a file staff saved themselves: `;` when the header line has semicolons and
 * no commas (spreadsheets in Spanish save CSV so), else `,`.
 */
export function detectDelimiter(text: string): ',' | ';' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

/** Like `parseDecimal`, also accepting a decimal comma (`0,35`); no thousands separators. */
export function parseLocaleDecimal(text: string): number | null {
  const t = text.trim();
  return parseDecimal(/^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
}
