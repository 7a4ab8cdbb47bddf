import { describe, expect, it } from 'vitest';
import { assessMaterial } from './assess.js';
import { known, type CriticalityDataset } from './dataset.js';
import { completeWithSyntheticInputs, loadShippedDataset, makeDataset, makeMaterial, shares } from './test-support.js';
import { datasetValues, materialsSuppliedBy, materialValues } from './values.js';
import { runScenario, runScenarioValues } from './what-if.js';

const shipped = loadShippedDataset();
const complete = completeWithSyntheticInputs(shipped);

function agree(dataset: CriticalityDataset): void {
  for (const v of datasetValues(dataset)) {
    const a = assessMaterial(dataset, v.materialId);
    expect(v.sr, v.materialId).toBe(a.supplyRisk.sr.value);
    expect(v.ei, v.materialId).toBe(a.economicImportance.ei.value);
    expect(v.eiScaled, v.materialId).toBe(a.economicImportance.scaled.value);
    expect(v.critical, v.materialId).toBe(a.computed?.critical ?? null);
    expect(v.missing, v.materialId).toEqual(a.missing);
    expect(v.illustrative, v.materialId).toBe(a.supplyRisk.sr.illustrative === true || a.economicImportance.ei.illustrative === true);
    expect(v.stages.map((s) => [s.stage, s.sr, s.hhiGs, s.hhiEu, s.concentrationGs, s.concentrationEu]), v.materialId).toEqual(
      a.supplyRisk.stages.map((s) => [s.stage, s.sr.value, s.hhiGs.value, s.hhiEu.value, s.concentrationGs.value, s.concentrationEu.value]),
    );
  }
}

describe('the fast path (numbers only)', () => {
  it('agrees with the figures on every material of the shipped tables (nothing computable, same missing inputs)', () => {
    agree(shipped);
    expect(datasetValues(shipped).every((v) => v.sr === null && v.ei === null)).toBe(true);
  });

  it('agrees with the figures on every material when every input is present', () => {
    agree(complete);
    expect(datasetValues(complete).filter((v) => v.sr !== null && v.ei !== null).length).toBeGreaterThan(40);
  });

  it('computes SR and EI by hand on a small dataset', () => {
    const m = makeMaterial('x', {
      supply: {
        globalSupply: { extraction: shares(['CN', 0.8, 1], ['AU', 0.2, 1]) },
        euSourcing: { extraction: shares(['CN', 0.5, 1.2], ['ES', 0.5, 0.8]) },
      },
      importReliance: known(0.5, 't'),
      eolRir: known(0.2, 't'),
      siSr: known(0.9, 't', true),
      endUses: [{ application: 'a', share: 0.5, shareRaw: '50%', sectorCode: 'C28', sectorName: 'Machinery', valueAddedMeur: 200, source: { file: 'f', line: 2 } }],
      siEi: known(0.8, 't'),
    });
    const ds = makeDataset([m], { CN: 6, AU: 2, ES: 3 }, { code: 'C28', name: 'Machinery', valueAddedMeur: 100 });
    const v = materialValues(ds, 'x');
    // HHI_GS = 0.64·6·1 + 0.04·2·1 = 3.92; HHI_EU = 0.25·6·1.2 + 0.25·3·0.8 = 2.4
    expect(v.stages[0]?.hhiGs).toBeCloseTo(3.92, 12);
    expect(v.stages[0]?.hhiEu).toBeCloseTo(2.4, 12);
    // SR = [3.92·0.25 + 2.4·0.75]·0.8·0.9 = 2.0016
    expect(v.sr).toBeCloseTo(2.0016, 12);
    // EI = 0.5·200·10/100·0.8 = 8
    expect(v.ei).toBeCloseTo(8, 12);
    expect(v.critical).toBe(true);
    expect(v.illustrative).toBe(true);
    expect(assessMaterial(ds, 'x').supplyRisk.sr.illustrative).toBe(true);
    expect(assessMaterial(ds, 'x').economicImportance.ei.illustrative).toBeUndefined();
  });

  it('reports a material that is not in the dataset', () => {
    expect(materialValues(shipped, 'unobtainium').missing).toEqual([{ kind: 'material', materialId: 'unobtainium', reason: 'material not in the dataset' }]);
  });

  it('indexes which materials a country supplies', () => {
    expect(materialsSuppliedBy(shipped, 'CN').length).toBeGreaterThan(60);
    expect(materialsSuppliedBy(shipped, 'CN')).toContain('gallium');
    expect(materialsSuppliedBy(shipped, 'ZZ')).toEqual([]);
  });
});

describe('runScenarioValues', () => {
  it('gives the same before/after numbers as the figures path', () => {
    const changes = [
      { kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'globalSupply', country: 'ES', share: 0.1 },
      { kind: 'governance', country: 'CN', wgiScaled: 9 },
    ] as const;
    const fast = runScenarioValues(complete, changes);
    const full = runScenario(complete, changes);
    expect(fast.errors).toEqual([]);
    expect(fast.comparisons.map((c) => c.materialId)).toEqual(full.comparisons.map((c) => c.materialId));
    for (const [i, c] of fast.comparisons.entries()) {
      expect([c.before.sr, c.after.sr]).toEqual([full.comparisons[i]?.before.sr.value, full.comparisons[i]?.after.sr.value]);
    }
    const tungsten = fast.comparisons.find((c) => c.materialId === 'tungsten');
    expect(tungsten?.after.sr).not.toBe(tungsten?.before.sr);
  });

  it('returns the errors and no comparison when a change is invalid', () => {
    const out = runScenarioValues(complete, [{ kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'CN', t: -1 }]);
    expect(out.changed).toBeNull();
    expect(out.comparisons).toEqual([]);
    expect(out.errors).toHaveLength(1);
  });
});
