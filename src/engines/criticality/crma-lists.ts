/**
 * Parser of `crma_2024_1252_material_lists.csv` (Annex I strategic / Annex II critical lists of
 * Regulation (EU) 2024/1252) and a check that the catalogue carries the same flags: the list is the
 * hand-compiled legal source, the catalogue the product's copy.
 */
import { getMaterial } from '../../shared/materials/catalogue.js';
import type { StrategicStatus } from '../../shared/materials/types.js';
import { readMaterialId } from './cells.js';
import { readTable } from './csv.js';
import { IssueLog, type ParseResult } from './issues.js';

/** Header of the CRMA lists file. */
export const CRMA_LIST_HEADER = [
  'material_name_en',
  'annex_I_strategic',
  'annex_II_critical',
  'annex_II_point',
  'annex_II_name_de_official',
  'note',
] as const;

/** One Annex II item with its Annex I status. */
export interface CrmaListItem {
  readonly nameEn: string;
  readonly materialId: string;
  readonly strategic: StrategicStatus;
  readonly critical: boolean;
  readonly point: string;
  readonly nameDe: string;
  readonly note: string;
  readonly line: number;
}

/** Parses the CRMA lists; names are mapped through the catalogue's `crma` names. */
export function parseCrmaMaterialList(text: string, file = 'crma_2024_1252_material_lists.csv'): ParseResult<CrmaListItem[]> {
  const log = new IssueLog(file);
  const out: CrmaListItem[] = [];
  for (const { cells, line } of readTable(text, CRMA_LIST_HEADER, log) ?? []) {
    const materialId = readMaterialId('crma', cells.material_name_en, line, 'material_name_en', log);
    const strategic = cells.annex_I_strategic;
    const critical = cells.annex_II_critical;
    if (strategic !== 'yes' && strategic !== 'no' && strategic !== 'partly') {
      log.error(line, 'annex_I_strategic', 'crm.flag', `"${strategic}" is not yes, no or partly`, { value: strategic });
    }
    if (critical !== 'yes' && critical !== 'no') log.error(line, 'annex_II_critical', 'crm.flag', `"${critical}" is not yes or no`, { value: critical });
    if (!/^[a-z]{1,2}$/.test(cells.annex_II_point)) log.error(line, 'annex_II_point', 'crm.point', `"${cells.annex_II_point}" is not a point letter`, { value: cells.annex_II_point });
    if (materialId === null || (strategic !== 'yes' && strategic !== 'no' && strategic !== 'partly')) continue;
    out.push({
      nameEn: cells.material_name_en,
      materialId,
      strategic,
      critical: critical === 'yes',
      point: cells.annex_II_point,
      nameDe: cells.annex_II_name_de_official,
      note: cells.note,
      line,
    });
  }
  return log.result(out);
}

/** Differences between the parsed list and the catalogue flags (empty when they agree). */
export function catalogueMismatches(items: readonly CrmaListItem[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const m = getMaterial(item.materialId);
    if (m === undefined) {
      out.push(`${item.materialId}: not in the catalogue`);
      continue;
    }
    if (m.strategic !== item.strategic) out.push(`${m.id}: strategic ${m.strategic} in the catalogue, ${item.strategic} in the list`);
    if (m.critical !== item.critical) out.push(`${m.id}: critical ${String(m.critical)} in the catalogue, ${String(item.critical)} in the list`);
    if (m.annexIIPoint !== item.point) out.push(`${m.id}: point ${m.annexIIPoint ?? '-'} in the catalogue, ${item.point} in the list`);
  }
  return out;
}
