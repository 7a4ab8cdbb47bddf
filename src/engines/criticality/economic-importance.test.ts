import { describe, expect, it } from 'vitest';
import { known, type EndUse } from './dataset.js';
import { economicImportance, impliedSiEiReport, scaleToReference, weightedValueAdded } from './economic-importance.js';
import { loadShippedDataset, makeDataset, makeMaterial } from './test-support.js';

const C28 = { code: 'C28', name: 'Machinery', valueAddedMeur: 200000 };

function use(application: string, share: number | null, sectorCode: string | null, valueAddedMeur: number | null): EndUse {
  return { application, share, shareRaw: share === null ? '>0%' : `${share * 100}%`, sectorCode, sectorName: sectorCode, valueAddedMeur, source: { file: 't.csv', line: 2 } };
}

describe('EI formula', () => {
  it('sums A·Q and scales so the largest manufacturing sector counts 10 (hand-computed)', () => {
    // 0.5·100000 + 0.5·50000 = 75000; ·10 / 200000 = 3.75
    const rows = [use('a', 0.5, 'C20', 100000), use('b', 0.5, 'C24', 50000)];
    expect(weightedValueAdded(rows)).toBe(75000);
    expect(scaleToReference(75000, 200000)).toBe(3.75);
  });

  it('multiplies by SI_EI and explains every step', () => {
    const m = makeMaterial('x', { endUses: [use('a', 0.5, 'C20', 100000), use('b', 0.5, 'C24', 50000)], siEi: known(0.8, 'test') });
    const r = economicImportance(makeDataset([m], {}, C28), 'x');
    expect(r.ei.value).toBeCloseTo(3.0, 12);
    expect(r.ei.formula).toBe('EI = EI_scaled·SI_EI = 3.75·0.8 = 3');
    expect(r.scaled.formula).toBe('EI_scaled = ΣA·Q·10 / Q_max = 75000·10 / 200000 (C28) = 3.75');
    expect(r.sum.formula).toBe('ΣA·Q = 0.5·100000 + 0.5·50000 = 75000 M€');
  });

  it('leaves out rows without a sector or a number and names them', () => {
    const m = makeMaterial('x', { endUses: [use('a', 0.9, 'C28', 200000), use('Other', 0.1, null, null), use('b', null, 'C32', 45912)] });
    const r = economicImportance(makeDataset([m], {}, C28), 'x');
    expect(r.scaled.value).toBeCloseTo(9, 12);
    expect(r.sum.formula).toContain('(left out: Other 10%, b >0%)');
  });

  it('gives no EI without SI_EI, but keeps the scaled sum', () => {
    const m = makeMaterial('x', { endUses: [use('a', 1, 'C28', 200000)] });
    const r = economicImportance(makeDataset([m], {}, C28), 'x');
    expect(r.scaled.value).toBe(10);
    expect(r.ei.value).toBeNull();
    expect(r.ei.missing).toEqual([{ kind: 'siEi', materialId: 'x', reason: 'test: not given' }]);
  });

  it('reports missing end uses and a missing reference sector', () => {
    const none = economicImportance(makeDataset([makeMaterial('x')], {}, C28), 'x');
    expect(none.ei.missing.map((m) => m.kind)).toEqual(['endUse', 'siEi']);
    const noRef = economicImportance(makeDataset([makeMaterial('x', { endUses: [use('a', 1, 'C20', 1)] })]), 'x');
    expect(noRef.scaled.missing.map((m) => m.kind)).toEqual(['scalingSector']);
  });
});

describe('EI recomputed from the shipped 2023 end-use table', () => {
  const dataset = loadShippedDataset();
  const report = impliedSiEiReport(dataset);
  const row = (id: string) => report.find((r) => r.materialId === id);

  it('matches the scaled sums and implied SI_EI of the research notes (section 3.1)', () => {
    const expected: [string, number, number, number][] = [
      ['cobalt', 7.03, 6.8, 0.97],
      ['tungsten', 9.16, 8.7, 0.95],
      ['silicon-metal', 5.0, 4.9, 0.98],
      ['gallium', 3.92, 3.7, 0.94],
      ['magnesium', 8.98, 7.4, 0.82],
      ['copper', 5.87, 4.0, 0.68],
      ['aluminium', 6.97, 5.5, 0.79],
      ['fluorspar', 3.7, 3.8, 1.03],
      ['selenium', 4.59, 4.8, 1.05],
    ];
    for (const [id, scaled, published, implied] of expected) {
      const r = row(id);
      expect(r?.status, id).toBe('compared');
      expect(r?.scaled, id).toBeCloseTo(scaled, 2);
      expect(r?.published, id).toBe(published);
      expect(r?.impliedSiEi, id).toBeCloseTo(implied, 2);
    }
  });

  it('puts the implied SI_EI of every compared material in a plausible 0.6..1.1 band', () => {
    const compared = report.filter((r) => r.status === 'compared');
    expect(compared.length).toBe(41);
    for (const r of compared) {
      expect(r.impliedSiEi, r.materialId).toBeGreaterThan(0.6);
      expect(r.impliedSiEi, r.materialId).toBeLessThan(1.1);
    }
  });

  it('reports the materials with a published EI but no end-use rows', () => {
    const noEndUse = report.filter((r) => r.status === 'no-end-use').map((r) => r.materialId);
    expect(noEndUse).toEqual([
      'bentonite', 'germanium', 'graphite', 'gypsum', 'helium', 'hree', 'hydrogen', 'krypton', 'lead', 'lithium', 'lree',
      'molybdenum', 'natural-cork', 'natural-teak-wood', 'neon', 'nickel', 'niobium', 'perlite', 'pgm', 'phosphorus',
      'rhenium', 'roundwood', 'sapele-wood', 'scandium', 'tantalum', 'tellurium', 'titanium-metal', 'xenon', 'zinc',
    ]);
    const lithium = economicImportance(dataset, 'lithium');
    expect(lithium.ei.missing[0]).toMatchObject({ kind: 'endUse', reason: 'no end-use rows for this material' });
    expect(lithium.published).toBe(3.9);
  });

  it('reports group members with end uses but no published EI of their own', () => {
    const members = report.filter((r) => r.status === 'no-published-ei').map((r) => r.materialId);
    expect(members).toContain('neodymium');
    expect(members).toContain('platinum');
    expect(members).toHaveLength(19);
  });
});
