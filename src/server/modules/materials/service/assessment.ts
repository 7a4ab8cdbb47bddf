/**
 * Criticality of every material of a dataset: SR and EI recomputed by the engine where the inputs
 * are there (numbers for the overview, formulas for one material), the published values beside
 * them, the check of the published table against the Act's list, and the implied SI_EI report.
 */
import {
  assessMaterial,
  classify,
  classifyPublished,
  datasetValues,
  EU_THRESHOLDS,
  impliedSiEiReport,
  materialValues,
  publishedScore,
  type CountryShare,
  type CriticalityDataset,
  type Figure,
  type MaterialValues,
  type StageShares,
} from '../../../../engines/criticality/index.js';
import { annexIIMaterials, getMaterial } from '../../../../shared/materials/catalogue.js';
import type { FigureDto, MaterialFiguresDto, MaterialValuesDto } from '../../../../shared/contracts/materials-analysis.js';
import type { Ctx } from '../../../platform/context.js';
import { authorize } from '../policy.js';
import * as repo from '../repository.js';
import { endUseFields } from './assemble.js';
import { loadDataset } from './store.js';

export function presentValues(v: MaterialValues): MaterialValuesDto {
  return { sr: v.sr, ei: v.ei, eiScaled: v.eiScaled, stages: v.stages.map((s) => ({ ...s })), critical: v.critical, illustrative: v.illustrative, missing: v.missing.map((m) => ({ ...m })) };
}

/** Published SR/EI of the dataset's assessment year and their classification, or null. */
export function publishedOf(dataset: CriticalityDataset, materialId: string) {
  const score = publishedScore(dataset, materialId, dataset.meta.assessmentYear);
  if (score === null) return null;
  const critical = score.sr !== null && score.ei !== null ? classify(score.sr, score.ei).critical : null;
  return { year: score.year, sr: score.sr, ei: score.ei, critical };
}

/** The published table's classification next to the Act's Annex II (by catalogue id). */
export function classificationCheck(dataset: CriticalityDataset) {
  const classified = classifyPublished(dataset);
  const passing = classified.filter((c) => c.classification.critical).map((c) => c.materialId).sort();
  const actCritical = annexIIMaterials().map((m) => m.id).sort();
  const passingSet = new Set(passing);
  const addedAsStrategic = actCritical.filter((id) => !passingSet.has(id) && getMaterial(id)?.strategic === 'yes');
  const covered = new Set([...passing, ...addedAsStrategic]);
  const actSet = new Set(actCritical);
  const passingNotInAct = passing.filter((id) => !actSet.has(id));
  const actNotCovered = actCritical.filter((id) => !covered.has(id));
  return {
    year: dataset.meta.assessmentYear,
    assessed: classified.length,
    passing,
    addedAsStrategic,
    actCritical,
    matchesAct: passingNotInAct.length === 0 && actNotCovered.length === 0,
    passingNotInAct,
    actNotCovered,
  };
}

export async function assessmentOverview(ctx: Ctx, datasetId?: string) {
  authorize(ctx.actor, 'read');
  const { row, dataset } = await loadDataset(ctx, datasetId);
  const rows = datasetValues(dataset).map((v) => ({ materialId: v.materialId, computed: presentValues(v), published: publishedOf(dataset, v.materialId) }));
  return { datasetId: row.id, assessmentYear: dataset.meta.assessmentYear, thresholds: { ...EU_THRESHOLDS }, rows, check: classificationCheck(dataset) };
}

export function presentFigure(f: Figure): FigureDto {
  return {
    symbol: f.symbol,
    value: f.value,
    formula: f.formula,
    inputs: f.inputs.map((i) => (i.note === undefined ? { symbol: i.symbol, value: i.value } : { symbol: i.symbol, value: i.value, note: i.note })),
    missing: f.missing.map((m) => ({ ...m })),
    illustrative: f.illustrative === true,
  };
}

/** The formulas of one material on a dataset. */
export function materialFigures(dataset: CriticalityDataset, materialId: string): MaterialFiguresDto {
  const a = assessMaterial(dataset, materialId);
  const ei = a.economicImportance;
  return {
    sr: presentFigure(a.supplyRisk.sr),
    stages: a.supplyRisk.stages.map((s) => ({
      stage: s.stage,
      sr: presentFigure(s.sr),
      hhiGs: presentFigure(s.hhiGs),
      hhiEu: presentFigure(s.hhiEu),
      concentrationGs: presentFigure(s.concentrationGs),
      concentrationEu: presentFigure(s.concentrationEu),
    })),
    ei: presentFigure(ei.ei),
    eiSum: presentFigure(ei.sum),
    eiScaled: presentFigure(ei.scaled),
    impliedSiEi: ei.impliedSiEi === null ? null : presentFigure(ei.impliedSiEi),
    classification: a.computed?.formula ?? null,
  };
}

function sharesOf(stages: StageShares) {
  const rows = (list: readonly CountryShare[] | undefined) => list?.map((r) => ({ country: r.country, share: r.share, shareRaw: r.shareRaw, t: r.t, line: r.source?.line ?? null }));
  const out: { extraction?: ReturnType<typeof rows>; processing?: ReturnType<typeof rows> } = {};
  if (stages.extraction) out.extraction = rows(stages.extraction);
  if (stages.processing) out.processing = rows(stages.processing);
  return out as { extraction?: NonNullable<ReturnType<typeof rows>>; processing?: NonNullable<ReturnType<typeof rows>> };
}

export async function storedParameters(ctx: Ctx, datasetId: string, materialId: string) {
  const rows = (await repo.listParameters(ctx.db, datasetId)).filter((p) => p.materialId === materialId);
  const one = (name: string) => {
    const p = rows.find((r) => r.parameter === name);
    return p ? { value: p.value, source: p.source, illustrative: p.illustrative, updatedAt: p.updatedAt.toISOString() } : null;
  };
  return { materialId, importReliance: one('importReliance'), eolRir: one('eolRir'), siSr: one('siSr'), siEi: one('siEi') };
}

export async function materialAssessment(ctx: Ctx, datasetId: string | undefined, materialId: string) {
  authorize(ctx.actor, 'read');
  const { row, dataset } = await loadDataset(ctx, datasetId);
  const m = dataset.materials[materialId];
  return {
    datasetId: row.id,
    materialId,
    inDataset: m !== undefined,
    values: presentValues(materialValues(dataset, materialId)),
    figures: materialFigures(dataset, materialId),
    published: publishedOf(dataset, materialId),
    history: (dataset.published[materialId] ?? []).map((p) => ({ year: p.year, sr: p.sr, ei: p.ei })),
    supply: { globalSupply: m ? sharesOf(m.supply.globalSupply) : {}, euSourcing: m ? sharesOf(m.supply.euSourcing) : {} },
    endUses: (m?.endUses ?? []).map((e) => ({ ...endUseFields(e), line: e.source.line })),
    parameters: await storedParameters(ctx, row.id, materialId),
  };
}

export async function eiReport(ctx: Ctx, datasetId?: string) {
  authorize(ctx.actor, 'read');
  const { dataset } = await loadDataset(ctx, datasetId);
  return impliedSiEiReport(dataset).map((r) => ({ ...r }));
}

/** The classification check and the implied SI_EI report of a dataset (the current one by default). */
export async function materialsReport(ctx: Ctx, datasetId?: string) {
  authorize(ctx.actor, 'read');
  const { row, dataset } = await loadDataset(ctx, datasetId);
  return { code: row.code, check: classificationCheck(dataset), ei: impliedSiEiReport(dataset) };
}
