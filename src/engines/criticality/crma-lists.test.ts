import { describe, expect, it } from 'vitest';
import { catalogueMismatches, CRMA_LIST_HEADER, parseCrmaMaterialList } from './crma-lists.js';
import { readReferenceFile } from './test-support.js';

describe('parseCrmaMaterialList', () => {
  const parsed = parseCrmaMaterialList(readReferenceFile('crma_2024_1252_material_lists.csv'));
  const items = parsed.value ?? [];

  it('reads the 34 Annex II items with their Annex I status', () => {
    expect(parsed.errors).toEqual([]);
    expect(items).toHaveLength(34);
    expect(items.filter((i) => i.strategic === 'yes')).toHaveLength(16);
    expect(items.filter((i) => i.strategic === 'partly').map((i) => i.materialId)).toEqual(['hree', 'lree']);
    expect(items.find((i) => i.point === 'w')).toMatchObject({ nameEn: 'Nickel - battery grade', materialId: 'nickel' });
    expect(items.find((i) => i.materialId === 'boron')?.note).toBe('Annex I names it "boron - metallurgy grade"');
  });

  it('agrees with the catalogue flags', () => {
    expect(catalogueMismatches(items)).toEqual([]);
  });

  it('finds a disagreement', () => {
    const wrong = items.map((i) => (i.materialId === 'feldspar' ? { ...i, strategic: 'yes' as const } : i));
    expect(catalogueMismatches(wrong)).toEqual(['feldspar: strategic no in the catalogue, yes in the list']);
  });

  it('reports a name the catalogue does not map', () => {
    const r = parseCrmaMaterialList([CRMA_LIST_HEADER.join(','), 'Unobtainium,no,yes,zz,Unobtanium,'].join('\n'));
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.line, e.column, e.code])).toEqual([[2, 'material_name_en', 'crm.unknown_material']]);
  });
});
