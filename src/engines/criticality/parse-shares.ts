/**
 * Parser of the 2023 Appendix 7 share tables (global supply and EU sourcing): material, stage,
 * country, share and trade factor t per row. Material names go through the catalogue's explicit
 * per-table name mapping and countries through `countries.ts`; nothing is guessed.
 */
import { isEuMember, lookupCountry } from './countries.js';
import { parseDecimal, readTable, type CsvRow } from './csv.js';
import type { CountryShare, Stage, SupplyList } from './dataset.js';
import { IssueLog, type ParseResult } from './issues.js';
import { readMaterialId, readShareCells } from './cells.js';

/** Header of both share tables. */
export const SHARE_HEADER = ['material', 'stage', 'country', 'share_raw', 'share_fraction', 'trade_t'] as const;

/**
 * Accepted range of the sum of the listed shares of one material and stage: outside [min, max] is a
 * warning, above `errorAbove` an error. Global supply lists every producer (only "<0.1%" entries
 * have no number), EU sourcing only shares >= 1 %, hence its lower `min`.
 */
export interface SumTolerance {
  readonly min: number;
  readonly max: number;
  readonly errorAbove: number;
}

/** Default sum tolerances per list. */
export const DEFAULT_SUM_TOLERANCE: Readonly<Record<SupplyList, SumTolerance>> = {
  globalSupply: { min: 0.98, max: 1.01, errorAbove: 1.1 },
  euSourcing: { min: 0.9, max: 1.01, errorAbove: 1.1 },
};

/** Shares by material id and stage. */
export type SharesByMaterial = Map<string, Partial<Record<Stage, CountryShare[]>>>;

type ShareRow = CsvRow<(typeof SHARE_HEADER)[number]>;

function readStage(text: string, line: number, log: IssueLog): Stage | null {
  if (text === 'extraction' || text === 'processing') return text;
  log.error(line, 'stage', 'crm.unknown_stage', `unknown stage "${text}" (extraction or processing)`, { stage: text });
  return null;
}

function readCountry(text: string, line: number, log: IssueLog): string | null {
  const found = lookupCountry(text);
  if (found === undefined) {
    log.error(line, 'country', 'crm.unknown_country', `country "${text}" is not in the country table`, { country: text });
    return null;
  }
  if (found.usualSpelling !== null) {
    log.warn(line, 'country', 'crm.country_variant', `"${text}" read as "${found.usualSpelling}" (${found.code})`, {
      country: text,
      usual: found.usualSpelling,
      code: found.code,
    });
  }
  return found.code;
}

function readTradeFactor(text: string, country: string | null, line: number, log: IssueLog): number | null {
  const t = parseDecimal(text);
  if (t === null || t <= 0) {
    log.error(line, 'trade_t', 'crm.trade_factor', `trade factor "${text}" is not a positive number`, { t: text });
    return null;
  }
  if (country !== null && isEuMember(country) && t !== 0.8) {
    log.warn(line, 'trade_t', 'crm.eu_trade_factor', `EU member state ${country} has t = ${t} (the tables use 0.8)`, { country, t });
  }
  if (country !== null && !isEuMember(country) && t < 1) {
    log.warn(line, 'trade_t', 'crm.non_eu_trade_factor', `non-EU country ${country} has t = ${t} < 1`, { country, t });
  }
  return t;
}

function readRow(row: ShareRow, list: SupplyList, log: IssueLog): { materialId: string; stage: Stage; share: CountryShare } | null {
  const { cells, line } = row;
  const materialId = readMaterialId(list, cells.material, line, 'material', log);
  const stage = readStage(cells.stage, line, log);
  const country = readCountry(cells.country, line, log);
  const cell = readShareCells(cells.share_raw, cells.share_fraction, line, log);
  const t = readTradeFactor(cells.trade_t, country, line, log);
  if (materialId === null || stage === null || country === null || cell === null || t === null) return null;
  const share: CountryShare = { country, share: cell.share, shareRaw: cells.share_raw, t, source: { file: log.file, line } };
  return { materialId, stage, share };
}

function checkSums(shares: SharesByMaterial, tolerance: SumTolerance, log: IssueLog): void {
  for (const [materialId, stages] of shares) {
    for (const [stage, rows] of Object.entries(stages)) {
      const sum = rows.reduce((s, r) => s + (r.share ?? 0), 0);
      const params = { material: materialId, stage, sum: Math.round(sum * 10000) / 10000 };
      const text = `${materialId} ${stage}: listed shares sum to ${params.sum}`;
      const line = rows[0]?.source?.line ?? null;
      if (sum > tolerance.errorAbove) log.error(line, 'share_fraction', 'crm.share_sum_excess', `${text}, above ${tolerance.errorAbove}`, params);
      else if (sum < tolerance.min || sum > tolerance.max) {
        log.warn(line, 'share_fraction', 'crm.share_sum', `${text}, outside ${tolerance.min}..${tolerance.max}`, params);
      }
    }
  }
}

/** Parses one share table; `file` names it in issues. The value is null when any error was found. */
export function parseShareTable(
  text: string,
  file: string,
  list: SupplyList,
  tolerance: SumTolerance = DEFAULT_SUM_TOLERANCE[list],
): ParseResult<SharesByMaterial> {
  const log = new IssueLog(file);
  const rows = readTable(text, SHARE_HEADER, log);
  const shares: SharesByMaterial = new Map();
  const seen = new Map<string, number>();
  for (const row of rows ?? []) {
    const read = readRow(row, list, log);
    if (read === null) continue;
    const key = `${read.materialId}|${read.stage}|${read.share.country}`;
    const first = seen.get(key);
    if (first !== undefined) {
      log.error(row.line, 'country', 'crm.duplicate_row', `same material, stage and country as line ${first}`, { firstLine: first });
      continue;
    }
    seen.set(key, row.line);
    const stages = shares.get(read.materialId) ?? {};
    (stages[read.stage] ??= []).push(read.share);
    shares.set(read.materialId, stages);
  }
  checkSums(shares, tolerance, log);
  return log.result(shares);
}
