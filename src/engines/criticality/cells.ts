/**
 * Cells shared by the study tables. The material name goes through the catalogue's explicit name
 * mapping of that table. The pair of share columns is `share_raw` as published (`53.0%`, `<0.1%`,
 * `>0%`) and `share_fraction` added by the re-encoding (0..1, blank when the published value is not
 * a number); the two must agree: disagreements are errors, odd but readable forms are warnings.
 */
import { materialIdByName, type NamedSource } from '../../shared/materials/catalogue.js';
import { parseDecimal } from './csv.js';
import type { IssueLog } from './issues.js';

/** The catalogue id of a material name as spelled in `source`; null (with an error logged) when unmapped. */
export function readMaterialId(source: NamedSource, name: string, line: number, column: string, log: IssueLog): string | null {
  const id = materialIdByName(source, name);
  if (id === undefined) {
    log.error(line, column, 'crm.unknown_material', `material "${name}" is not mapped in the catalogue`, { material: name });
    return null;
  }
  return id;
}

/** A share read from one row: a fraction 0..1, or null when only a bound was published. */
export interface ShareCell {
  readonly share: number | null;
}

const PERCENT = /^(\d+(?:\.\d+)?)%$/;
const BARE = /^(\d+(?:\.\d+)?)$/;
const BOUND = /^([<>])(\d+(?:\.\d+)?)%$/;

function checkFraction(raw: number, fractionText: string, line: number, log: IssueLog): ShareCell | null {
  const fraction = parseDecimal(fractionText);
  if (fraction === null || Math.abs(fraction - raw / 100) > 1e-9) {
    log.error(line, 'share_fraction', 'crm.share_mismatch', `share_fraction "${fractionText}" does not match the published ${raw}%`, {
      fraction: fractionText,
      raw,
    });
    return null;
  }
  if (fraction < 0 || fraction > 1) {
    log.error(line, 'share_fraction', 'crm.share_range', `share ${fraction} is outside 0..1`, { share: fraction });
    return null;
  }
  return { share: fraction };
}

function readBound(sign: string, rawText: string, fractionText: string, line: number, log: IssueLog): ShareCell | null {
  if (fractionText.trim() !== '') {
    log.error(line, 'share_fraction', 'crm.share_mismatch', `share_fraction must be blank for the bound "${rawText}"`, {
      fraction: fractionText,
      raw: rawText,
    });
    return null;
  }
  if (sign === '>') {
    log.warn(line, 'share_raw', 'crm.share_unquantified', `share published as "${rawText}": left out of sums`, { raw: rawText });
  }
  return { share: null };
}

/** Reads and cross-checks the two share cells of one row; null (with an error logged) when unusable. */
export function readShareCells(rawText: string, fractionText: string, line: number, log: IssueLog): ShareCell | null {
  const raw = rawText.trim();
  const percent = PERCENT.exec(raw);
  if (percent?.[1] !== undefined) return checkFraction(Number(percent[1]), fractionText, line, log);
  const bound = BOUND.exec(raw);
  if (bound?.[1] !== undefined) return readBound(bound[1], raw, fractionText, line, log);
  const bare = BARE.exec(raw);
  if (bare?.[1] !== undefined) {
    log.warn(line, 'share_raw', 'crm.share_without_percent', `share "${raw}" has no % sign; read as ${raw}% and checked against share_fraction`, {
      raw,
    });
    return checkFraction(Number(bare[1]), fractionText, line, log);
  }
  log.error(line, 'share_raw', 'crm.share_format', `unreadable share "${rawText}"`, { raw: rawText });
  return null;
}
