/**
 * Classification by the EU thresholds: a material is critical when SR >= 1.0 and EI >= 2.8, both
 * rounded to one decimal as published (DOMAIN.md section 7). Thresholds are configurable.
 */
import type { CriticalityDataset } from './dataset.js';
import { num, roundOneDecimal } from './figure.js';

/** Criticality thresholds. */
export interface Thresholds {
  readonly sr: number;
  readonly ei: number;
}

/** The thresholds of the EU method. */
export const EU_THRESHOLDS: Thresholds = { sr: 1.0, ei: 2.8 };

/** Outcome of applying the thresholds to one SR/EI pair. */
export interface Classification {
  readonly critical: boolean;
  readonly srRounded: number;
  readonly eiRounded: number;
  readonly formula: string;
}

/** Applies the thresholds to SR and EI after rounding both to one decimal. */
export function classify(sr: number, ei: number, thresholds: Thresholds = EU_THRESHOLDS): Classification {
  const srRounded = roundOneDecimal(sr);
  const eiRounded = roundOneDecimal(ei);
  const critical = srRounded >= thresholds.sr && eiRounded >= thresholds.ei;
  const formula =
    `critical = (round(SR) ≥ ${num(thresholds.sr)}) ∧ (round(EI) ≥ ${num(thresholds.ei)}) = ` +
    `(${num(srRounded)} ≥ ${num(thresholds.sr)}) ∧ (${num(eiRounded)} ≥ ${num(thresholds.ei)}) = ${critical ? 'yes' : 'no'}`;
  return { critical, srRounded, eiRounded, formula };
}

/** A published SR/EI pair and its classification. */
export interface PublishedClassification {
  readonly materialId: string;
  readonly sr: number;
  readonly ei: number;
  readonly classification: Classification;
}

/** Classifies every material with both SR and EI published in `year` (default: the dataset's year). */
export function classifyPublished(
  dataset: CriticalityDataset,
  year: number = dataset.meta.assessmentYear,
  thresholds: Thresholds = EU_THRESHOLDS,
): PublishedClassification[] {
  const out: PublishedClassification[] = [];
  for (const [materialId, scores] of Object.entries(dataset.published)) {
    const score = scores.find((s) => s.year === year);
    if (score?.sr == null || score.ei == null) continue;
    out.push({ materialId, sr: score.sr, ei: score.ei, classification: classify(score.sr, score.ei, thresholds) });
  }
  return out;
}
