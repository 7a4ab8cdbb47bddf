import { describe, expect, it } from 'vitest';
import { countryLabel, EU_MEMBER_STATES, isEuMember, lookupCountry } from './countries.js';
import { readReferenceFile } from './test-support.js';

function spellings(file: string): Set<string> {
  const lines = readReferenceFile(file).trim().split('\n').slice(1);
  // The country is the third field; it is quoted when it contains a comma ("Korea, South").
  return new Set(lines.map((l) => /^[^,]*,[^,]*,("[^"]*"|[^,]*),/.exec(l)?.[1]?.replace(/"/g, '') ?? ''));
}

describe('country table', () => {
  it('maps every spelling of both share tables to an ISO alpha-2 code', () => {
    for (const file of ['eu_crm_2023_global_supply_shares.csv', 'eu_crm_2023_eu_sourcing_shares.csv']) {
      const names = spellings(file);
      expect(names.size).toBeGreaterThan(100);
      const unmapped = [...names].filter((n) => lookupCountry(n) === undefined);
      expect(unmapped, file).toEqual([]);
      for (const n of names) expect(lookupCountry(n)?.code).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('maps the variant spellings to the usual one and says so', () => {
    expect(lookupCountry('Brasil')).toEqual({ code: 'BR', usualSpelling: 'Brazil' });
    expect(lookupCountry('Brasilia')).toEqual({ code: 'BR', usualSpelling: 'Brazil' });
    expect(lookupCountry('Libanon')).toEqual({ code: 'LB', usualSpelling: 'Lebanon' });
    expect(lookupCountry('South Korea')).toEqual({ code: 'KR', usualSpelling: 'Korea, South' });
    expect(lookupCountry('Turkyie')).toEqual({ code: 'TR', usualSpelling: 'Türkiye' });
    expect(lookupCountry('Korea, North')).toEqual({ code: 'KP', usualSpelling: null });
    expect(lookupCountry('Congo, D.R.')?.code).toBe('CD');
    expect(lookupCountry('Congo')?.code).toBe('CG');
    expect(lookupCountry('Atlantis')).toBeUndefined();
    expect(lookupCountry('china')).toBeUndefined();
  });

  it('knows the 27 EU member states', () => {
    expect(EU_MEMBER_STATES.size).toBe(27);
    expect(isEuMember('ES')).toBe(true);
    expect(isEuMember('NO')).toBe(false);
    expect(isEuMember('GB')).toBe(false);
    expect(countryLabel('CD')).toBe('Congo, D.R.');
  });
});
