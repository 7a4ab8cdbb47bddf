/**
 * Supply risk (EU 2017 methodology, used in 2020 and 2023), per stage s and overall:
 *   SR_s = [HHI_GS,s · IR/2 + HHI_EU,s · (1 − IR/2)] · (1 − EoL_RIR) · SI_SR
 *   SR   = max over the assessed stages (the bottleneck stage).
 * With IR = 0 the global-supply term has weight 0 and is not needed.
 */
import type { CriticalityDataset, MaterialData, Stage } from './dataset.js';
import { stagesOf } from './dataset.js';
import { collectMissing, fromFigure, illustrativeOf, num, parameterFigure, type Figure, type MissingItem } from './figure.js';
import { plainHhi, weightedHhi } from './hhi.js';

/** The numbers SR_s is computed from. */
export interface SupplyRiskTerms {
  readonly hhiGs: number;
  readonly hhiEu: number;
  readonly importReliance: number;
  readonly eolRir: number;
  readonly siSr: number;
}

/** SR of one stage from its terms. */
export function supplyRiskValue(t: SupplyRiskTerms): number {
  const ir = t.importReliance;
  const gsTerm = ir === 0 ? 0 : t.hhiGs * (ir / 2);
  return (gsTerm + t.hhiEu * (1 - ir / 2)) * (1 - t.eolRir) * t.siSr;
}

/** Figures of one stage: weighted HHIs, plain concentrations and SR. */
export interface StageSupplyRisk {
  readonly stage: Stage;
  readonly hhiGs: Figure;
  readonly hhiEu: Figure;
  readonly concentrationGs: Figure;
  readonly concentrationEu: Figure;
  readonly sr: Figure;
}

/** SR of a material: per stage and overall. */
export interface SupplyRiskResult {
  readonly materialId: string;
  readonly stages: readonly StageSupplyRisk[];
  readonly sr: Figure;
}

function stageSr(stage: Stage, hhiGs: Figure, hhiEu: Figure, m: MaterialData): Figure {
  const id = m.materialId;
  const ir = parameterFigure(m.importReliance, 'IR', 'importReliance', id);
  const eol = parameterFigure(m.eolRir, 'EoL_RIR', 'eolRir', id);
  const si = parameterFigure(m.siSr, 'SI_SR', 'siSr', id);
  const needsGs = ir.value !== 0;
  const used = needsGs ? [hhiGs, hhiEu, ir, eol, si] : [hhiEu, ir, eol, si];
  const missingItems = collectMissing(...used);
  const value =
    missingItems.length === 0
      ? supplyRiskValue({ hhiGs: hhiGs.value ?? 0, hhiEu: hhiEu.value ?? 0, importReliance: ir.value ?? 0, eolRir: eol.value ?? 0, siSr: si.value ?? 0 })
      : null;
  const symbol = `SR_${stage}`;
  const irText = num(ir.value);
  const gsText = needsGs ? `${num(hhiGs.value)}·${irText}/2` : `${num(hhiGs.value)}·0/2 (IR = 0: not needed)`;
  const formula =
    `${symbol} = [HHI_GS·IR/2 + HHI_EU·(1 − IR/2)]·(1 − EoL_RIR)·SI_SR = ` +
    `[${gsText} + ${num(hhiEu.value)}·(1 − ${irText}/2)]·(1 − ${num(eol.value)})·${num(si.value)} = ${num(value)}`;
  const inputs = [fromFigure(hhiGs), fromFigure(hhiEu), fromFigure(ir), fromFigure(eol), fromFigure(si)];
  return { symbol, value, formula, inputs, missing: missingItems, ...illustrativeOf(...used) };
}

function stageResult(dataset: CriticalityDataset, m: MaterialData, stage: Stage): StageSupplyRisk {
  const ctx = (list: 'globalSupply' | 'euSourcing') => ({ materialId: m.materialId, stage, list });
  const gs = m.supply.globalSupply[stage];
  const eu = m.supply.euSourcing[stage];
  const hhiGs = weightedHhi(gs, dataset.governance, ctx('globalSupply'));
  const hhiEu = weightedHhi(eu, dataset.governance, ctx('euSourcing'));
  return {
    stage,
    hhiGs,
    hhiEu,
    concentrationGs: plainHhi(gs, ctx('globalSupply')),
    concentrationEu: plainHhi(eu, ctx('euSourcing')),
    sr: stageSr(stage, hhiGs, hhiEu, m),
  };
}

function overall(materialId: string, stages: readonly StageSupplyRisk[]): Figure {
  if (stages.length === 0) {
    const item: MissingItem = { kind: 'supplyShares', materialId, reason: 'no supply shares for any stage' };
    return { symbol: 'SR', value: null, formula: 'SR = ? (no supply shares)', inputs: [], missing: [item] };
  }
  const figures = stages.map((s) => s.sr);
  const missingItems = collectMissing(...figures);
  const value = missingItems.length === 0 ? Math.max(...figures.map((f) => f.value ?? 0)) : null;
  const formula = `SR = max(${figures.map((f) => f.symbol).join(', ')}) = max(${figures.map((f) => num(f.value)).join(', ')}) = ${num(value)}`;
  return { symbol: 'SR', value, formula, inputs: figures.map((f) => fromFigure(f)), missing: missingItems, ...illustrativeOf(...figures) };
}

/** Supply risk of one material of the dataset (null values, with the reasons, where inputs lack). */
export function supplyRisk(dataset: CriticalityDataset, materialId: string): SupplyRiskResult {
  const m = dataset.materials[materialId];
  if (m === undefined) {
    const item: MissingItem = { kind: 'material', materialId, reason: 'material not in the dataset' };
    return { materialId, stages: [], sr: { symbol: 'SR', value: null, formula: 'SR = ? (material not in the dataset)', inputs: [], missing: [item] } };
  }
  const stages = stagesOf(m).map((stage) => stageResult(dataset, m, stage));
  return { materialId, stages, sr: overall(materialId, stages) };
}
