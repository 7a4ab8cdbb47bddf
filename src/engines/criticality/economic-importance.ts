/**
 * Economic importance (EU 2017 methodology):
 *   EI = Σ_s A_s · Q_s · 10 / Q_max · SI_EI
 * with A_s the share of the material's end use in NACE sector s, Q_s the sector's value added and
 * Q_max the value added of the largest manufacturing sector (so that sector counts 10). Rows are
 * summed as published (each with its own Q); rows without a sector or with a share ">0%" are left
 * out and named in the formula. When SI_EI is missing, the implied SI_EI = EI_published / EI_scaled
 * is reported next to the published EI.
 */
import type { CriticalityDataset, EndUse, MaterialData } from './dataset.js';
import { publishedScore } from './dataset.js';
import { collectMissing, fromFigure, illustrativeOf, num, parameterFigure, type Figure, type MissingItem } from './figure.js';

/** EI figures of one material. */
export interface EconomicImportanceResult {
  readonly materialId: string;
  /** Σ A_s·Q_s in million EUR. */
  readonly sum: Figure;
  /** Σ A_s·Q_s · 10 / Q_max. */
  readonly scaled: Figure;
  /** Scaled sum · SI_EI. */
  readonly ei: Figure;
  /** Published EI of the dataset's assessment year, or null. */
  readonly published: number | null;
  /** EI_published / EI_scaled, or null when either is unknown. */
  readonly impliedSiEi: Figure | null;
}

/** Σ A·Q over rows with a numeric share and a value added. */
export function weightedValueAdded(rows: readonly Pick<EndUse, 'share' | 'valueAddedMeur'>[]): number {
  return rows.reduce((sum, r) => sum + (r.share !== null && r.valueAddedMeur !== null ? r.share * r.valueAddedMeur : 0), 0);
}

/** Σ A·Q scaled so that the reference (largest manufacturing) sector counts 10. */
export function scaleToReference(sumMeur: number, referenceValueAddedMeur: number): number {
  return (sumMeur * 10) / referenceValueAddedMeur;
}

function sumFigure(m: MaterialData): Figure {
  const usable = m.endUses.filter((r) => r.share !== null && r.valueAddedMeur !== null);
  const left = m.endUses.filter((r) => !usable.includes(r));
  if (usable.length === 0) {
    const reason = m.endUses.length === 0 ? 'no end-use rows for this material' : 'no end-use row has a share and a sector';
    const item: MissingItem = { kind: 'endUse', materialId: m.materialId, reason };
    return { symbol: 'ΣA·Q', value: null, formula: `ΣA·Q = ? (${reason})`, inputs: [], missing: [item] };
  }
  const value = weightedValueAdded(usable);
  const terms = usable.map((r) => `${num(r.share)}·${num(r.valueAddedMeur)}`).join(' + ');
  const leftNote = left.length === 0 ? '' : ` (left out: ${left.map((r) => `${r.application} ${r.shareRaw}`).join(', ')})`;
  const inputs = usable.map((r) => ({
    symbol: `A·Q ${r.sectorCode ?? ''}`,
    value: (r.share ?? 0) * (r.valueAddedMeur ?? 0),
    note: `${r.application}: A = ${r.shareRaw}, Q = ${num(r.valueAddedMeur)} M€ (line ${r.source.line})`,
  }));
  return { symbol: 'ΣA·Q', value, formula: `ΣA·Q = ${terms} = ${num(value)} M€${leftNote}`, inputs, missing: [] };
}

function scaledFigure(sum: Figure, dataset: CriticalityDataset, materialId: string): Figure {
  const ref = dataset.scalingSector;
  if (ref === null) {
    const item: MissingItem = { kind: 'scalingSector', materialId, reason: 'no manufacturing sector value added in the dataset' };
    return { symbol: 'EI_scaled', value: null, formula: 'EI_scaled = ? (no reference sector)', inputs: [fromFigure(sum)], missing: [...sum.missing, item] };
  }
  const value = sum.value === null ? null : scaleToReference(sum.value, ref.valueAddedMeur);
  return {
    symbol: 'EI_scaled',
    value,
    formula: `EI_scaled = ΣA·Q·10 / Q_max = ${num(sum.value)}·10 / ${num(ref.valueAddedMeur)} (${ref.code}) = ${num(value)}`,
    inputs: [fromFigure(sum), { symbol: 'Q_max', value: ref.valueAddedMeur, note: `${ref.code} ${ref.name}` }],
    missing: sum.missing,
  };
}

function impliedFigure(scaled: Figure, published: number | null): Figure | null {
  if (published === null || scaled.value === null || scaled.value === 0) return null;
  const value = published / scaled.value;
  return {
    symbol: 'SI_EI (implied)',
    value,
    formula: `SI_EI (implied) = EI_published / EI_scaled = ${num(published)} / ${num(scaled.value)} = ${num(value)}`,
    inputs: [{ symbol: 'EI_published', value: published }, fromFigure(scaled)],
    missing: [],
  };
}

/** Economic importance of one material of the dataset. */
export function economicImportance(dataset: CriticalityDataset, materialId: string): EconomicImportanceResult {
  const published = publishedScore(dataset, materialId, dataset.meta.assessmentYear)?.ei ?? null;
  const m = dataset.materials[materialId];
  if (m === undefined) {
    const item: MissingItem = { kind: 'material', materialId, reason: 'material not in the dataset' };
    const none: Figure = { symbol: 'EI', value: null, formula: 'EI = ? (material not in the dataset)', inputs: [], missing: [item] };
    return { materialId, sum: none, scaled: none, ei: none, published, impliedSiEi: null };
  }
  const sum = sumFigure(m);
  const scaled = scaledFigure(sum, dataset, materialId);
  const si = parameterFigure(m.siEi, 'SI_EI', 'siEi', materialId);
  const missingItems = collectMissing(scaled, si);
  const value = missingItems.length === 0 ? (scaled.value ?? 0) * (si.value ?? 0) : null;
  const ei: Figure = {
    symbol: 'EI',
    value,
    formula: `EI = EI_scaled·SI_EI = ${num(scaled.value)}·${num(si.value)} = ${num(value)}`,
    inputs: [fromFigure(scaled), fromFigure(si)],
    missing: missingItems,
    ...illustrativeOf(si),
  };
  return { materialId, sum, scaled, ei, published, impliedSiEi: impliedFigure(scaled, published) };
}

/** One row of the implied-SI_EI report. */
export interface ImpliedSiEiRow {
  readonly materialId: string;
  /** `compared`: both scaled EI and published EI known; otherwise which side is missing. */
  readonly status: 'compared' | 'no-end-use' | 'no-published-ei';
  readonly scaled: number | null;
  readonly published: number | null;
  readonly impliedSiEi: number | null;
}

/**
 * For every material with end-use rows or a published EI in the dataset's year: the EI recomputed
 * from end-use shares and value added (before SI_EI), the published EI and the SI_EI they imply.
 */
export function impliedSiEiReport(dataset: CriticalityDataset): ImpliedSiEiRow[] {
  const rows: ImpliedSiEiRow[] = [];
  for (const materialId of Object.keys(dataset.materials)) {
    const r = economicImportance(dataset, materialId);
    if (r.published === null && r.scaled.value === null) continue;
    const status = r.scaled.value === null ? 'no-end-use' : r.published === null ? 'no-published-ei' : 'compared';
    rows.push({ materialId, status, scaled: r.scaled.value, published: r.published, impliedSiEi: r.impliedSiEi?.value ?? null });
  }
  return rows;
}
