import { describe, expect, it } from 'vitest';
import { EU_COUNTRIES } from './countries.js';
import { parseTaxId } from './tax-id.js';
import { VAT_CHECKED_PREFIXES, VAT_FORMATS } from './vat.js';

/**
 * Valid and invalid numbers published in the documentation examples of the python-stdnum and
 * stdnum-js projects (independent of this implementation).
 */
const PUBLISHED: readonly [valid: string, invalid: string][] = [
  ['ATU13585627', 'ATU13585626'],
  ['BE0428759497', 'BE0431150351'],
  ['CY10259033P', 'CY10259033Z'],
  ['DE136695976', 'DE136695978'],
  ['DK13585628', 'DK13585627'],
  ['EE100594102', 'EE100594103'],
  ['EL094259216', 'EL123456781'],
  ['FI20774740', 'FI20774741'],
  ['FR40303265045', 'FR84323140391'],
  ['FR23334175221', 'FR24334175221'],
  ['HR33392005961', 'HR33392005962'],
  ['HU12892312', 'HU12892313'],
  ['IT00743110157', 'IT00743110158'],
  ['LU15027442', 'LU15027443'],
  ['MT11679112', 'MT11679113'],
  ['NL004495445B01', 'NL123456789B90'],
  ['NL002455799B11', 'NL002455799B12'],
  ['PL8567346215', 'PL8567346216'],
  ['PT501964843', 'PT501964842'],
  ['RO18547290', 'RO18547291'],
  ['SE123456789701', 'SE123456789101'],
  ['SI50223054', 'SI50223055'],
  ['ESB12345674', 'ESJ99216583'],
];

describe('EU VAT numbers', () => {
  it('has a format for each of the 27 member states (Greece as EL) plus XI', () => {
    const expected = [...EU_COUNTRIES.map((c): string => (c === 'GR' ? 'EL' : c)), 'XI'].sort();
    expect(Object.keys(VAT_FORMATS).sort()).toEqual(expected);
    for (const f of Object.values(VAT_FORMATS)) expect(parseTaxId(f.example)).toMatchObject({ ok: true, kind: 'vat' });
  });

  it('lists the countries whose check digit is verified', () => {
    expect(VAT_CHECKED_PREFIXES).toEqual(
      ['AT', 'BE', 'CY', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI'],
    );
  });

  it.each(PUBLISHED)('accepts %s and rejects %s', (valid, invalid) => {
    expect(parseTaxId(valid)).toMatchObject({ ok: true, kind: 'vat', normalized: valid, checked: 'control' });
    const r = parseTaxId(invalid);
    expect(r.ok).toBe(false);
    expect(!r.ok && ['id.bad_control', 'id.invalid_number']).toContain(!r.ok && r.error.code);
  });

  it('tells the expected control', () => {
    expect(parseTaxId('DE136695978')).toMatchObject({
      ok: false,
      error: { code: 'id.bad_control', params: { kind: 'vat', country: 'DE', expected: '6', found: '8' } },
    });
    expect(parseTaxId('ESJ99216583')).toMatchObject({
      error: { code: 'id.bad_control', params: { country: 'ES', expected: '2/B', found: '3' } },
    });
  });

  it('reports numbers no control digit can fix', () => {
    // PL weights 6,5,7,2,3,4,5,6,7: 0,2,0,0,0,0,0,0,0 sums to 10, and 10 mod 11 = 10 is no digit
    expect(parseTaxId('PL0200000000')).toMatchObject({ ok: false, error: { code: 'id.invalid_number' } });
  });

  it('normalises separators and the Greek prefix, returning ISO country codes', () => {
    expect(parseTaxId('el 094.259.216')).toMatchObject({ ok: true, normalized: 'EL094259216', country: 'GR' });
    expect(parseTaxId('GR094259216')).toMatchObject({ ok: true, normalized: 'EL094259216', country: 'GR' });
    expect(parseTaxId('BE 428.759.497')).toMatchObject({ ok: true, normalized: 'BE0428759497', country: 'BE' });
    expect(parseTaxId('Fr 40 303 265 045')).toMatchObject({ ok: true, normalized: 'FR40303265045' });
  });

  it('checks format only where no check digit is verified', () => {
    expect(parseTaxId('CZ25123891')).toMatchObject({ ok: true, checked: 'format', country: 'CZ' });
    expect(parseTaxId('FRK7399859412')).toMatchObject({ ok: true, checked: 'format' });
    expect(parseTaxId('XI980780684')).toMatchObject({ ok: true, checked: 'format', country: 'GB' });
  });

  it.each(['DE12345678', 'ATX12345678', 'NL123456789A01', 'ES12345678', 'SE123456789702', 'IE1234567'])(
    'rejects the malformed %s with an example',
    (input) => {
      const r = parseTaxId(input);
      expect(r).toMatchObject({ ok: false, kind: 'vat', error: { code: 'id.bad_format' } });
      expect(!r.ok && r.error.params['example']).toMatch(/^[A-Z]{2}/);
    },
  );

  it('reads an unprefixed number by the country given', () => {
    expect(parseTaxId('136695976', { country: 'DE' })).toMatchObject({ ok: true, kind: 'vat', normalized: 'DE136695976' });
    expect(parseTaxId('094259216', { country: 'EL' })).toMatchObject({ ok: true, normalized: 'EL094259216', country: 'GR' });
    expect(parseTaxId('136695978', { country: 'DE' })).toMatchObject({ ok: false, error: { code: 'id.bad_control' } });
    expect(parseTaxId('HRB 12345', { country: 'DE' })).toMatchObject({ ok: true, kind: 'other', checked: 'none' });
    expect(parseTaxId('94-1234567', { country: 'US' })).toMatchObject({ ok: true, kind: 'other', normalized: '941234567', country: 'US' });
    expect(parseTaxId('B12345674', { country: 'ES' })).toMatchObject({ ok: true, kind: 'cif' });
  });
});
