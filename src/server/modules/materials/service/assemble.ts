/**
 * Builds the engine's immutable dataset from the stored rows: the study tables as imported, and
 * the governance scores and material parameters staff entered (each with its source; the ones
 * nobody entered are `missing`, with the reason, so the engine never fills a gap).
 */
import {
  known,
  missing,
  type CountryShare,
  type CriticalityDataset,
  type EndUse,
  type Input,
  type MaterialData,
  type NaceSector,
  type PublishedScore,
  type Stage,
  type SupplyList,
} from '../../../../engines/criticality/index.js';
import type { DatasetRow, loadDatasetTables } from '../repository.js';

type Tables = Awaited<ReturnType<typeof loadDatasetTables>>;

const NO_GOVERNANCE = 'no governance score entered for this dataset';
const NO_PARAMETER: Record<string, string> = {
  importReliance: 'no import reliance entered for this dataset',
  eolRir: 'no end-of-life recycling input rate entered for this dataset',
  siSr: 'no substitution index SI_SR entered for this dataset',
  siEi: 'no substitution index SI_EI entered for this dataset',
};

/** The published fields of an end-use row (application, share, NACE sector and its value added). */
export function endUseFields(e: Omit<EndUse, 'source'>): Omit<EndUse, 'source'> {
  return { application: e.application, share: e.share, shareRaw: e.shareRaw, sectorCode: e.sectorCode, sectorName: e.sectorName, valueAddedMeur: e.valueAddedMeur };
}

type Mutable = { supply: Record<SupplyList, Partial<Record<Stage, CountryShare[]>>>; endUses: EndUse[]; params: Record<string, Input> };

function entered(value: number, source: string, illustrative: boolean): Input {
  return known(value, source, illustrative);
}

function byMaterial(tables: Tables): Map<string, Mutable> {
  const out = new Map<string, Mutable>();
  const get = (id: string): Mutable => {
    let m = out.get(id);
    if (m === undefined) {
      m = { supply: { globalSupply: {}, euSourcing: {} }, endUses: [], params: {} };
      out.set(id, m);
    }
    return m;
  };
  for (const s of tables.shares) {
    const source = s.sourceFile === null || s.sourceLine === null ? null : { file: s.sourceFile, line: s.sourceLine };
    (get(s.materialId).supply[s.list][s.stage] ??= []).push({ country: s.country, share: s.share, shareRaw: s.shareRaw, t: s.tradeT, source });
  }
  for (const e of tables.endUses) get(e.materialId).endUses.push({ ...endUseFields(e), source: { file: e.sourceFile, line: e.sourceLine } });
  for (const p of tables.published) get(p.materialId);
  return out;
}

function materialData(id: string, m: Mutable, params: Map<string, Input>): MaterialData {
  const param = (name: string): Input => params.get(`${id}|${name}`) ?? missing(NO_PARAMETER[name] ?? 'not entered');
  return { materialId: id, supply: m.supply, endUses: m.endUses, importReliance: param('importReliance'), eolRir: param('eolRir'), siSr: param('siSr'), siEi: param('siEi') };
}

function governanceOf(tables: Tables): Record<string, Input> {
  const governance: Record<string, Input> = {};
  for (const c of [...new Set(tables.shares.map((s) => s.country))].sort()) governance[c] = missing(NO_GOVERNANCE);
  for (const g of tables.governance) governance[g.country] = entered(g.wgiScaled, g.source, g.illustrative);
  return governance;
}

function publishedOf(tables: Tables): Record<string, PublishedScore[]> {
  const out: Record<string, PublishedScore[]> = {};
  for (const p of tables.published) (out[p.materialId] ??= []).push({ year: p.year, sr: p.sr, ei: p.ei, source: { file: p.sourceFile, line: p.sourceLine } });
  return out;
}

/** The engine's dataset for a stored dataset row and its tables. */
export function assembleDataset(row: DatasetRow, tables: Tables): CriticalityDataset {
  const params = new Map<string, Input>(tables.parameters.map((p) => [`${p.materialId}|${p.parameter}`, entered(p.value, p.source, p.illustrative)]));
  const mats = byMaterial(tables);
  const materials: Record<string, MaterialData> = {};
  for (const id of [...mats.keys()].sort()) materials[id] = materialData(id, mats.get(id) as Mutable, params);
  const sectors: Record<string, NaceSector> = Object.fromEntries(tables.sectors.map((s) => [s.code, { code: s.code, name: s.name, valueAddedMeur: s.valueAddedMeur }]));
  return {
    meta: {
      id: row.code,
      title: row.title,
      assessmentYear: row.assessmentYear,
      source: row.source,
      licence: row.licence,
      attribution: row.attribution,
      files: row.files,
    },
    materials,
    governance: governanceOf(tables),
    sectors,
    scalingSector: row.scalingSector === null ? null : (sectors[row.scalingSector] ?? null),
    published: publishedOf(tables),
  };
}
