/**
 * Parsers of the parameter files staff fill in because the shipped tables lack them: governance
 * scores per country (WGI scaled 0..10, 10 worst) and, per material, import reliance, end-of-life
 * recycling input rate and the two substitution indexes (each 0..1). Every value carries its source
 * and may be marked illustrative. A blank value leaves the stored one as it is; the row is listed
 * as unchanged. Files saved by a Spanish spreadsheet (`;` and decimal commas) are read too.
 */
import { stringify } from 'csv-stringify/sync';
import { getMaterial } from '../../shared/materials/catalogue.js';
import { detectDelimiter, parseLocaleDecimal, readTable, type CsvRow } from './csv.js';
import { IssueLog, type ParseResult } from './issues.js';
import type { ParameterName } from './scenario.js';

/** Header of the governance file. */
export const GOVERNANCE_HEADER = ['country_code', 'country_name', 'wgi_scaled', 'source', 'illustrative'] as const;

/** Header of the material parameters file. */
export const PARAMETERS_HEADER = ['material_id', 'material_name', 'import_reliance', 'eol_rir', 'si_sr', 'si_ei', 'source', 'illustrative'] as const;

/** Parameter columns of the material file, by the engine's parameter names. */
export const PARAMETER_COLUMNS: Readonly<Record<ParameterName, (typeof PARAMETERS_HEADER)[number]>> = {
  importReliance: 'import_reliance',
  eolRir: 'eol_rir',
  siSr: 'si_sr',
  siEi: 'si_ei',
};

/** One governance score to store. */
export interface GovernanceRow {
  readonly line: number;
  readonly country: string;
  readonly wgiScaled: number;
  readonly source: string;
  readonly illustrative: boolean;
}

/** The parameters of one material to store (only the ones given). */
export interface ParameterRow {
  readonly line: number;
  readonly materialId: string;
  readonly values: Readonly<Partial<Record<ParameterName, number>>>;
  readonly source: string;
  readonly illustrative: boolean;
}

/** Rows to store and the lines left as they are (no value given). */
export interface ParameterFile<R> {
  readonly rows: readonly R[];
  readonly unchanged: readonly number[];
}

const YES = new Set(['yes', 'y', 'true', '1', 'sí', 'si', 's']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

function readFlag(text: string, line: number, log: IssueLog): boolean | null {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  log.error(line, 'illustrative', 'crm.flag', `"${text}" is not yes or no`, { value: text });
  return null;
}

function readValue(text: string, column: string, max: number, line: number, log: IssueLog): number | null | undefined {
  if (text.trim() === '') return undefined;
  const v = parseLocaleDecimal(text);
  if (v === null || v < 0 || v > max) {
    log.error(line, column, 'crm.parameter_value', `"${text}" is not a number between 0 and ${max}`, { value: text, max });
    return null;
  }
  return v;
}

function readSource(text: string, line: number, log: IssueLog): string | null {
  const source = text.trim();
  if (source === '') {
    log.error(line, 'source', 'crm.source_required', 'a value needs its source (publication, table, year)');
    return null;
  }
  if (source.length > 500) {
    log.error(line, 'source', 'crm.source_length', 'the source is longer than 500 characters', { max: 500 });
    return null;
  }
  return source;
}

function checkDuplicate(seen: Map<string, number>, key: string, line: number, column: string, log: IssueLog): boolean {
  const first = seen.get(key);
  if (first !== undefined) {
    log.error(line, column, 'crm.duplicate_row', `same key as line ${first}`, { firstLine: first });
    return true;
  }
  seen.set(key, line);
  return false;
}

type GovernanceCsvRow = CsvRow<(typeof GOVERNANCE_HEADER)[number]>;

function readGovernanceRow(row: GovernanceCsvRow, known: ReadonlySet<string> | undefined, log: IssueLog): GovernanceRow | 'unchanged' | null {
  const { cells, line } = row;
  const country = cells.country_code.trim().toUpperCase();
  const codeOk = /^[A-Z]{2}$/.test(country);
  if (!codeOk) log.error(line, 'country_code', 'crm.country_code', `"${cells.country_code}" is not an ISO 3166-1 alpha-2 code`, { country: cells.country_code });
  const wgi = readValue(cells.wgi_scaled, 'wgi_scaled', 10, line, log);
  const illustrative = readFlag(cells.illustrative, line, log);
  if (wgi === undefined) return codeOk ? 'unchanged' : null;
  const source = readSource(cells.source, line, log);
  if (codeOk && known !== undefined && !known.has(country)) {
    log.warn(line, 'country_code', 'crm.country_not_supplier', `${country} supplies no material in this dataset`, { country });
  }
  if (!codeOk || wgi === null || source === null || illustrative === null) return null;
  return { line, country, wgiScaled: wgi, source, illustrative };
}

/**
 * Parses a governance file. `countries`, when given, are the countries of the dataset's share
 * tables: a score for another country is kept but reported as a warning.
 */
export function parseGovernanceCsv(text: string, file: string, countries?: ReadonlySet<string>): ParseResult<ParameterFile<GovernanceRow>> {
  const log = new IssueLog(file);
  const rows: GovernanceRow[] = [];
  const unchanged: number[] = [];
  const seen = new Map<string, number>();
  for (const row of readTable(text, GOVERNANCE_HEADER, log, detectDelimiter(text)) ?? []) {
    if (checkDuplicate(seen, row.cells.country_code.trim().toUpperCase(), row.line, 'country_code', log)) continue;
    const read = readGovernanceRow(row, countries, log);
    if (read === 'unchanged') unchanged.push(row.line);
    else if (read !== null) rows.push(read);
  }
  return log.result({ rows, unchanged });
}

type ParametersCsvRow = CsvRow<(typeof PARAMETERS_HEADER)[number]>;

function readParameterRow(row: ParametersCsvRow, materials: ReadonlySet<string> | undefined, log: IssueLog): ParameterRow | 'unchanged' | null {
  const { cells, line } = row;
  const materialId = cells.material_id.trim();
  const inCatalogue = getMaterial(materialId) !== undefined;
  if (!inCatalogue) log.error(line, 'material_id', 'crm.unknown_material', `material "${materialId}" is not in the catalogue`, { material: materialId });
  const values: Partial<Record<ParameterName, number>> = {};
  let bad = false;
  for (const [name, column] of Object.entries(PARAMETER_COLUMNS) as [ParameterName, (typeof PARAMETERS_HEADER)[number]][]) {
    const v = readValue(cells[column], column, 1, line, log);
    if (v === null) bad = true;
    else if (v !== undefined) values[name] = v;
  }
  const illustrative = readFlag(cells.illustrative, line, log);
  if (Object.keys(values).length === 0 && !bad) return inCatalogue ? 'unchanged' : null;
  const source = readSource(cells.source, line, log);
  if (inCatalogue && materials !== undefined && !materials.has(materialId)) {
    log.warn(line, 'material_id', 'crm.material_not_in_dataset', `${materialId} is not assessed in this dataset`, { material: materialId });
  }
  if (!inCatalogue || bad || source === null || illustrative === null) return null;
  return { line, materialId, values, source, illustrative };
}

/** Parses a material parameters file; `materials` are the dataset's materials (others: a warning). */
export function parseParametersCsv(text: string, file: string, materials?: ReadonlySet<string>): ParseResult<ParameterFile<ParameterRow>> {
  const log = new IssueLog(file);
  const rows: ParameterRow[] = [];
  const unchanged: number[] = [];
  const seen = new Map<string, number>();
  for (const row of readTable(text, PARAMETERS_HEADER, log, detectDelimiter(text)) ?? []) {
    if (checkDuplicate(seen, row.cells.material_id.trim(), row.line, 'material_id', log)) continue;
    const read = readParameterRow(row, materials, log);
    if (read === 'unchanged') unchanged.push(row.line);
    else if (read !== null) rows.push(read);
  }
  return log.result({ rows, unchanged });
}

/** One line of a template: the cells by header name (blank where unknown). */
export type TemplateLine<H extends readonly string[]> = Readonly<Record<H[number], string | number | null>>;

/** A CSV file (comma-separated, header first) with the given lines, ready to fill in and import back. */
export function templateCsv<const H extends readonly string[]>(header: H, lines: readonly TemplateLine<H>[]): string {
  const records = lines.map((l) => header.map((h: H[number]) => l[h] ?? ''));
  return stringify([header as unknown as string[], ...records]);
}
