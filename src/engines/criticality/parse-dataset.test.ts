import { describe, expect, it } from 'vitest';
import { STAGES } from './dataset.js';
import type { FileIssue } from './issues.js';
import { EU2023_FILES, parseEu2023Dataset } from './parse-dataset.js';
import { parseShareTable, SHARE_HEADER } from './parse-shares.js';
import { readReferenceFiles } from './test-support.js';

const GS = EU2023_FILES.globalSupply;
const EU = EU2023_FILES.euSourcing;
const USE = EU2023_FILES.endUse;
const PUB = EU2023_FILES.published;

function where(issues: readonly FileIssue[], code: string): [string, number | null, string | null][] {
  return issues.filter((i) => i.code === code).map((i) => [i.file, i.line, i.column]);
}

/** Replaces a whole line (1-based) of a file's text. */
function replaceLine(text: string, line: number, content: string): string {
  const lines = text.split('\n');
  lines[line - 1] = content;
  return lines.join('\n');
}

describe('parseEu2023Dataset on the shipped tables', () => {
  const result = parseEu2023Dataset(readReferenceFiles());
  const dataset = result.dataset;

  it('imports without errors, with version, source and licence', () => {
    expect(result.errors).toEqual([]);
    expect(dataset?.meta).toMatchObject({ id: 'eu-crm-2023', assessmentYear: 2023, licence: 'CC BY 4.0' });
    expect(dataset?.meta.attribution).toContain('E. Emilsson');
  });

  it('reports the known quirks as warnings at their lines, without fixing them', () => {
    expect(where(result.warnings, 'crm.country_variant')).toEqual([
      [GS, 248, 'country'], // Brasilia
      [GS, 2288, 'country'], // Turkyie
      [EU, 542, 'country'], // Brasil
      [EU, 570, 'country'], // Surinam
      [EU, 599, 'country'], // Brasil
      [EU, 843, 'country'], // Libanon
      [EU, 847, 'country'], // South Korea
    ]);
    expect(where(result.warnings, 'crm.eu_trade_factor')).toEqual([
      [EU, 262, 'trade_t'], // germanium, Belgium, t = 1
      [EU, 264, 'trade_t'], // germanium, Germany, t = 1
    ]);
    expect(where(result.warnings, 'crm.share_without_percent')).toEqual([[EU, 712, 'share_raw']]); // silicon metal "6"
    expect(where(result.warnings, 'crm.share_unquantified')).toEqual([[USE, 86, 'share_raw']]); // copper ">0%"
    expect(where(result.warnings, 'crm.repeated_row')).toEqual([[USE, 187, null]]); // magnesium construction twice
    expect(where(result.warnings, 'crm.sector_value_added').map((w) => w[1])).toEqual([191, 194, 196, 197, 198]); // manganese
    const geEu = dataset?.materials.germanium?.supply.euSourcing.processing?.find((r) => r.country === 'BE');
    expect(geEu?.t).toBe(1);
  });

  it('reports share sums outside the tolerance, e.g. chromium EU extraction 0.09', () => {
    const sums = result.warnings.filter((w) => w.code === 'crm.share_sum');
    expect(sums.find((w) => w.params.material === 'chromium' && w.params.stage === 'extraction')?.params.sum).toBe(0.09);
    expect(sums.find((w) => w.params.material === 'nickel' && w.file === GS && w.params.stage === 'extraction')?.params.sum).toBe(0.909);
    expect(result.warnings.find((w) => w.code === 'crm.end_use_sum' && w.params.material === 'magnesium')?.params.sum).toBe(1.13);
  });

  it('keeps "<0.1%" shares as null and reads the others as fractions', () => {
    const tungsten = dataset?.materials.tungsten?.supply.globalSupply.extraction ?? [];
    expect(tungsten.find((r) => r.country === 'CN')).toMatchObject({ share: 0.826, t: 1.1, shareRaw: '82.6%' });
    expect(tungsten.find((r) => r.country === 'CO')).toMatchObject({ share: null, shareRaw: '<0.1%' });
    expect(tungsten.find((r) => r.country === 'ES')?.source).toEqual({ file: GS, line: 2103 });
  });

  it('represents the inputs the tables lack as missing, with the reason', () => {
    const cobalt = dataset?.materials.cobalt;
    for (const input of [cobalt?.importReliance, cobalt?.eolRir, cobalt?.siSr, cobalt?.siEi]) {
      expect(input?.status).toBe('missing');
    }
    expect(dataset?.governance.CN).toEqual({ status: 'missing', reason: 'WGI governance score not in the shipped 2023 tables' });
    expect(Object.values(dataset?.governance ?? {}).every((g) => g.status === 'missing')).toBe(true);
    expect(dataset?.materials.lithium?.endUses).toEqual([]);
  });

  it('derives the sector table and the scaling sector C28 (204,200 M€)', () => {
    expect(dataset?.scalingSector).toEqual({ code: 'C28', name: 'Manufacture of machinery and equipment n.e.c.', valueAddedMeur: 204200 });
    expect(dataset?.sectors.C24?.valueAddedMeur).toBe(64561);
    expect(Object.keys(dataset?.sectors ?? {}).sort()).toEqual(
      ['B06', 'B09', 'C10', 'C11', 'C17', 'C19', 'C20', 'C21', 'C22', 'C23', 'C24', 'C25', 'C26', 'C27', 'C28', 'C29', 'C30', 'C32'],
    );
  });

  it('keeps the published SR/EI series per material, years ascending', () => {
    expect(dataset?.published.cobalt?.map((p) => [p.year, p.sr, p.ei])).toEqual([
      [2011, 1.1, 7.2],
      [2014, 1.6, 6.7],
      [2017, 1.6, 5.7],
      [2020, 2.5, 5.9],
      [2023, 2.8, 6.8],
    ]);
    expect(dataset?.published.bauxite?.find((p) => p.year === 2023)).toMatchObject({ sr: null, ei: null });
  });

  it('gives every material with shares at least one stage', () => {
    for (const m of Object.values(dataset?.materials ?? {})) {
      for (const stage of Object.keys(m.supply.globalSupply)) expect(STAGES).toContain(stage);
    }
  });
});

describe('parseEu2023Dataset on malformed input', () => {
  it('returns no dataset and lists every problem with file, line and column', () => {
    const files = readReferenceFiles();
    let gs = files[GS] ?? '';
    gs = replaceLine(gs, 107, 'Lithium,extraction,Atlantis,53.0%,0.53,1.0');
    gs = replaceLine(gs, 2103, 'Tungsten,extraction,Spain,0.6%,0.06,0.8');
    gs = replaceLine(gs, 2, 'Fluorspar,mining,Afghanistan,0.4%,0.004,1.0');
    let eu = files[EU] ?? '';
    eu = replaceLine(eu, 262, 'Germanium,processing,Belgium,4%,0.04,high');
    const euLines = eu.trimEnd().split('\n').length;
    eu = `${eu.trimEnd()}\nUnobtainium,extraction,Spain,5%,0.05,0.8\nAggregates,extraction,Austria,4%,0.04,0.8\n`;
    const use = (files[USE] ?? '').replace('nace_value_added_meur', 'value_added');
    let pub = files[PUB] ?? '';
    pub = replaceLine(pub, 3, 'Aluminium,twenty,0.2,8.9');
    pub = `${pub.trimEnd()}\nCobalt,2023,2.8,6.8\n`;
    const pubLines = pub.trimEnd().split('\n').length;

    const result = parseEu2023Dataset({ ...files, [GS]: gs, [EU]: eu, [USE]: use, [PUB]: pub });

    expect(result.dataset).toBeNull();
    const got = result.errors.map((e) => [e.file, e.line, e.column, e.code]);
    expect(got).toEqual([
      [PUB, 3, 'assessment_year', 'crm.year'],
      [PUB, pubLines, 'assessment_year', 'crm.duplicate_row'],
      [GS, 2, 'stage', 'crm.unknown_stage'],
      [GS, 107, 'country', 'crm.unknown_country'],
      [GS, 2103, 'share_fraction', 'crm.share_mismatch'],
      [EU, 262, 'trade_t', 'crm.trade_factor'],
      [EU, euLines + 1, 'material', 'crm.unknown_material'],
      [EU, euLines + 2, 'country', 'crm.duplicate_row'],
      [USE, 1, null, 'crm.header'],
    ]);
  });

  it('reports a missing file and ignores unknown extra files with a warning', () => {
    const files = readReferenceFiles();
    delete files[USE];
    const result = parseEu2023Dataset({ ...files, 'notes.txt': 'hello' });
    expect(result.dataset).toBeNull();
    expect(result.errors.map((e) => e.code)).toContain('crm.file_missing');
    expect(result.warnings.map((w) => [w.file, w.code])).toContainEqual(['notes.txt', 'crm.unused_file']);
  });

  it('rejects a stage whose listed shares sum above 1.1', () => {
    const text = [SHARE_HEADER.join(','), 'Cobalt,processing,China,80%,0.8,1.0', 'Cobalt,processing,Finland,40%,0.4,0.8'].join('\n');
    const result = parseShareTable(text, GS, 'globalSupply');
    expect(result.value).toBeNull();
    expect(result.errors).toMatchObject([{ line: 2, code: 'crm.share_sum_excess', params: { material: 'cobalt', sum: 1.2 } }]);
  });
});
