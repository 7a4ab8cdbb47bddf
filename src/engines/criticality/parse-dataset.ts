/**
 * Importer of the shipped EU 2023 criticality tables (`reference/crm/`): takes the text of the
 * files by file name and returns the dataset, or no dataset and every error found. Pure: the caller
 * reads the files.
 */
import {
  missing,
  type CriticalityDataset,
  type DatasetMeta,
  type Input,
  type MaterialData,
  type NaceSector,
  type PublishedScore,
  type CountryShare,
} from './dataset.js';
import type { FileIssue } from './issues.js';
import { parseEndUseTable, type EndUseTable } from './parse-end-use.js';
import { parsePublishedTable } from './parse-published.js';
import { parseShareTable, type SharesByMaterial } from './parse-shares.js';

/** File names of the four assessment tables. */
export const EU2023_FILES = {
  published: 'eu_crm_sr_ei_2011_2023.csv',
  globalSupply: 'eu_crm_2023_global_supply_shares.csv',
  euSourcing: 'eu_crm_2023_eu_sourcing_shares.csv',
  endUse: 'eu_crm_2023_material_use_shares.csv',
} as const;

/** Other shipped files that may be passed along and are read by their own parsers. */
const OTHER_KNOWN_FILES = new Set([
  'crma_2024_1252_material_lists.csv',
  'crma_article5_benchmarks.csv',
  'eu_battery_regulation_2023_1542_targets.csv',
]);

/** Version, source and licence of the shipped dataset. */
export const EU2023_META: DatasetMeta = {
  id: 'eu-crm-2023',
  title: 'EU critical raw materials assessment 2023 (SR/EI series 2011-2023)',
  assessmentYear: 2023,
  source:
    'European Commission, Study on the critical raw materials for the EU 2023 - Final Report (and the 2020/2017/2014 studies)',
  licence: 'CC BY 4.0',
  attribution:
    'Source: European Commission, Study on the critical raw materials for the EU 2023 (and 2020/2017/2014 studies); tables transcribed by E. Emilsson (github.com/erikemilsson/EU-Critical-Raw-Materials-CRM-Reports-Datasets), CC BY 4.0; re-encoded and columns renamed by ISMC platform team.',
  files: Object.values(EU2023_FILES),
};

/** Outcome of the import: `dataset` is null whenever `errors` is not empty. */
export interface DatasetImport {
  readonly dataset: CriticalityDataset | null;
  readonly warnings: readonly FileIssue[];
  readonly errors: readonly FileIssue[];
}

const NOT_SHIPPED = 'not in the shipped 2023 tables';

interface Parts {
  readonly published: Map<string, PublishedScore[]>;
  readonly globalSupply: SharesByMaterial;
  readonly euSourcing: SharesByMaterial;
  readonly endUse: EndUseTable;
}

function materialData(id: string, parts: Parts): MaterialData {
  return {
    materialId: id,
    supply: { globalSupply: parts.globalSupply.get(id) ?? {}, euSourcing: parts.euSourcing.get(id) ?? {} },
    endUses: parts.endUse.endUses.get(id) ?? [],
    importReliance: missing(`import reliance ${NOT_SHIPPED}`),
    eolRir: missing(`end-of-life recycling input rate ${NOT_SHIPPED}`),
    siSr: missing(`substitution index SI_SR ${NOT_SHIPPED}`),
    siEi: missing(`substitution index SI_EI ${NOT_SHIPPED}`),
  };
}

function countriesOf(...tables: SharesByMaterial[]): Set<string> {
  const codes = new Set<string>();
  for (const table of tables) {
    for (const stages of table.values()) {
      for (const rows of Object.values(stages) as CountryShare[][]) for (const r of rows) codes.add(r.country);
    }
  }
  return codes;
}

/** The manufacturing (NACE section C) sector with the largest value added, or null. */
export function largestManufacturingSector(sectors: Readonly<Record<string, NaceSector>>): NaceSector | null {
  let best: NaceSector | null = null;
  for (const s of Object.values(sectors)) {
    if (s.code.startsWith('C') && (best === null || s.valueAddedMeur > best.valueAddedMeur)) best = s;
  }
  return best;
}

function assemble(parts: Parts): CriticalityDataset {
  const ids = new Set([
    ...parts.published.keys(),
    ...parts.globalSupply.keys(),
    ...parts.euSourcing.keys(),
    ...parts.endUse.endUses.keys(),
  ]);
  const materials: Record<string, MaterialData> = {};
  for (const id of [...ids].sort()) materials[id] = materialData(id, parts);
  const governance: Record<string, Input> = {};
  for (const code of [...countriesOf(parts.globalSupply, parts.euSourcing)].sort()) {
    governance[code] = missing(`WGI governance score ${NOT_SHIPPED}`);
  }
  return {
    meta: EU2023_META,
    materials,
    governance,
    sectors: parts.endUse.sectors,
    scalingSector: largestManufacturingSector(parts.endUse.sectors),
    published: Object.fromEntries(parts.published),
  };
}

function fileText(files: Record<string, string>, name: string, errors: FileIssue[]): string {
  const text = files[name];
  if (text === undefined) {
    errors.push({ file: name, line: null, column: null, code: 'crm.file_missing', params: { file: name }, message: `file ${name} is missing` });
  }
  return text ?? '';
}

/**
 * Parses the four EU 2023 tables given as `{ fileName: text }`. Every problem of every file is
 * listed; when there is any error no dataset is returned. Unknown extra files are reported as
 * warnings and ignored.
 */
export function parseEu2023Dataset(files: Record<string, string>): DatasetImport {
  const errors: FileIssue[] = [];
  const warnings: FileIssue[] = [];
  const text = (name: string): string => fileText(files, name, errors);
  const published = parsePublishedTable(text(EU2023_FILES.published), EU2023_FILES.published);
  const gs = parseShareTable(text(EU2023_FILES.globalSupply), EU2023_FILES.globalSupply, 'globalSupply');
  const eu = parseShareTable(text(EU2023_FILES.euSourcing), EU2023_FILES.euSourcing, 'euSourcing');
  const endUse = parseEndUseTable(text(EU2023_FILES.endUse), EU2023_FILES.endUse);
  for (const r of [published, gs, eu, endUse]) {
    errors.push(...r.errors);
    warnings.push(...r.warnings);
  }
  for (const name of Object.keys(files)) {
    if (!EU2023_META.files.includes(name) && !OTHER_KNOWN_FILES.has(name)) {
      warnings.push({ file: name, line: null, column: null, code: 'crm.unused_file', params: { file: name }, message: `file ${name} is not part of the dataset` });
    }
  }
  if (errors.length > 0 || !published.value || !gs.value || !eu.value || !endUse.value) {
    return { dataset: null, warnings, errors };
  }
  const dataset = assemble({ published: published.value, globalSupply: gs.value, euSourcing: eu.value, endUse: endUse.value });
  return { dataset, warnings, errors };
}

