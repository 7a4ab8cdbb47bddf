/**
 * Before/after view of a scenario: SR (per stage and overall), the concentrations behind it and EI
 * for every material a change touches, recomputed on the base and on the changed dataset.
 */
import { assessMaterial, type MaterialAssessment } from './assess.js';
import type { CriticalityDataset, Stage } from './dataset.js';
import type { Figure, MissingItem } from './figure.js';
import { applyScenario, type ScenarioChange, type ScenarioIssue } from './scenario.js';
import { materialsSuppliedBy, materialValues, type MaterialValues } from './values.js';

/** The figures of one stage in a snapshot. */
export interface StageSnapshot {
  readonly stage: Stage;
  readonly sr: Figure;
  readonly hhiGs: Figure;
  readonly hhiEu: Figure;
  readonly concentrationGs: Figure;
  readonly concentrationEu: Figure;
}

/** SR/EI figures of one material on one dataset. */
export interface MaterialSnapshot {
  readonly sr: Figure;
  readonly ei: Figure;
  readonly stages: readonly StageSnapshot[];
  readonly critical: boolean | null;
  readonly missing: readonly MissingItem[];
}

/** One material before and after. */
export interface ScenarioComparison {
  readonly materialId: string;
  readonly before: MaterialSnapshot;
  readonly after: MaterialSnapshot;
  /** Published SR and EI of the assessment year, to show where a computed value is missing. */
  readonly published: { readonly sr: number | null; readonly ei: number | null };
}

function snapshot(a: MaterialAssessment): MaterialSnapshot {
  return {
    sr: a.supplyRisk.sr,
    ei: a.economicImportance.ei,
    stages: a.supplyRisk.stages.map((s) => ({
      stage: s.stage,
      sr: s.sr,
      hhiGs: s.hhiGs,
      hhiEu: s.hhiEu,
      concentrationGs: s.concentrationGs,
      concentrationEu: s.concentrationEu,
    })),
    critical: a.computed?.critical ?? null,
    missing: a.missing,
  };
}

/**
 * Assessments of base datasets, kept between what-ifs on the same base (datasets are immutable, and
 * the entry goes when the dataset is no longer referenced).
 */
const baseAssessments = new WeakMap<CriticalityDataset, Map<string, MaterialAssessment>>();

function baseAssessment(base: CriticalityDataset, materialId: string): MaterialAssessment {
  let cache = baseAssessments.get(base);
  if (cache === undefined) {
    cache = new Map();
    baseAssessments.set(base, cache);
  }
  let a = cache.get(materialId);
  if (a === undefined) {
    a = assessMaterial(base, materialId);
    cache.set(materialId, a);
  }
  return a;
}

/** Compares the given materials on the base and the changed dataset. */
export function compareDatasets(base: CriticalityDataset, changed: CriticalityDataset, materialIds: readonly string[]): ScenarioComparison[] {
  return materialIds.map((materialId) => {
    const before = baseAssessment(base, materialId);
    const after = assessMaterial(changed, materialId);
    const { sr, ei } = before.published;
    return { materialId, before: snapshot(before), after: snapshot(after), published: { sr, ei } };
  });
}

/** Materials a list of changes can affect (a governance change affects every material the country supplies). */
export function touchedMaterials(dataset: CriticalityDataset, changes: readonly ScenarioChange[]): string[] {
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.kind !== 'governance') ids.add(c.materialId);
    else for (const id of materialsSuppliedBy(dataset, c.country)) ids.add(id);
  }
  return [...ids].sort();
}

/** Applies a scenario and compares every touched material; no comparison when a change is invalid. */
export function runScenario(
  dataset: CriticalityDataset,
  changes: readonly ScenarioChange[],
): { readonly comparisons: readonly ScenarioComparison[]; readonly errors: readonly ScenarioIssue[] } {
  const result = applyScenario(dataset, changes);
  if (result.dataset === null) return { comparisons: [], errors: result.errors };
  return { comparisons: compareDatasets(dataset, result.dataset, touchedMaterials(dataset, changes)), errors: [] };
}

/** One material before and after, as numbers. */
export interface ValuesComparison {
  readonly materialId: string;
  readonly before: MaterialValues;
  readonly after: MaterialValues;
}

/** Outcome of a what-if on the fast path; `changed` is the scenario's dataset (null when a change is invalid). */
export interface ScenarioValues {
  readonly comparisons: readonly ValuesComparison[];
  readonly errors: readonly ScenarioIssue[];
  readonly changed: CriticalityDataset | null;
}

/**
 * Applies a scenario and compares SR/EI of every touched material as numbers (the base values are
 * memoised per dataset, the per-stage partial sums per share rows). The figures of one material can
 * then be built on `changed` with `assessMaterial`.
 */
export function runScenarioValues(dataset: CriticalityDataset, changes: readonly ScenarioChange[]): ScenarioValues {
  const result = applyScenario(dataset, changes);
  const changed = result.dataset;
  if (changed === null) return { comparisons: [], errors: result.errors, changed: null };
  const comparisons = touchedMaterials(dataset, changes).map((materialId) => ({
    materialId,
    before: materialValues(dataset, materialId),
    after: materialValues(changed, materialId),
  }));
  return { comparisons, errors: [], changed };
}
