import { describe, expect, it } from 'vitest';
import {
  communityOf,
  findCommunity,
  findProvince,
  provinceByIne,
  provinceByNuts3,
  provinceByPostcode,
  provinceNuts,
} from './province-lookup.js';
import { COMMUNITIES, PROVINCES } from './provinces.js';

describe('province table', () => {
  it('has the 52 INE provinces 01..52 and 19 communities', () => {
    expect(PROVINCES.map((p) => p.ine)).toEqual(Array.from({ length: 52 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(COMMUNITIES).toHaveLength(19);
    expect(new Set(COMMUNITIES.map((c) => c.nuts2)).size).toBe(19);
  });

  it('has 59 distinct NUTS3 regions, each inside its NUTS2', () => {
    const all = PROVINCES.flatMap((p) => p.nuts3);
    expect(all).toHaveLength(59);
    expect(new Set(all).size).toBe(59);
    for (const p of PROVINCES) {
      expect(p.nuts2).toMatch(/^ES\d\d$/);
      for (const code of p.nuts3) expect(code.startsWith(p.nuts2)).toBe(true);
      expect(communityOf(p)?.nuts2).toBe(p.nuts2);
    }
  });

  it.each([
    ['León', '24', 'ES413', 'ES41', 'Castilla y León'],
    ['Sevilla', '41', 'ES618', 'ES61', 'Andalucía'],
    ['Murcia', '30', 'ES620', 'ES62', 'Región de Murcia'],
    ['Madrid', '28', 'ES300', 'ES30', 'Comunidad de Madrid'],
    ['Badajoz', '06', 'ES431', 'ES43', 'Extremadura'],
    ['Asturias', '33', 'ES120', 'ES12', 'Principado de Asturias'],
    ['Barcelona', '08', 'ES511', 'ES51', 'Cataluña'],
    ['Lugo', '27', 'ES112', 'ES11', 'Galicia'],
  ])('%s: INE %s, NUTS3 %s, NUTS2 %s, %s', (name, ine, nuts3, nuts2, community) => {
    const p = findProvince(name);
    expect(p).toMatchObject({ ine, nuts3: [nuts3], nuts2 });
    expect(p && communityOf(p)?.name.es).toBe(community);
  });

  it('gives the island provinces their island NUTS3 and a NUTS2 as most specific single code', () => {
    expect(findProvince('Illes Balears')?.nuts3).toEqual(['ES531', 'ES532', 'ES533']);
    expect(findProvince('Las Palmas')?.nuts3).toEqual(['ES704', 'ES705', 'ES708']);
    expect(findProvince('Santa Cruz de Tenerife')?.nuts3).toEqual(['ES703', 'ES706', 'ES707', 'ES709']);
    expect(provinceNuts(findProvince('Baleares')!)).toBe('ES53');
    expect(provinceNuts(findProvince('León')!)).toBe('ES413');
    expect(provinceByNuts3('es532')?.ine).toBe('07');
    expect(provinceByNuts3('ES709')?.ine).toBe('38');
    expect(provinceByNuts3('ES999')).toBeUndefined();
  });
});

describe('findProvince', () => {
  it.each([
    ['Leon', '24'],
    ['LEÓN', '24'],
    ['  león ', '24'],
    ['A Coruña', '15'],
    ['La Coruña', '15'],
    ['Coruña, A', '15'],
    ['Coruña (A)', '15'],
    ['a coruna', '15'],
    ['Gipuzkoa', '20'],
    ['Guipúzcoa', '20'],
    ['Guipuzcoa', '20'],
    ['Illes Balears', '07'],
    ['Balears, Illes', '07'],
    ['Islas Baleares', '07'],
    ['Valencia', '46'],
    ['València', '46'],
    ['Valencia/València', '46'],
    ['Alacant', '03'],
    ['Alicante/Alacant', '03'],
    ['Castelló', '12'],
    ['Lérida', '25'],
    ['Gerona', '17'],
    ['Orense', '32'],
    ['Vizcaya', '48'],
    ['Biscay', '48'],
    ['Araba', '01'],
    ['Alava', '01'],
    ['Seville', '41'],
    ['Provincia de Sevilla', '41'],
    ['Navarre', '31'],
    ['Nafarroa', '31'],
    ['Palmas, Las', '35'],
    ['Rioja (La)', '26'],
    ['Santa Cruz de Tenerife', '38'],
  ])('%j -> %s', (name, ine) => {
    expect(findProvince(name)?.ine).toBe(ine);
  });

  it.each(['Atlantis', 'Palma', '', 'La'])('%j -> nothing', (name) => {
    expect(findProvince(name)).toBeUndefined();
  });

  it('resolves every official, English and alias name to its own province (no collisions)', () => {
    for (const p of PROVINCES) {
      for (const n of [p.name.es, p.name.en, ...p.aliases]) expect(findProvince(n)?.ine).toBe(p.ine);
    }
  });
});

describe('postcodes and codes', () => {
  it.each([
    ['24001', '24'],
    ['41001', '41'],
    ['30001', '30'],
    ['28001', '28'],
    ['08001', '08'],
    ['8001', '08'],
    ['E-24 005', '24'],
    ['ES-52001', '52'],
    ['07001', '07'],
  ])('postcode %j -> province %s', (pc, ine) => {
    expect(provinceByPostcode(pc)?.ine).toBe(ine);
  });

  it.each(['53001', '00001', '99999', 'abcde', '123', '240011'])('postcode %j -> nothing', (pc) => {
    expect(provinceByPostcode(pc)).toBeUndefined();
  });

  it('finds provinces by INE code and communities by name', () => {
    expect(provinceByIne(7)?.name.es).toBe('Illes Balears');
    expect(provinceByIne('41')?.name.en).toBe('Seville');
    expect(findCommunity('Castilla y Leon')?.nuts2).toBe('ES41');
    expect(findCommunity('Catalunya')?.nuts2).toBe('ES51');
    expect(findCommunity('Euskadi')?.nuts2).toBe('ES21');
    expect(findCommunity('Andalusia')?.nuts2).toBe('ES61');
  });
});
