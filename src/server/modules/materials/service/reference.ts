/**
 * The reference tables shipped with Veta (`reference/crm/`): the EU 2023 study tables, the CRMA
 * lists and Art. 5 benchmarks and the Battery Regulation targets. Read from disk once per process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EU2023_FILES,
  parseBatteryTargets,
  parseCrmaBenchmarks,
  parseCrmaMaterialList,
  type BatteryTarget,
  type CrmaBenchmark,
  type CrmaListItem,
} from '../../../../engines/criticality/index.js';
import { AppError } from '../../../platform/http/errors.js';

/** `reference/crm/` at the repository root, from `src/...` and `dist/...` alike. */
export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../reference/crm');

/** The CSV files of a folder by file name (absolute path; the shipped folder by default). */
export function readCsvFolder(dir: string = REFERENCE_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) files[name] = readFileSync(path.join(dir, name), 'utf8');
  return files;
}

/** The four study tables of the EU 2023 dataset from a folder (files not found are left out). */
export function readEu2023Files(dir: string = REFERENCE_DIR): Record<string, string> {
  const all = readCsvFolder(dir);
  return Object.fromEntries(Object.values(EU2023_FILES).filter((f) => all[f] !== undefined).map((f) => [f, all[f] ?? '']));
}

interface Legal {
  readonly benchmarks: readonly CrmaBenchmark[];
  readonly batteryTargets: readonly BatteryTarget[];
  readonly crmaList: readonly CrmaListItem[];
}

let legal: Legal | undefined;

function must<T>(file: string, r: { value: T | null; errors: readonly { message: string }[] }): T {
  if (r.value === null) throw new AppError('materials.shipped_tables_unreadable', { file, detail: r.errors.map((e) => e.message).join('; ') });
  return r.value;
}

/** The hand-compiled legal tables (parsed once; the shipped files are checked by the tests). */
export function legalTables(): Legal {
  if (legal === undefined) {
    const read = (name: string) => readFileSync(path.join(REFERENCE_DIR, name), 'utf8');
    legal = {
      benchmarks: must('crma_article5_benchmarks.csv', parseCrmaBenchmarks(read('crma_article5_benchmarks.csv'))),
      batteryTargets: must('eu_battery_regulation_2023_1542_targets.csv', parseBatteryTargets(read('eu_battery_regulation_2023_1542_targets.csv'))),
      crmaList: must('crma_2024_1252_material_lists.csv', parseCrmaMaterialList(read('crma_2024_1252_material_lists.csv'))),
    };
  }
  return legal;
}
