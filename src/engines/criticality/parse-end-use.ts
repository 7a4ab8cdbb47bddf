/**
 * Parser of the 2023 Appendix 6 end-use table: application shares A_s per material with the NACE
 * Rev. 2 sector and its value added Q_s. Rows are kept as published; quirks (rows without a sector,
 * a sector code whose value added differs from the rest of the table, repeated rows, shares that do
 * not sum to 1) are reported as warnings.
 */
import { parseDecimal, readTable, type CsvRow } from './csv.js';
import type { EndUse, NaceSector } from './dataset.js';
import { IssueLog, type ParseResult } from './issues.js';
import { readMaterialId, readShareCells } from './cells.js';

/** Header of the end-use table. */
export const END_USE_HEADER = [
  'material',
  'application',
  'share_raw',
  'share_fraction',
  'nace_sector',
  'nace_value_added_meur',
] as const;

/** Warn when a material's end-use shares sum further than this from 1. */
export const END_USE_SUM_TOLERANCE = 0.015;

/** End uses by material id, and the sector table derived from the rows. */
export interface EndUseTable {
  readonly endUses: Map<string, EndUse[]>;
  readonly sectors: Record<string, NaceSector>;
}

type EndUseRow = CsvRow<(typeof END_USE_HEADER)[number]>;

const SECTOR = /^([A-U]\d{2}) - (.+)$/;

function readSector(row: EndUseRow, log: IssueLog): Pick<EndUse, 'sectorCode' | 'sectorName' | 'valueAddedMeur'> | null {
  const { nace_sector: sectorText, nace_value_added_meur: vaText, application } = row.cells;
  if (sectorText === '' && vaText === '') {
    log.warn(row.line, 'nace_sector', 'crm.end_use_without_sector', `"${application}" has no NACE sector: left out of EI`, {
      application,
    });
    return { sectorCode: null, sectorName: null, valueAddedMeur: null };
  }
  const sector = SECTOR.exec(sectorText);
  const va = parseDecimal(vaText);
  if (sector?.[1] === undefined || sector[2] === undefined) {
    log.error(row.line, 'nace_sector', 'crm.nace_sector', `unreadable NACE sector "${sectorText}"`, { sector: sectorText });
  }
  if (va === null || va <= 0) {
    log.error(row.line, 'nace_value_added_meur', 'crm.value_added', `value added "${vaText}" is not a positive number`, {
      valueAdded: vaText,
    });
  }
  if (sector?.[1] === undefined || sector[2] === undefined || va === null || va <= 0) return null;
  return { sectorCode: sector[1], sectorName: sector[2], valueAddedMeur: va };
}

function readRow(row: EndUseRow, log: IssueLog): { materialId: string; endUse: EndUse } | null {
  const materialId = readMaterialId('materialUse', row.cells.material, row.line, 'material', log);
  const cell = readShareCells(row.cells.share_raw, row.cells.share_fraction, row.line, log);
  const sector = readSector(row, log);
  if (materialId === null || cell === null || sector === null) return null;
  const endUse: EndUse = {
    application: row.cells.application,
    share: cell.share,
    shareRaw: row.cells.share_raw,
    ...sector,
    source: { file: log.file, line: row.line },
  };
  return { materialId, endUse };
}

/** The value added each sector code carries most often (first seen wins a tie), with its name. */
function sectorTable(endUses: Map<string, EndUse[]>): Record<string, NaceSector> {
  const counts = new Map<string, Map<number, { n: number; name: string }>>();
  for (const rows of endUses.values()) {
    for (const r of rows) {
      if (r.sectorCode === null || r.valueAddedMeur === null) continue;
      const byValue = counts.get(r.sectorCode) ?? new Map<number, { n: number; name: string }>();
      const c = byValue.get(r.valueAddedMeur) ?? { n: 0, name: r.sectorName ?? '' };
      byValue.set(r.valueAddedMeur, { n: c.n + 1, name: c.name });
      counts.set(r.sectorCode, byValue);
    }
  }
  const sectors: Record<string, NaceSector> = {};
  for (const [code, byValue] of counts) {
    let best: NaceSector | null = null;
    let bestN = 0;
    for (const [value, { n, name }] of byValue) {
      if (n > bestN) [best, bestN] = [{ code, name, valueAddedMeur: value }, n];
    }
    if (best !== null) sectors[code] = best;
  }
  return sectors;
}

function checkTable(endUses: Map<string, EndUse[]>, sectors: Record<string, NaceSector>, log: IssueLog): void {
  for (const [materialId, rows] of endUses) {
    const seen = new Map<string, number>();
    for (const r of rows) {
      const usual = r.sectorCode === null ? undefined : sectors[r.sectorCode];
      if (usual !== undefined && usual.valueAddedMeur !== r.valueAddedMeur) {
        log.warn(r.source.line, 'nace_value_added_meur', 'crm.sector_value_added', `${r.sectorCode} carries ${r.valueAddedMeur} here but ${usual.valueAddedMeur} elsewhere; kept as published`, {
          sector: usual.code,
          valueAdded: r.valueAddedMeur ?? 0,
          usual: usual.valueAddedMeur,
        });
      }
      const key = `${r.application}|${r.shareRaw}|${r.sectorCode ?? ''}|${r.valueAddedMeur ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) {
        log.warn(r.source.line, null, 'crm.repeated_row', `identical to line ${first}; kept as published (counted twice)`, { firstLine: first });
      } else seen.set(key, r.source.line);
    }
    const sum = rows.reduce((s, r) => s + (r.share ?? 0), 0);
    if (Math.abs(sum - 1) > END_USE_SUM_TOLERANCE) {
      const rounded = Math.round(sum * 10000) / 10000;
      log.warn(rows[0]?.source.line ?? null, 'share_fraction', 'crm.end_use_sum', `${materialId}: end-use shares sum to ${rounded}`, {
        material: materialId,
        sum: rounded,
      });
    }
  }
}

/** Parses the end-use table; the value is null when any error was found. */
export function parseEndUseTable(text: string, file: string): ParseResult<EndUseTable> {
  const log = new IssueLog(file);
  const rows = readTable(text, END_USE_HEADER, log);
  const endUses = new Map<string, EndUse[]>();
  for (const row of rows ?? []) {
    const read = readRow(row, log);
    if (read === null) continue;
    const list = endUses.get(read.materialId) ?? [];
    list.push(read.endUse);
    endUses.set(read.materialId, list);
  }
  const sectors = sectorTable(endUses);
  checkTable(endUses, sectors, log);
  return log.result({ endUses, sectors });
}
