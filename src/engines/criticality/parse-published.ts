/**
 * Parser of the published SR/EI series (assessments 2011, 2014, 2017, 2020, 2023). A blank pair
 * means "not assessed that year"; a row with only one of the two is kept and reported.
 */
import { parseDecimal, readTable, type CsvRow } from './csv.js';
import { readMaterialId } from './cells.js';
import type { PublishedScore } from './dataset.js';
import { IssueLog, type ParseResult } from './issues.js';

/** Header of the SR/EI series. */
export const PUBLISHED_HEADER = ['material', 'assessment_year', 'supply_risk', 'economic_importance'] as const;

type PublishedRow = CsvRow<(typeof PUBLISHED_HEADER)[number]>;

function readScore(row: PublishedRow, column: 'supply_risk' | 'economic_importance', log: IssueLog): number | null | undefined {
  const text = row.cells[column];
  if (text === '') return null;
  const value = parseDecimal(text);
  if (value === null || value < 0) {
    log.error(row.line, column, 'crm.score', `"${text}" is not a non-negative number`, { value: text });
    return undefined;
  }
  return value;
}

function readRow(row: PublishedRow, log: IssueLog): { materialId: string; score: PublishedScore } | null {
  const materialId = readMaterialId('srEi', row.cells.material, row.line, 'material', log);
  const year = parseDecimal(row.cells.assessment_year);
  if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) {
    log.error(row.line, 'assessment_year', 'crm.year', `"${row.cells.assessment_year}" is not an assessment year`, {
      year: row.cells.assessment_year,
    });
  }
  const sr = readScore(row, 'supply_risk', log);
  const ei = readScore(row, 'economic_importance', log);
  if (materialId === null || year === null || sr === undefined || ei === undefined) return null;
  if ((sr === null) !== (ei === null)) {
    log.warn(row.line, sr === null ? 'supply_risk' : 'economic_importance', 'crm.half_score', 'only one of SR and EI is published');
  }
  return { materialId, score: { year, sr, ei, source: { file: log.file, line: row.line } } };
}

/** Parses the SR/EI series into scores by material id (years ascending). */
export function parsePublishedTable(text: string, file: string): ParseResult<Map<string, PublishedScore[]>> {
  const log = new IssueLog(file);
  const rows = readTable(text, PUBLISHED_HEADER, log);
  const byMaterial = new Map<string, PublishedScore[]>();
  for (const row of rows ?? []) {
    const read = readRow(row, log);
    if (read === null) continue;
    const list = byMaterial.get(read.materialId) ?? [];
    const twin = list.find((s) => s.year === read.score.year);
    if (twin !== undefined) {
      log.error(row.line, 'assessment_year', 'crm.duplicate_row', `same material and year as line ${twin.source.line}`, {
        firstLine: twin.source.line,
      });
      continue;
    }
    list.push(read.score);
    byMaterial.set(read.materialId, list);
  }
  for (const list of byMaterial.values()) list.sort((a, b) => a.year - b.year);
  return log.result(byMaterial);
}
