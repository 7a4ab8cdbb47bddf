import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTaxId, queryWords, resolveSitePlace, searchFields, searchKey } from './derive.js';

describe('searchKey', () => {
  it('drops accents, case and punctuation', () => {
    expect(searchKey('León, Pizarras S.L.')).toBe('leon pizarras s l');
    expect(searchKey('  ÁRIDOS—del  Órbigo ')).toBe('aridos del orbigo');
  });
  it('query words are unique and at most eight', () => {
    expect(queryWords('Pizarra pizarra LEÓN')).toEqual(['pizarra', 'leon']);
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('checkTaxId', () => {
  it('accepts the DOMAIN.md examples and stores a Spanish VAT number as its NIF', () => {
    for (const id of ['B12345674', 'J99216582', '12345678Z', 'X2482300W']) expect(checkTaxId(id, 'ES').ok).toBe(true);
    expect(checkTaxId('ES-B12345674', 'ES')).toEqual({ ok: true, value: { taxId: 'B12345674', taxIdKind: 'cif' } });
    expect(checkTaxId('DE136695976', 'DE')).toEqual({ ok: true, value: { taxId: 'DE136695976', taxIdKind: 'vat' } });
  });
  it('refuses J99216583 with the field path and the expected control', () => {
    expect(checkTaxId('J99216583', 'ES')).toEqual({ ok: false, issue: { path: 'taxId', code: 'id.bad_control', params: { kind: 'cif', country: 'ES', expected: '2/B', found: '3', value: 'J99216583' } } });
  });
  it('refuses a valid CIF with one digit changed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digits = '1234567'.split('').map(Number);
        digits[pos] = ((digits[pos] ?? 0) + delta) % 10;
        return !checkTaxId(`B${digits.join('')}4`, 'ES').ok;
      }),
    );
  });
});

describe('resolveSitePlace', () => {
  it('derives the province and NUTS 2024 code of a Spanish site from its postcode', () => {
    expect(resolveSitePlace({ country: 'ES', postcode: '24001' })).toEqual({ place: { provinceCode: '24', nutsCode: 'ES413' }, issues: [] });
    expect(resolveSitePlace({ country: 'ES', provinceCode: '41' }).place).toEqual({ provinceCode: '41', nutsCode: 'ES618' });
    expect(resolveSitePlace({ country: 'ES', postcode: '07001' }).place.nutsCode).toBe('ES53');
  });
  it('reports a postcode of another province, an unknown province and a missing one', () => {
    expect(resolveSitePlace({ country: 'ES', postcode: '41001', provinceCode: '24' }, 'sites.0').issues[0]).toMatchObject({ path: 'sites.0.postcode', code: 'errors:orgs.postcode_province_mismatch' });
    expect(resolveSitePlace({ country: 'ES', provinceCode: '99' }).issues[0]?.code).toBe('errors:orgs.unknown_province');
    expect(resolveSitePlace({ country: 'ES' }).issues[0]?.code).toBe('errors:orgs.province_required');
  });
  it('takes the NUTS code entered elsewhere in the EU, with the EL prefix for Greece', () => {
    expect(resolveSitePlace({ country: 'PT', nutsCode: 'pt11' })).toEqual({ place: { provinceCode: null, nutsCode: 'PT11' }, issues: [] });
    expect(resolveSitePlace({ country: 'GR', nutsCode: 'EL30' }).issues).toEqual([]);
    expect(resolveSitePlace({ country: 'GR', nutsCode: 'GR30' }).issues[0]?.code).toBe('errors:orgs.nuts_country_mismatch');
    expect(resolveSitePlace({ country: 'US', nutsCode: 'X' }).place).toEqual({ provinceCode: null, nutsCode: null });
  });
});

describe('searchFields', () => {
  it('indexes names, materials in both languages and places; keywords leave descriptions out', () => {
    const f = searchFields({
      legalName: 'Canteras del Bierzo S.L.',
      tradeName: null,
      taxId: 'B12345674',
      descriptionEs: 'Pizarra para tejados',
      descriptionEn: null,
      materialIds: ['slate', 'slate'],
      sites: [{ city: 'Ponferrada', provinceCode: '24', nutsCode: 'ES413' }, { city: 'Sevilla', provinceCode: '41', nutsCode: 'ES618' }],
    });
    expect(f.keywords).toBe('canteras del bierzo s l b12345674 pizarra slate ponferrada leon castilla y castile and sevilla seville andalucia andalusia');
    expect(f.searchText).toContain('tejados');
    expect(f.keywords).not.toContain('tejados');
    expect(f).toMatchObject({ materialIds: ['slate'], provinceCodes: ['24', '41'], regionCodes: ['ES41', 'ES61'] });
  });
});
