import { describe, expect, it } from 'vitest';
import { annexIIMaterials, getMaterial } from '../../shared/materials/catalogue.js';
import { assessAll } from './assess.js';
import { classify, classifyPublished } from './classify.js';
import { parseCrmaMaterialList } from './crma-lists.js';
import { roundOneDecimal } from './figure.js';
import { loadShippedDataset, readReferenceFile } from './test-support.js';

describe('classify', () => {
  it('rounds SR and EI to one decimal before applying SR >= 1.0 and EI >= 2.8', () => {
    expect(classify(1.0, 2.8).critical).toBe(true);
    expect(classify(0.95, 2.8).critical).toBe(true); // SR rounds to 1.0
    expect(classify(0.94, 3.5).critical).toBe(false); // SR rounds to 0.9
    expect(classify(1.2, 2.75).critical).toBe(true); // EI rounds to 2.8
    expect(classify(1.2, 2.74).critical).toBe(false);
    expect(classify(0.8, 2.8).formula).toBe('critical = (round(SR) ≥ 1) ∧ (round(EI) ≥ 2.8) = (0.8 ≥ 1) ∧ (2.8 ≥ 2.8) = no');
  });

  it('accepts other thresholds', () => {
    expect(classify(0.8, 2.8, { sr: 0.8, ei: 2.8 }).critical).toBe(true);
  });

  it('rounds half away from zero', () => {
    expect(roundOneDecimal(0.05)).toBe(0.1);
    expect(roundOneDecimal(2.849)).toBe(2.8);
    expect(roundOneDecimal(-0.25)).toBe(-0.3);
  });
});

describe('the shipped 2023 SR/EI table', () => {
  const dataset = loadShippedDataset();
  const classified = classifyPublished(dataset);
  const critical = classified.filter((c) => c.classification.critical).map((c) => c.materialId).sort();

  it('classifies the 70 materials assessed in 2023, exactly 32 of which pass both thresholds', () => {
    expect(classified).toHaveLength(70);
    expect(critical).toEqual(
      ['aluminium', 'antimony', 'arsenic', 'baryte', 'beryllium', 'bismuth', 'boron', 'cobalt', 'coking-coal', 'feldspar',
        'fluorspar', 'gallium', 'germanium', 'hafnium', 'helium', 'hree', 'lithium', 'lree', 'magnesium', 'manganese',
        'graphite', 'niobium', 'pgm', 'phosphate-rock', 'phosphorus', 'scandium', 'silicon-metal', 'strontium', 'tantalum',
        'titanium-metal', 'tungsten', 'vanadium'].sort(),
    );
  });

  it('gives, with copper and nickel, the 34 critical raw materials of the Act (by name through the mapping)', () => {
    const parsed = parseCrmaMaterialList(readReferenceFile('crma_2024_1252_material_lists.csv'));
    const actIds = (parsed.value ?? []).filter((i) => i.critical).map((i) => i.materialId).sort();
    expect(actIds).toHaveLength(34);
    expect([...critical, 'copper', 'nickel'].sort()).toEqual(actIds);
    expect(annexIIMaterials().map((m) => m.id).sort()).toEqual(actIds);
    expect(getMaterial('copper')?.strategic).toBe('yes');
    expect(getMaterial('nickel')?.strategic).toBe('yes');
  });

  it('leaves out the nearest misses (kaolin 0.8/2.8, teak 1.7/2.4) and copper and nickel themselves', () => {
    const byId = new Map(classified.map((c) => [c.materialId, c]));
    expect(byId.get('kaolin')).toMatchObject({ sr: 0.8, ei: 2.8, classification: { critical: false } });
    expect(byId.get('natural-teak-wood')).toMatchObject({ sr: 1.7, ei: 2.4, classification: { critical: false } });
    expect(byId.get('copper')?.classification.critical).toBe(false);
    expect(byId.get('nickel')?.classification.critical).toBe(false);
  });

  it('shows the published classification where the computed one is missing', () => {
    const cobalt = assessAll(dataset).find((a) => a.materialId === 'cobalt');
    expect(cobalt?.computed).toBeNull();
    expect(cobalt?.published).toMatchObject({ sr: 2.8, ei: 6.8, classification: { critical: true } });
    expect(new Set(cobalt?.missing.map((m) => m.kind))).toEqual(
      new Set(['governance', 'importReliance', 'eolRir', 'siSr', 'siEi', 'supplyShares']),
    );
    // The EU-sourcing table lists cobalt at the processing stage only.
    expect(cobalt?.missing.find((m) => m.kind === 'supplyShares')).toMatchObject({ list: 'euSourcing', stage: 'extraction' });
  });

  it('gives 30 materials for 2020 from the same series (the size of the 2020 EU list)', () => {
    const passing2020 = classifyPublished(dataset, 2020).filter((c) => c.classification.critical);
    expect(passing2020.length).toBe(30);
  });
});
