import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { known, type CriticalityDataset } from './dataset.js';
import { applyScenario, rescaleShares, type ScenarioChange } from './scenario.js';
import { loadShippedDataset, makeDataset, makeMaterial, shares } from './test-support.js';
import { runScenario, touchedMaterials } from './what-if.js';

describe('rescaleShares', () => {
  it('sets the share and rescales the others proportionally (hand-computed)', () => {
    // AU 0.3 -> 0.5: the others shrink by k = (1 − 0.5)/(1 − 0.3) = 5/7
    const out = rescaleShares(shares(['CN', 0.6, 1], ['AU', 0.3, 1], ['DE', 0.1, 0.8]), 'AU', 0.5);
    if (!Array.isArray(out)) throw new Error(out.message);
    expect(out.map((r) => r.country)).toEqual(['CN', 'AU', 'DE']);
    expect(out[0]?.share).toBeCloseTo(0.6 * (5 / 7), 12);
    expect(out[1]).toMatchObject({ share: 0.5, shareRaw: 'scenario' });
    expect(out[2]).toMatchObject({ shareRaw: 'rescaled', t: 0.8 });
    expect(out[2]?.share).toBeCloseTo(0.1 * (5 / 7), 12);
  });

  it('keeps a listed total below 1 and leaves "<0.1%" shares alone', () => {
    const out = rescaleShares(shares(['CN', 0.6, 1], ['AU', 0.3, 1], ['PE', null, 1]), 'CN', 0.3);
    if (!Array.isArray(out)) throw new Error(out.message);
    // total 0.9 kept: AU = 0.3·(0.9 − 0.3)/(0.9 − 0.6) = 0.6
    expect(out.map((r) => r.share)).toEqual([0.3, expect.closeTo(0.6, 12), null]);
  });

  it('adds a country that was not listed, with t = 0.8 for an EU member state', () => {
    const out = rescaleShares(shares(['CN', 0.8, 1], ['AU', 0.2, 1]), 'ES', 0.1);
    if (!Array.isArray(out)) throw new Error(out.message);
    expect(out[2]).toEqual({ country: 'ES', share: 0.1, shareRaw: 'scenario', t: 0.8, source: null });
    expect(out[0]?.share).toBeCloseTo(0.72, 12);
  });

  it('refuses impossible changes', () => {
    expect(rescaleShares(shares(['CN', 0.6, 1], ['AU', 0.3, 1]), 'CN', 0.95)).toMatchObject({
      code: 'crm.scenario.share_above_total',
      params: { share: 0.95, total: 0.9 },
      message: expect.stringMatching(/exceeds the listed total 0.9/),
    });
    expect(rescaleShares(shares(['CN', 1, 1]), 'CN', 0.5)).toMatchObject({ code: 'crm.scenario.no_other_supplier' });
    expect(rescaleShares(shares(['CN', 1, 1]), 'CN', -0.1)).toMatchObject({ code: 'crm.scenario.share_range' });
  });

  it('never gives another supplier a negative share when s_new equals the total up to rounding', () => {
    // Found by the property below: 0.9973313037473559 + 0.002668696252644004 sums to 1 − 1e-16.
    const out = rescaleShares(shares(['C0', 0.9973313037473559, 1], ['C1', 0.002668696252644004, 1]), 'C0', 1);
    if (!Array.isArray(out)) throw new Error(out.message);
    expect(out.map((r) => r.share)).toEqual([1, 0]);
  });

  it('keeps the total, sets the share and keeps the ratios of the others (property)', () => {
    const arb = fc
      .tuple(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([raw, pick, frac]) => {
        const sum = raw.reduce((s, v) => s + v, 0);
        const rows = shares(...raw.map((v, i) => [`C${i}`, v / sum, 1] as const));
        return { rows, index: pick % rows.length, target: frac };
      });
    fc.assert(
      fc.property(arb, ({ rows, index, target }) => {
        const country = rows[index]?.country ?? '';
        const out = rescaleShares(rows, country, target);
        if (!Array.isArray(out)) return;
        expect(out.reduce((s, r) => s + (r.share ?? 0), 0)).toBeCloseTo(1, 9);
        expect(out[index]?.share).toBe(target);
        const others = out.filter((_, i) => i !== index);
        const before = rows.filter((_, i) => i !== index);
        for (const [i, r] of others.entries()) {
          expect(r.share ?? 0).toBeGreaterThanOrEqual(0);
          const ratio = (r.share ?? 0) / (before[i]?.share ?? 1);
          expect(ratio).toBeCloseTo((others[0]?.share ?? 0) / (before[0]?.share ?? 1), 9);
        }
      }),
    );
  });
});

function handDataset(): CriticalityDataset {
  const m = makeMaterial('ga', {
    supply: {
      globalSupply: { processing: shares(['CN', 0.9, 1], ['DE', 0.1, 0.8]) },
      euSourcing: { processing: shares(['CN', 0.7, 1], ['DE', 0.3, 0.8]) },
    },
    importReliance: known(1, 't'),
    eolRir: known(0, 't'),
    siSr: known(1, 't'),
  });
  return makeDataset([m], { CN: 5, DE: 1 });
}

describe('applyScenario and runScenario', () => {
  it("shows SR before and after China's export restriction (t 1 -> 1.5, hand-computed)", () => {
    // before: GS = 0.81·5 + 0.01·0.8 = 4.058, EU = 0.49·5 + 0.09·0.8 = 2.522, SR = 0.5·(4.058 + 2.522) = 3.29
    // after:  GS = 0.81·5·1.5 + 0.008 = 6.083, EU = 0.49·5·1.5 + 0.072 = 3.747, SR = 0.5·9.83 = 4.915
    const { comparisons, errors } = runScenario(handDataset(), [{ kind: 'trade', materialId: 'ga', stage: 'processing', country: 'CN', t: 1.5 }]);
    expect(errors).toEqual([]);
    expect(comparisons.map((c) => c.materialId)).toEqual(['ga']);
    expect(comparisons[0]?.before.sr.value).toBeCloseTo(3.29, 12);
    expect(comparisons[0]?.after.sr.value).toBeCloseTo(4.915, 12);
  });

  it('shows SR after a share change in one list (hand-computed)', () => {
    // EU sourcing: DE 0.3 -> 0.5, CN 0.7 -> 0.5: EU = 0.25·5 + 0.25·0.8 = 1.45; SR = 0.5·(4.058 + 1.45) = 2.754
    const change: ScenarioChange = { kind: 'share', materialId: 'ga', stage: 'processing', list: 'euSourcing', country: 'DE', share: 0.5 };
    const { comparisons } = runScenario(handDataset(), [change]);
    expect(comparisons[0]?.after.sr.value).toBeCloseTo(2.754, 12);
    expect(comparisons[0]?.after.critical).toBeNull(); // no EI inputs: no computed classification
  });

  it('never modifies the base dataset', () => {
    const base = handDataset();
    const copy = structuredClone(base);
    applyScenario(base, [
      { kind: 'share', materialId: 'ga', stage: 'processing', list: 'globalSupply', country: 'DE', share: 0.5 },
      { kind: 'parameter', materialId: 'ga', parameter: 'eolRir', value: 0.3 },
      { kind: 'governance', country: 'CN', wgiScaled: 9 },
    ]);
    expect(base).toEqual(copy);
  });

  it('lists every invalid change and returns no dataset', () => {
    const result = applyScenario(handDataset(), [
      { kind: 'share', materialId: 'nope', stage: 'processing', list: 'euSourcing', country: 'DE', share: 0.5 },
      { kind: 'share', materialId: 'ga', stage: 'extraction', list: 'euSourcing', country: 'DE', share: 0.5 },
      { kind: 'trade', materialId: 'ga', stage: 'processing', country: 'AU', t: 1.2 },
      { kind: 'trade', materialId: 'ga', stage: 'processing', country: 'CN', t: 0 },
      { kind: 'parameter', materialId: 'ga', parameter: 'importReliance', value: 1.2 },
      { kind: 'governance', country: 'China', wgiScaled: 5 },
      { kind: 'governance', country: 'CN', wgiScaled: 11 },
    ]);
    expect(result.dataset).toBeNull();
    expect(result.errors.map((e) => [e.index, e.code])).toEqual([
      [0, 'crm.scenario.unknown_material'],
      [1, 'crm.scenario.no_rows'],
      [2, 'crm.scenario.country_not_listed'],
      [3, 'crm.scenario.trade_factor'],
      [4, 'crm.scenario.parameter_range'],
      [5, 'crm.scenario.country_code'],
      [6, 'crm.scenario.governance_range'],
    ]);
  });

  it('fills a missing input for a scenario and labels its source', () => {
    const result = applyScenario(handDataset(), [{ kind: 'parameter', materialId: 'ga', parameter: 'siEi', value: 0.9 }]);
    expect(result.dataset?.materials.ga?.siEi).toEqual({ status: 'known', value: 0.9, source: 'scenario' });
  });
});

describe('what-if on the shipped tables', () => {
  const dataset = loadShippedDataset();

  it('Spanish tungsten extraction rising to 10 %: Spain set, the others rescaled, concentration lower', () => {
    const change: ScenarioChange = { kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'globalSupply', country: 'ES', share: 0.1 };
    const { comparisons, errors } = runScenario(dataset, [change]);
    expect(errors).toEqual([]);
    const after = applyScenario(dataset, [change]).dataset?.materials.tungsten?.supply.globalSupply.extraction ?? [];
    const before = dataset.materials.tungsten?.supply.globalSupply.extraction ?? [];
    const total = before.reduce((s, r) => s + (r.share ?? 0), 0);
    const k = (total - 0.1) / (total - 0.006);
    expect(after.find((r) => r.country === 'ES')?.share).toBe(0.1);
    expect(after.find((r) => r.country === 'CN')?.share).toBeCloseTo(0.826 * k, 12);
    const stage = (c: (typeof comparisons)[number] | undefined, when: 'before' | 'after') => c?.[when].stages.find((s) => s.stage === 'extraction');
    expect(stage(comparisons[0], 'after')?.concentrationGs.value).toBeLessThan(stage(comparisons[0], 'before')?.concentrationGs.value ?? 0);
    // SR needs WGI, IR, EoL-RIR and SI_SR, which the tables lack: no invented value, the published one is given instead.
    expect(comparisons[0]?.after.sr.value).toBeNull();
    expect(comparisons[0]?.published.sr).toBe(1.2);
  });

  it("China's export restriction on gallium touches both lists", () => {
    const result = applyScenario(dataset, [{ kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'CN', t: 1.5 }]);
    const ga = result.dataset?.materials.gallium?.supply;
    expect(ga?.globalSupply.processing?.find((r) => r.country === 'CN')?.t).toBe(1.5);
    expect(ga?.euSourcing.processing?.find((r) => r.country === 'CN')?.t).toBe(1.5);
  });

  it('a governance change touches every material the country supplies', () => {
    const ids = touchedMaterials(dataset, [{ kind: 'governance', country: 'CL', wgiScaled: 3 }]);
    expect(ids).toContain('lithium');
    expect(ids).toContain('copper');
    expect(ids).not.toContain('tungsten');
  });
});
