/**
 * Test and benchmark helpers (not part of the engine's API, and the only file here that reads files):
 * loads the shipped reference tables from `reference/crm/` at the repository root, and builds
 * small hand-made datasets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EU2023_META, parseEu2023Dataset } from './parse-dataset.js';
import { applyScenario, type ScenarioChange } from './scenario.js';
import { known, missing, type CountryShare, type CriticalityDataset, type MaterialData, type NaceSector } from './dataset.js';

/** Absolute path of `reference/crm/`. */
export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../reference/crm');

/** Text of one reference file. */
export function readReferenceFile(name: string): string {
  return readFileSync(path.join(REFERENCE_DIR, name), 'utf8');
}

/** Every CSV of the reference folder, by file name. */
export function readReferenceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(REFERENCE_DIR).filter((f) => f.endsWith('.csv')).sort()) {
    files[name] = readReferenceFile(name);
  }
  return files;
}

/** The shipped dataset; throws when the shipped files do not import. */
export function loadShippedDataset(): CriticalityDataset {
  const result = parseEu2023Dataset(readReferenceFiles());
  if (result.dataset === null) {
    throw new Error(`shipped tables do not import: ${result.errors.map((e) => `${e.file}:${e.line ?? '-'} ${e.message}`).join('; ')}`);
  }
  return result.dataset;
}

/** Shares from `[country, share, t]` triples (share null = "<0.1%"). */
export function shares(...rows: readonly (readonly [string, number | null, number])[]): CountryShare[] {
  return rows.map(([country, share, t]) => ({ country, share, shareRaw: share === null ? '<0.1%' : `${share * 100}%`, t, source: null }));
}

/** A material with the given parts; parameters default to missing. */
export function makeMaterial(materialId: string, parts: Partial<Omit<MaterialData, 'materialId'>> = {}): MaterialData {
  return {
    materialId,
    supply: parts.supply ?? { globalSupply: {}, euSourcing: {} },
    endUses: parts.endUses ?? [],
    importReliance: parts.importReliance ?? missing('test: not given'),
    eolRir: parts.eolRir ?? missing('test: not given'),
    siSr: parts.siSr ?? missing('test: not given'),
    siEi: parts.siEi ?? missing('test: not given'),
  };
}

/** A dataset from materials, governance scores by ISO code and an optional scaling sector. */
export function makeDataset(
  materials: readonly MaterialData[],
  governance: Readonly<Record<string, number>> = {},
  scalingSector: NaceSector | null = null,
): CriticalityDataset {
  return {
    meta: { ...EU2023_META, id: 'test' },
    materials: Object.fromEntries(materials.map((m) => [m.materialId, m])),
    governance: Object.fromEntries(Object.entries(governance).map(([c, v]) => [c, known(v, 'test')])),
    sectors: scalingSector === null ? {} : { [scalingSector.code]: scalingSector },
    scalingSector,
    published: {},
  };
}

/**
 * The dataset with deterministic synthetic values (not real data) for every governance score and
 * material parameter, set through a scenario, so that every formula can be evaluated in full.
 */
export function completeWithSyntheticInputs(dataset: CriticalityDataset): CriticalityDataset {
  const changes: ScenarioChange[] = [];
  Object.keys(dataset.governance).forEach((country, i) => changes.push({ kind: 'governance', country, wgiScaled: (i * 37) % 10 }));
  Object.keys(dataset.materials).forEach((materialId, i) => {
    changes.push({ kind: 'parameter', materialId, parameter: 'importReliance', value: ((i * 13) % 100) / 100 });
    changes.push({ kind: 'parameter', materialId, parameter: 'eolRir', value: ((i * 7) % 50) / 100 });
    changes.push({ kind: 'parameter', materialId, parameter: 'siSr', value: 0.8 + ((i * 3) % 20) / 100 });
    changes.push({ kind: 'parameter', materialId, parameter: 'siEi', value: 0.8 + ((i * 5) % 20) / 100 });
  });
  const result = applyScenario(dataset, changes);
  if (result.dataset === null) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.dataset;
}
