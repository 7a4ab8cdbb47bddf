/**
 * What-if scenarios: changes to a country's share or trade factor for a material and stage, to a
 * material's parameters (IR, EoL-RIR, SI) or to a country's governance score, applied to a copy of
 * the dataset (the original is never modified).
 *
 * Share rule: when country c's share at (material, stage, list) is set from s_old to s_new, the
 * listed total T (sum of the numeric shares, which for EU sourcing is below 1 because shares under
 * 1 % are not listed) is kept, and every other numeric share is multiplied by
 * k = (T − s_new) / (T − s_old). Shares published as "<0.1%" stay as they are. A country not yet
 * listed is added (s_old = 0) with the given t, or 0.8 for an EU member state and 1 otherwise.
 * s_new above T, or a change that leaves no other supplier to absorb it, is an error.
 */
import { isEuMember } from './countries.js';
import type { CountryShare, CriticalityDataset, Input, MaterialData, Stage, SupplyList } from './dataset.js';
import { known, SUPPLY_LISTS } from './dataset.js';

/** A material parameter a scenario may set (each 0..1). */
export type ParameterName = 'importReliance' | 'eolRir' | 'siSr' | 'siEi';

/** One change of a scenario. */
export type ScenarioChange =
  | { readonly kind: 'share'; readonly materialId: string; readonly stage: Stage; readonly list: SupplyList; readonly country: string; readonly share: number; readonly t?: number }
  | { readonly kind: 'trade'; readonly materialId: string; readonly stage: Stage; readonly list?: SupplyList; readonly country: string; readonly t: number }
  | { readonly kind: 'parameter'; readonly materialId: string; readonly parameter: ParameterName; readonly value: number }
  | { readonly kind: 'governance'; readonly country: string; readonly wgiScaled: number };

/** A change that could not be applied; `index` is its position in the list. */
export interface ScenarioIssue {
  readonly index: number;
  readonly code: string;
  readonly message: string;
}

/** The changed dataset, or null and every problem found. */
export interface ScenarioResult {
  readonly dataset: CriticalityDataset | null;
  readonly errors: readonly ScenarioIssue[];
}

type Apply = (m: MaterialData) => MaterialData | string;

/** Sets one share and rescales the others (see the module comment); a string is an error. */
export function rescaleShares(rows: readonly CountryShare[], country: string, share: number, t?: number): CountryShare[] | string {
  if (!(share >= 0 && share <= 1)) return `share ${share} is outside 0..1`;
  const total = rows.reduce((s, r) => s + (r.share ?? 0), 0);
  const current = rows.find((r) => r.country === country);
  const old = current?.share ?? 0;
  if (share > total + 1e-12) return `share ${share} exceeds the listed total ${Number(total.toFixed(4))}`;
  const others = total - old;
  if (others <= 0 && Math.abs(share - old) > 1e-12) return `no other listed supplier can absorb the change`;
  const k = others <= 0 ? 1 : Math.max(0, (total - share) / others);
  const out = rows.map((r): CountryShare => {
    if (r.country === country) return { ...r, share, shareRaw: 'scenario', t: t ?? r.t };
    if (r.share === null || k === 1) return r;
    return { ...r, share: r.share * k, shareRaw: 'rescaled' };
  });
  if (current === undefined) {
    out.push({ country, share, shareRaw: 'scenario', t: t ?? (isEuMember(country) ? 0.8 : 1), source: null });
  }
  return out;
}

function withStage(m: MaterialData, list: SupplyList, stage: Stage, rows: CountryShare[]): MaterialData {
  return { ...m, supply: { ...m.supply, [list]: { ...m.supply[list], [stage]: rows } } };
}

function shareChange(c: Extract<ScenarioChange, { kind: 'share' }>): Apply {
  return (m) => {
    const rows = m.supply[c.list][c.stage];
    if (rows === undefined) return `${c.materialId} has no ${c.list} shares for ${c.stage}`;
    if (c.t !== undefined && !(c.t > 0)) return `trade factor ${c.t} must be positive`;
    const next = rescaleShares(rows, c.country, c.share, c.t);
    return typeof next === 'string' ? next : withStage(m, c.list, c.stage, next);
  };
}

function tradeChange(c: Extract<ScenarioChange, { kind: 'trade' }>): Apply {
  return (m) => {
    if (!(c.t > 0)) return `trade factor ${c.t} must be positive`;
    let next = m;
    let found = false;
    for (const list of c.list === undefined ? SUPPLY_LISTS : [c.list]) {
      const rows = next.supply[list][c.stage];
      if (rows?.some((r) => r.country === c.country) !== true) continue;
      found = true;
      next = withStage(next, list, c.stage, rows.map((r) => (r.country === c.country ? { ...r, t: c.t } : r)));
    }
    return found ? next : `${c.country} is not listed for ${c.materialId} ${c.stage}`;
  };
}

function parameterChange(c: Extract<ScenarioChange, { kind: 'parameter' }>): Apply {
  return (m) => {
    if (!(c.value >= 0 && c.value <= 1)) return `${c.parameter} ${c.value} is outside 0..1`;
    const input: Input = known(c.value, 'scenario');
    return { ...m, [c.parameter]: input };
  };
}

function applyToMaterial(materials: Record<string, MaterialData>, materialId: string, apply: Apply): string | null {
  const m = materials[materialId];
  if (m === undefined) return `material ${materialId} is not in the dataset`;
  const next = apply(m);
  if (typeof next === 'string') return next;
  materials[materialId] = next;
  return null;
}

function applyGovernance(governance: Record<string, Input>, c: Extract<ScenarioChange, { kind: 'governance' }>): string | null {
  if (!/^[A-Z]{2}$/.test(c.country)) return `country ${c.country} is not an ISO alpha-2 code`;
  if (!(c.wgiScaled >= 0 && c.wgiScaled <= 10)) return `governance score ${c.wgiScaled} is outside 0..10`;
  governance[c.country] = known(c.wgiScaled, 'scenario');
  return null;
}

function applyOne(materials: Record<string, MaterialData>, governance: Record<string, Input>, c: ScenarioChange): string | null {
  switch (c.kind) {
    case 'share':
      return applyToMaterial(materials, c.materialId, shareChange(c));
    case 'trade':
      return applyToMaterial(materials, c.materialId, tradeChange(c));
    case 'parameter':
      return applyToMaterial(materials, c.materialId, parameterChange(c));
    case 'governance':
      return applyGovernance(governance, c);
  }
}

/** Applies the changes in order to a copy of the dataset; any invalid change means no dataset. */
export function applyScenario(dataset: CriticalityDataset, changes: readonly ScenarioChange[]): ScenarioResult {
  const materials = { ...dataset.materials };
  const governance = { ...dataset.governance };
  const errors: ScenarioIssue[] = [];
  changes.forEach((c, index) => {
    const problem = applyOne(materials, governance, c);
    if (problem !== null) errors.push({ index, code: `crm.scenario_${c.kind}`, message: problem });
  });
  return { dataset: errors.length === 0 ? { ...dataset, materials, governance } : null, errors };
}
