/**
 * Full assessment of materials: SR and EI recomputed from the dataset (figures with formulas and
 * missing inputs), the classification when both are computable, and the published values and their
 * classification to show beside (or instead of) the computed ones.
 */
import { classify, EU_THRESHOLDS, type Classification, type Thresholds } from './classify.js';
import type { CriticalityDataset } from './dataset.js';
import { publishedScore } from './dataset.js';
import { economicImportance, type EconomicImportanceResult } from './economic-importance.js';
import type { MissingItem } from './figure.js';
import { collectMissing } from './figure.js';
import { supplyRisk, type SupplyRiskResult } from './supply-risk.js';

/** Computed and published criticality of one material. */
export interface MaterialAssessment {
  readonly materialId: string;
  readonly supplyRisk: SupplyRiskResult;
  readonly economicImportance: EconomicImportanceResult;
  /** Classification of the computed SR and EI, or null when either is missing. */
  readonly computed: Classification | null;
  /** Every input missing for SR or EI. */
  readonly missing: readonly MissingItem[];
  /** Published values of the dataset's assessment year and their classification. */
  readonly published: { readonly sr: number | null; readonly ei: number | null; readonly classification: Classification | null };
}

/** Assesses one material. */
export function assessMaterial(
  dataset: CriticalityDataset,
  materialId: string,
  thresholds: Thresholds = EU_THRESHOLDS,
): MaterialAssessment {
  const sr = supplyRisk(dataset, materialId);
  const ei = economicImportance(dataset, materialId);
  const computed = sr.sr.value !== null && ei.ei.value !== null ? classify(sr.sr.value, ei.ei.value, thresholds) : null;
  const score = publishedScore(dataset, materialId, dataset.meta.assessmentYear);
  const pubSr = score?.sr ?? null;
  const pubEi = score?.ei ?? null;
  return {
    materialId,
    supplyRisk: sr,
    economicImportance: ei,
    computed,
    missing: collectMissing(sr.sr, ei.ei),
    published: {
      sr: pubSr,
      ei: pubEi,
      classification: pubSr !== null && pubEi !== null ? classify(pubSr, pubEi, thresholds) : null,
    },
  };
}

/** Assesses every material of the dataset (in id order). */
export function assessAll(dataset: CriticalityDataset, thresholds: Thresholds = EU_THRESHOLDS): MaterialAssessment[] {
  return Object.keys(dataset.materials).map((id) => assessMaterial(dataset, id, thresholds));
}
