/**
 * Parser of `eu_battery_regulation_2023_1542_targets.csv`: recycled-content, recycling-efficiency,
 * material-recovery and collection targets of Regulation (EU) 2023/1542 and the battery passport
 * date, each with the secondary source where the number was read. Material names ("cobalt",
 * "cobalt, copper, lead, nickel (each)") are mapped to catalogue ids; battery categories are not.
 */
import { materialIdByEnglishName } from '../../shared/materials/catalogue.js';
import { parseDecimal, readTable } from './csv.js';
import { IssueLog, type ParseResult } from './issues.js';

/** Header of the targets file. */
export const BATTERY_HEADER = [
  'instrument',
  'provision',
  'material_or_category',
  'metric',
  'value',
  'applies_from_or_deadline',
  'source_url',
] as const;

/** A numeric target (share 0..1) or a requirement without a number (e.g. the passport). */
export type TargetValue = { readonly kind: 'share'; readonly share: number } | { readonly kind: 'requirement'; readonly text: string };

/** One target row. */
export interface BatteryTarget {
  readonly instrument: string;
  readonly provision: string;
  readonly materialOrCategory: string;
  /** Catalogue ids when the field names materials only; empty for battery categories. */
  readonly materialIds: readonly string[];
  readonly metric: string;
  readonly value: TargetValue;
  /** ISO date (YYYY-MM-DD) from which it applies or by which it must be met. */
  readonly date: string;
  readonly sourceUrl: string;
  readonly line: number;
}

function materialIdsOf(field: string): string[] {
  const names = field.replace(/\s*\(each\)\s*$/, '').split(',').map((n) => n.trim());
  const ids = names.map((n) => materialIdByEnglishName(n));
  return ids.every((id): id is string => id !== undefined) ? ids : [];
}

function readValue(text: string): TargetValue | null {
  const share = parseDecimal(text);
  if (share !== null) return share >= 0 && share <= 1 ? { kind: 'share', share } : null;
  return /^[a-z][a-z ]*$/.test(text) ? { kind: 'requirement', text } : null;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** Parses the Battery Regulation targets file. */
export function parseBatteryTargets(text: string, file = 'eu_battery_regulation_2023_1542_targets.csv'): ParseResult<BatteryTarget[]> {
  const log = new IssueLog(file);
  const out: BatteryTarget[] = [];
  for (const { cells, line } of readTable(text, BATTERY_HEADER, log) ?? []) {
    const value = readValue(cells.value);
    const date = cells.applies_from_or_deadline;
    if (value === null) log.error(line, 'value', 'crm.target_value', `"${cells.value}" is neither a share 0..1 nor a requirement`, { value: cells.value });
    if (!isIsoDate(date)) log.error(line, 'applies_from_or_deadline', 'crm.date', `"${date}" is not a date YYYY-MM-DD`, { date });
    if (!/^https?:\/\//.test(cells.source_url)) log.warn(line, 'source_url', 'crm.source_url', 'row has no source URL');
    if (value === null || !isIsoDate(date)) continue;
    out.push({
      instrument: cells.instrument,
      provision: cells.provision,
      materialOrCategory: cells.material_or_category,
      materialIds: materialIdsOf(cells.material_or_category),
      metric: cells.metric,
      value,
      date,
      sourceUrl: cells.source_url,
      line,
    });
  }
  return log.result(out);
}
