/**
 * The fast path of the method: SR, EI and their per-stage parts as plain numbers, for every material
 * of a dataset at once and for what-ifs. It applies exactly the rules of the figures
 * (`supply-risk.ts`, `economic-importance.ts`, `classify.ts`) - a test checks that both agree on
 * every material - but builds no formulas: a page asks for the figures of one material when someone
 * expands a value.
 *
 * Per-stage partial sums are cached by the share rows they come from: a row list holds, once, its
 * listed shares sorted with S_c², t_c and Σ S_c², so an HHI is Σ S_c²·WGI_c·t_c over a few numbers. Datasets
 * are immutable and a scenario copies only the rows it changes, so the cache stays valid; entries
 * go with the rows they belong to.
 */
import { classify, EU_THRESHOLDS, type Thresholds } from './classify.js';
import type { CountryShare, CriticalityDataset, EndUse, Input, MaterialData, Stage, SupplyList } from './dataset.js';
import { stagesOf } from './dataset.js';
import { scaleToReference, weightedValueAdded } from './economic-importance.js';
import type { InputKind, MissingItem } from './figure.js';
import { supplyRiskValue } from './supply-risk.js';

/** The numbers of one stage (null where an input is missing). */
export interface StageValues {
  readonly stage: Stage;
  readonly hhiGs: number | null;
  readonly hhiEu: number | null;
  /** Σ S² of each list, without governance and trade weights (null when the list has no rows). */
  readonly concentrationGs: number | null;
  readonly concentrationEu: number | null;
  readonly sr: number | null;
}

/** SR and EI of one material as numbers, with every missing input. */
export interface MaterialValues {
  readonly materialId: string;
  readonly sr: number | null;
  readonly ei: number | null;
  /** Σ A·Q scaled so the largest manufacturing sector counts 10 (EI before SI_EI). */
  readonly eiScaled: number | null;
  readonly stages: readonly StageValues[];
  /** Classification of the computed SR and EI; null when either is missing. */
  readonly critical: boolean | null;
  /** Inputs missing for SR or EI, without repeats (governance once per country). */
  readonly missing: readonly MissingItem[];
  /** Whether a value rests on an illustrative input. */
  readonly illustrative: boolean;
}

/**
 * Listed rows of one stage, largest share first (the order, and the order of the products, of the
 * figures, so that both paths give bit-identical numbers).
 */
interface CompiledRows {
  readonly countries: readonly string[];
  /** S_c² per listed country. */
  readonly squares: Float64Array;
  readonly t: Float64Array;
  readonly concentration: number;
}

const compiledRows = new WeakMap<readonly CountryShare[], CompiledRows>();

function compile(rows: readonly CountryShare[]): CompiledRows {
  let c = compiledRows.get(rows);
  if (c === undefined) {
    const listed = rows.filter((r) => r.share !== null).sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
    const squares = new Float64Array(listed.length);
    const t = new Float64Array(listed.length);
    let concentration = 0;
    listed.forEach((r, i) => {
      const s = r.share ?? 0;
      squares[i] = s * s;
      t[i] = r.t;
      concentration += s ** 2;
    });
    c = { countries: listed.map((r) => r.country), squares, t, concentration };
    compiledRows.set(rows, c);
  }
  return c;
}

/** Collects missing items without repeats, in the order the figures list them. */
class MissingSet {
  readonly items: MissingItem[] = [];
  private readonly keys = new Set<string>();

  add(item: MissingItem): void {
    const key = item.kind === 'governance' ? `g|${item.country ?? ''}` : `${item.kind}|${item.materialId ?? ''}|${item.stage ?? ''}|${item.list ?? ''}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.items.push(item);
  }

  addAll(items: readonly MissingItem[]): void {
    for (const item of items) this.add(item);
  }
}

interface Part {
  readonly value: number | null;
  readonly missing: readonly MissingItem[];
  readonly illustrative: boolean;
}

const LIST_NAME: Record<SupplyList, string> = { globalSupply: 'global supply', euSourcing: 'EU sourcing' };

function hhiPart(rows: readonly CountryShare[] | undefined, governance: CriticalityDataset['governance'], materialId: string, stage: Stage, list: SupplyList): Part {
  if (rows === undefined) {
    return { value: null, missing: [{ kind: 'supplyShares', materialId, stage, list, reason: `no ${LIST_NAME[list]} shares for ${stage}` }], illustrative: false };
  }
  const { countries, squares, t } = compile(rows);
  let sum = 0;
  let illustrative = false;
  let missing: MissingItem[] | null = null;
  for (let i = 0; i < countries.length; i++) {
    const country = countries[i] ?? '';
    const g = governance[country];
    if (g?.status === 'known') {
      sum += (squares[i] ?? 0) * g.value * (t[i] ?? 0);
      if (g.illustrative === true) illustrative = true;
    } else {
      (missing ??= []).push({ kind: 'governance', country, reason: g?.status === 'missing' ? g.reason : 'country has no governance entry' });
    }
  }
  return { value: missing === null ? sum : null, missing: missing ?? [], illustrative };
}

function parameter(input: Input, kind: InputKind, materialId: string): Part {
  if (input.status === 'known') return { value: input.value, missing: [], illustrative: input.illustrative === true };
  return { value: null, missing: [{ kind, materialId, reason: input.reason }], illustrative: false };
}

interface Parameters {
  readonly ir: Part;
  readonly eol: Part;
  readonly si: Part;
}

function stageValues(dataset: CriticalityDataset, m: MaterialData, stage: Stage, p: Parameters, sink: MissingSet): { values: StageValues; illustrative: boolean } {
  const gsRows = m.supply.globalSupply[stage];
  const euRows = m.supply.euSourcing[stage];
  const gs = hhiPart(gsRows, dataset.governance, m.materialId, stage, 'globalSupply');
  const eu = hhiPart(euRows, dataset.governance, m.materialId, stage, 'euSourcing');
  const used = p.ir.value !== 0 ? [gs, eu, p.ir, p.eol, p.si] : [eu, p.ir, p.eol, p.si];
  const complete = used.every((part) => part.value !== null);
  for (const part of used) sink.addAll(part.missing);
  const sr = complete
    ? supplyRiskValue({ hhiGs: gs.value ?? 0, hhiEu: eu.value ?? 0, importReliance: p.ir.value ?? 0, eolRir: p.eol.value ?? 0, siSr: p.si.value ?? 0 })
    : null;
  const values: StageValues = {
    stage,
    hhiGs: gs.value,
    hhiEu: eu.value,
    concentrationGs: gsRows === undefined ? null : compile(gsRows).concentration,
    concentrationEu: euRows === undefined ? null : compile(euRows).concentration,
    sr,
  };
  return { values, illustrative: used.some((part) => part.illustrative) };
}

function supplyRiskPart(dataset: CriticalityDataset, m: MaterialData, sink: MissingSet): { sr: number | null; stages: StageValues[]; illustrative: boolean } {
  const stages = stagesOf(m);
  if (stages.length === 0) {
    sink.add({ kind: 'supplyShares', materialId: m.materialId, reason: 'no supply shares for any stage' });
    return { sr: null, stages: [], illustrative: false };
  }
  const p: Parameters = {
    ir: parameter(m.importReliance, 'importReliance', m.materialId),
    eol: parameter(m.eolRir, 'eolRir', m.materialId),
    si: parameter(m.siSr, 'siSr', m.materialId),
  };
  const results = stages.map((stage) => stageValues(dataset, m, stage, p, sink));
  const values = results.map((r) => r.values);
  const sr = values.every((v) => v.sr !== null) ? Math.max(...values.map((v) => v.sr ?? 0)) : null;
  return { sr, stages: values, illustrative: results.some((r) => r.illustrative) };
}

const usableSums = new WeakMap<readonly EndUse[], number | null>();

function endUseSum(endUses: readonly EndUse[]): number | null {
  let sum = usableSums.get(endUses);
  if (sum === undefined) {
    const usable = endUses.filter((r) => r.share !== null && r.valueAddedMeur !== null);
    sum = usable.length === 0 ? null : weightedValueAdded(usable);
    usableSums.set(endUses, sum);
  }
  return sum;
}

function economicImportancePart(dataset: CriticalityDataset, m: MaterialData, sink: MissingSet): { ei: number | null; scaled: number | null; illustrative: boolean } {
  const sum = endUseSum(m.endUses);
  const id = m.materialId;
  if (sum === null) {
    sink.add({ kind: 'endUse', materialId: id, reason: m.endUses.length === 0 ? 'no end-use rows for this material' : 'no end-use row has a share and a sector' });
  }
  const ref = dataset.scalingSector;
  if (ref === null) sink.add({ kind: 'scalingSector', materialId: id, reason: 'no manufacturing sector value added in the dataset' });
  const scaled = sum === null || ref === null ? null : scaleToReference(sum, ref.valueAddedMeur);
  const si = parameter(m.siEi, 'siEi', id);
  sink.addAll(si.missing);
  const ei = scaled !== null && si.value !== null ? scaled * si.value : null;
  return { ei, scaled, illustrative: si.illustrative };
}

function missingMaterial(materialId: string): MaterialValues {
  const item: MissingItem = { kind: 'material', materialId, reason: 'material not in the dataset' };
  return { materialId, sr: null, ei: null, eiScaled: null, stages: [], critical: null, missing: [item], illustrative: false };
}

function compute(dataset: CriticalityDataset, materialId: string, thresholds: Thresholds): MaterialValues {
  const m = dataset.materials[materialId];
  if (m === undefined) return missingMaterial(materialId);
  const sink = new MissingSet();
  const sr = supplyRiskPart(dataset, m, sink);
  const ei = economicImportancePart(dataset, m, sink);
  return {
    materialId,
    sr: sr.sr,
    ei: ei.ei,
    eiScaled: ei.scaled,
    stages: sr.stages,
    critical: sr.sr !== null && ei.ei !== null ? classify(sr.sr, ei.ei, thresholds).critical : null,
    missing: sink.items,
    illustrative: sr.illustrative || ei.illustrative,
  };
}

const memo = new WeakMap<CriticalityDataset, Map<string, MaterialValues>>();

/** SR and EI of one material as numbers (memoised per dataset for the EU thresholds). */
export function materialValues(dataset: CriticalityDataset, materialId: string, thresholds: Thresholds = EU_THRESHOLDS): MaterialValues {
  if (thresholds !== EU_THRESHOLDS) return compute(dataset, materialId, thresholds);
  let cache = memo.get(dataset);
  if (cache === undefined) {
    cache = new Map();
    memo.set(dataset, cache);
  }
  let v = cache.get(materialId);
  if (v === undefined) {
    v = compute(dataset, materialId, thresholds);
    cache.set(materialId, v);
  }
  return v;
}

/** SR and EI of every material of the dataset, in id order. */
export function datasetValues(dataset: CriticalityDataset, thresholds: Thresholds = EU_THRESHOLDS): MaterialValues[] {
  return Object.keys(dataset.materials).map((id) => materialValues(dataset, id, thresholds));
}

const suppliedBy = new WeakMap<CriticalityDataset['materials'], ReadonlyMap<string, readonly string[]>>();

/** Ids of the materials a country supplies at any stage of either list (indexed once per dataset). */
export function materialsSuppliedBy(dataset: CriticalityDataset, country: string): readonly string[] {
  let index = suppliedBy.get(dataset.materials);
  if (index === undefined) {
    const built = new Map<string, string[]>();
    for (const m of Object.values(dataset.materials)) {
      const countries = new Set<string>();
      for (const list of ['globalSupply', 'euSourcing'] as const) {
        for (const rows of Object.values(m.supply[list])) for (const r of rows ?? []) countries.add(r.country);
      }
      for (const c of countries) {
        const ids = built.get(c) ?? [];
        ids.push(m.materialId);
        built.set(c, ids);
      }
    }
    index = built;
    suppliedBy.set(dataset.materials, index);
  }
  return index.get(country) ?? [];
}
