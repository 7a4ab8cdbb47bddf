import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  annexIIMaterials,
  getMaterial,
  MATERIALS,
  materialIdByEnglishName,
  materialIdByName,
  membersOf,
  NAMED_SOURCES,
  type NamedSource,
} from './catalogue.js';

const dataDir = path.resolve(import.meta.dirname, '../../../reference/crm');

const FILES: Readonly<Record<Exclude<NamedSource, 'crma'>, string>> = {
  srEi: 'eu_crm_sr_ei_2011_2023.csv',
  globalSupply: 'eu_crm_2023_global_supply_shares.csv',
  euSourcing: 'eu_crm_2023_eu_sourcing_shares.csv',
  materialUse: 'eu_crm_2023_material_use_shares.csv',
};

function namesIn(file: string, column: string): Set<string> {
  const rows = parse(readFileSync(path.join(dataDir, file), 'utf8'), { columns: true, relax_quotes: true }) as Record<string, string>[];
  return new Set(rows.map((r) => r[column] ?? ''));
}

describe('catalogue entries', () => {
  it('has unique slug ids', () => {
    const ids = MATERIALS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('maps each name of each source to one entry only', () => {
    for (const source of NAMED_SOURCES) {
      const names = MATERIALS.flatMap((m) => m.names[source] ?? []);
      expect(new Set(names).size, source).toBe(names.length);
    }
  });

  it('lists the 34 Annex II items (a) to (ah) in order, 16 fully and 2 partly strategic', () => {
    const annex = annexIIMaterials();
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
    const points = [...letters, ...letters.slice(0, 8).map((l) => `a${l}`)];
    expect(annex.map((m) => m.annexIIPoint)).toEqual(points);
    expect(annex.every((m) => m.critical)).toBe(true);
    expect(annex.filter((m) => m.strategic === 'yes').map((m) => m.id).sort()).toEqual(
      ['aluminium', 'bismuth', 'boron', 'cobalt', 'copper', 'gallium', 'germanium', 'graphite', 'lithium', 'magnesium',
        'manganese', 'nickel', 'pgm', 'silicon-metal', 'titanium-metal', 'tungsten'].sort(),
    );
    expect(annex.filter((m) => m.strategic === 'partly').map((m) => m.id)).toEqual(['hree', 'lree']);
  });

  it('links group members to an existing group and makes them critical through it', () => {
    for (const m of MATERIALS.filter((x) => x.memberOf !== null)) {
      const group = getMaterial(m.memberOf ?? '');
      expect(group, m.id).toBeDefined();
      expect(m.critical).toBe(group?.critical);
    }
    expect(membersOf('lree').map((m) => m.symbol)).toEqual(['La', 'Ce', 'Pr', 'Nd', 'Sm']);
    expect(membersOf('hree').map((m) => m.symbol)).toEqual(['Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y']);
    const magnetRees = MATERIALS.filter((m) => m.group === 'ree' && m.strategic === 'yes').map((m) => m.symbol);
    expect(magnetRees.sort()).toEqual(['Ce', 'Dy', 'Gd', 'Nd', 'Pr', 'Sm', 'Tb']);
  });

  it('flags exactly the battery-chain materials of DOMAIN.md section 7', () => {
    const battery = MATERIALS.filter((m) => m.batteryChain).map((m) => m.id).sort();
    expect(battery).toEqual(['aluminium', 'cobalt', 'copper', 'graphite', 'lithium', 'manganese', 'nickel']);
  });

  it('has the common materials of members with all flags false', () => {
    const common = ['slate', 'aggregates', 'gypsum', 'kaolin', 'limestone', 'marble', 'granite', 'iron-ore', 'zinc', 'lead',
      'gold', 'silver', 'tin', 'potash'];
    for (const id of common) {
      const m = getMaterial(id);
      expect(m, id).toBeDefined();
      expect([m?.critical, m?.strategic, m?.batteryChain], id).toEqual([false, 'no', false]);
    }
    expect(getMaterial('feldspar')?.annexIIPoint).toBe('k');
  });

  it('gives proper Spanish names', () => {
    const es = (id: string): string | undefined => getMaterial(id)?.nameEs;
    expect(es('hree')).toBe('Tierras raras pesadas');
    expect(es('lree')).toBe('Tierras raras ligeras');
    expect(es('tungsten')).toBe('Wolframio');
    expect(es('slate')).toBe('Pizarra');
    expect(es('aggregates')).toBe('Áridos');
    expect(es('kaolin')).toBe('Caolín');
    expect(es('pgm')).toBe('Metales del grupo del platino');
  });
});

describe('name mapping', () => {
  it('maps the mismatched names listed in the data README', () => {
    expect(materialIdByName('srEi', 'Baryte')).toBe('baryte');
    expect(materialIdByName('globalSupply', 'Barytes')).toBe('baryte');
    expect(materialIdByName('srEi', 'Boron')).toBe('boron');
    expect(materialIdByName('euSourcing', 'Borate')).toBe('boron');
    expect(materialIdByName('srEi', 'Phosphorus')).toBe('phosphorus');
    expect(materialIdByName('globalSupply', 'Phosphorous')).toBe('phosphorus');
    expect(materialIdByName('crma', 'Graphite')).toBe('graphite');
    expect(materialIdByName('srEi', 'Natural graphite')).toBe('graphite');
    expect(materialIdByName('crma', 'Bauxite/Alumina/Aluminium')).toBe('aluminium');
    expect(materialIdByName('srEi', 'Aluminium')).toBe('aluminium');
    expect(materialIdByName('srEi', 'HREEs')).toBe('hree');
    expect(materialIdByName('euSourcing', 'Heavy Rare earths Elements')).toBe('hree');
    expect(materialIdByName('crma', 'Nickel - battery grade')).toBe('nickel');
    expect(materialIdByName('srEi', 'Nickel - battery grade')).toBeUndefined();
    expect(materialIdByEnglishName('COBALT')).toBe('cobalt');
  });

  for (const [source, file] of Object.entries(FILES) as [Exclude<NamedSource, 'crma'>, string][]) {
    it(`covers every material name of ${file}, and only names that occur there`, () => {
      const inFile = namesIn(file, 'material');
      const unmapped = [...inFile].filter((n) => materialIdByName(source, n) === undefined);
      expect(unmapped).toEqual([]);
      const stale = MATERIALS.flatMap((m) => m.names[source] ?? []).filter((n) => !inFile.has(n));
      expect(stale).toEqual([]);
    });
  }

  it('covers every name of the CRMA list file', () => {
    const inFile = namesIn('crma_2024_1252_material_lists.csv', 'material_name_en');
    expect([...inFile].map((n) => materialIdByName('crma', n))).not.toContain(undefined);
    expect(inFile.size).toBe(34);
  });
});
