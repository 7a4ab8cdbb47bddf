import { describe, expect, it } from 'vitest';
import { GOVERNANCE_HEADER, parseGovernanceCsv, parseParametersCsv, PARAMETERS_HEADER, templateCsv } from './parse-parameters.js';

const gov = (...lines: string[]) => [GOVERNANCE_HEADER.join(','), ...lines].join('\n');
const par = (...lines: string[]) => [PARAMETERS_HEADER.join(','), ...lines].join('\n');

describe('parseGovernanceCsv', () => {
  it('reads scores with their source, and leaves blank rows unchanged', () => {
    const r = parseGovernanceCsv(gov('CN,China,6.2,WGI 2021 scaled,no', 'au,Australia,1.4,WGI 2021 scaled,', 'CL,Chile,,,'), 'g.csv');
    expect(r.errors).toEqual([]);
    expect(r.value?.rows).toEqual([
      { line: 2, country: 'CN', wgiScaled: 6.2, source: 'WGI 2021 scaled', illustrative: false },
      { line: 3, country: 'AU', wgiScaled: 1.4, source: 'WGI 2021 scaled', illustrative: false },
    ]);
    expect(r.value?.unchanged).toEqual([4]);
  });

  it('reads a file saved by a Spanish spreadsheet (semicolons, decimal commas, "sí")', () => {
    const text = `${GOVERNANCE_HEADER.join(';')}\nCN;China;6,2;Ejemplo;sí\n`;
    const r = parseGovernanceCsv(text, 'g.csv');
    expect(r.value?.rows).toEqual([{ line: 2, country: 'CN', wgiScaled: 6.2, source: 'Ejemplo', illustrative: true }]);
  });

  it('lists every problem with line and column, and returns nothing', () => {
    const r = parseGovernanceCsv(gov('China,China,6,x,no', 'CN,China,11,x,no', 'AU,Australia,2,,no', 'CL,Chile,3,x,maybe', 'AU,Australia,2,x,no'), 'g.csv');
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'country_code', 'crm.country_code'],
      [3, 'wgi_scaled', 'crm.parameter_value'],
      [4, 'source', 'crm.source_required'],
      [5, 'illustrative', 'crm.flag'],
      [6, 'country_code', 'crm.duplicate_row'],
    ]);
  });

  it('warns about a country that supplies nothing in the dataset', () => {
    const r = parseGovernanceCsv(gov('IS,Iceland,1,x,no'), 'g.csv', new Set(['CN']));
    expect(r.value?.rows).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).toEqual(['crm.country_not_supplier']);
  });

  it('rejects a wrong header', () => {
    const r = parseGovernanceCsv('country,score\nCN,5', 'g.csv');
    expect(r.errors.map((e) => e.code)).toEqual(['crm.header']);
  });
});

describe('parseParametersCsv', () => {
  it('reads the parameters given and leaves the others out', () => {
    const r = parseParametersCsv(par('cobalt,Cobalt,0.81,0.22,,,CRM 2023 factsheet,no', 'lithium,Lithium,,,,,,'), 'p.csv', new Set(['cobalt', 'lithium']));
    expect(r.errors).toEqual([]);
    expect(r.value?.rows).toEqual([{ line: 2, materialId: 'cobalt', values: { importReliance: 0.81, eolRir: 0.22 }, source: 'CRM 2023 factsheet', illustrative: false }]);
    expect(r.value?.unchanged).toEqual([3]);
  });

  it('lists every problem: unknown material, value out of range, missing source', () => {
    const r = parseParametersCsv(par('kryptonite,K,0.5,,,,x,no', 'cobalt,Cobalt,1.5,0.2,,,x,no', 'nickel,Nickel,0.5,,,,,no'), 'p.csv');
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'material_id', 'crm.unknown_material'],
      [3, 'import_reliance', 'crm.parameter_value'],
      [4, 'source', 'crm.source_required'],
    ]);
  });

  it('warns about a catalogue material the dataset does not assess', () => {
    const r = parseParametersCsv(par('slate,Slate,0.1,,,,x,yes'), 'p.csv', new Set(['cobalt']));
    expect(r.value?.rows[0]).toMatchObject({ materialId: 'slate', illustrative: true });
    expect(r.warnings.map((w) => w.code)).toEqual(['crm.material_not_in_dataset']);
  });
});

describe('templateCsv', () => {
  it('writes a template that reads back', () => {
    const text = templateCsv(GOVERNANCE_HEADER, [{ country_code: 'CN', country_name: 'China, People’s Republic', wgi_scaled: 6.2, source: 'x', illustrative: 'no' }]);
    expect(text.split('\n')[0]).toBe(GOVERNANCE_HEADER.join(','));
    expect(parseGovernanceCsv(text, 't.csv').value?.rows).toEqual([{ line: 2, country: 'CN', wgiScaled: 6.2, source: 'x', illustrative: false }]);
  });
});
