import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { known, type MaterialData } from './dataset.js';
import { plainHhi, weightedHhi } from './hhi.js';
import { supplyRisk, supplyRiskValue } from './supply-risk.js';
import { loadShippedDataset, makeDataset, makeMaterial, shares } from './test-support.js';

const ctx = { materialId: 'x', stage: 'extraction', list: 'globalSupply' } as const;

describe('HHI weighted by governance and trade', () => {
  it('sums S²·WGI·t (hand-computed)', () => {
    // 0.6²·6·1.1 + 0.3²·2·1 + 0.1²·1.5·0.8 = 2.376 + 0.18 + 0.012 = 2.568
    const rows = shares(['CN', 0.6, 1.1], ['AU', 0.3, 1], ['DE', 0.1, 0.8]);
    const gov = { CN: known(6, 't'), AU: known(2, 't'), DE: known(1.5, 't') };
    const f = weightedHhi(rows, gov, ctx);
    expect(f.value).toBeCloseTo(2.568, 12);
    expect(f.formula).toBe('HHI_GS,extraction = Σ S²·WGI·t = 0.6²·6·1.1 + 0.3²·2·1 + 0.1²·1.5·0.8 = 2.568');
    expect(f.missing).toEqual([]);
  });

  it('has no value and names the country when a governance score is missing', () => {
    const rows = shares(['CN', 0.6, 1.1], ['AU', 0.4, 1]);
    const f = weightedHhi(rows, { CN: known(6, 't') }, ctx);
    expect(f.value).toBeNull();
    expect(f.missing).toEqual([{ kind: 'governance', country: 'AU', reason: 'country has no governance entry' }]);
    expect(f.formula).toContain('0.4²·?·1');
  });

  it('leaves "<0.1%" shares out and says how many', () => {
    const rows = shares(['CN', 0.9, 1], ['CO', null, 1], ['PE', null, 1], ['AU', 0.1, 1]);
    const f = plainHhi(rows, ctx);
    expect(f.value).toBeCloseTo(0.82, 12);
    expect(f.formula).toBe('ΣS²_GS,extraction = 0.9² + 0.1² = 0.82 (2 shares "<0.1%" left out)');
  });

  it('reports missing shares for a stage without rows', () => {
    const f = weightedHhi(undefined, {}, { ...ctx, list: 'euSourcing' });
    expect(f.value).toBeNull();
    expect(f.missing).toMatchObject([{ kind: 'supplyShares', list: 'euSourcing', stage: 'extraction' }]);
  });

  it('lies between the largest single term S²·WGI·t and the largest WGI·t (property)', () => {
    const row = fc.record({ share: fc.double({ min: 0, max: 1, noNaN: true }), wgi: fc.double({ min: 0, max: 10, noNaN: true }), t: fc.constantFrom(0.8, 1, 1.1, 1.5) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rs) => {
        const total = rs.reduce((s, r) => s + r.share, 0);
        const norm = rs.map((r, i) => ({ ...r, share: total > 0 ? r.share / total : 0, c: `C${i}` }));
        const gov = Object.fromEntries(norm.map((r) => [r.c, known(r.wgi, 't')]));
        const value = weightedHhi(shares(...norm.map((r) => [r.c, r.share, r.t] as const)), gov, ctx).value ?? NaN;
        const weights = norm.map((r) => r.wgi * r.t);
        const largestTerm = Math.max(...norm.map((r) => r.share * r.share * r.wgi * r.t));
        expect(value).toBeGreaterThanOrEqual(largestTerm - 1e-9);
        expect(value).toBeLessThanOrEqual(Math.max(...weights) + 1e-9);
      }),
    );
  });
});

describe('supply risk formula', () => {
  it('with IR = 0 uses only the EU-sourcing HHI', () => {
    // [x·0/2 + 2.0·(1 − 0)]·(1 − 0.25)·0.9 = 1.35
    expect(supplyRiskValue({ hhiGs: 99, hhiEu: 2.0, importReliance: 0, eolRir: 0.25, siSr: 0.9 })).toBeCloseTo(1.35, 12);
  });

  it('with IR = 1 weighs both HHIs by one half', () => {
    // [3.0·0.5 + 1.0·0.5]·(1 − 0.1)·0.8 = 2.0·0.9·0.8 = 1.44
    expect(supplyRiskValue({ hhiGs: 3.0, hhiEu: 1.0, importReliance: 1, eolRir: 0.1, siSr: 0.8 })).toBeCloseTo(1.44, 12);
  });

  it('scales by (1 − EoL-RIR): full recycling gives 0, half recycling halves', () => {
    const base = { hhiGs: 2, hhiEu: 1, importReliance: 0.6, siSr: 1 };
    const none = supplyRiskValue({ ...base, eolRir: 0 });
    expect(none).toBeCloseTo(2 * 0.3 + 1 * 0.7, 12);
    expect(supplyRiskValue({ ...base, eolRir: 0.5 })).toBeCloseTo(none / 2, 12);
    expect(supplyRiskValue({ ...base, eolRir: 1 })).toBe(0);
  });
});

function cobaltLike(parts: Partial<MaterialData> = {}): MaterialData {
  return makeMaterial('x', {
    supply: {
      globalSupply: { extraction: shares(['CD', 0.7, 1.1], ['AU', 0.3, 1]), processing: shares(['CN', 0.6, 1], ['FI', 0.4, 0.8]) },
      euSourcing: { extraction: shares(['CD', 0.5, 1.1], ['FI', 0.5, 0.8]), processing: shares(['FI', 0.6, 0.8], ['BE', 0.4, 0.8]) },
    },
    importReliance: known(0.8, 't'),
    eolRir: known(0.2, 't'),
    siSr: known(0.9, 't'),
    ...parts,
  });
}

describe('supplyRisk on a hand-made dataset', () => {
  const gov = { CD: 8, AU: 2, CN: 6, FI: 1, BE: 2 };

  it('computes SR per stage and takes the higher one', () => {
    const r = supplyRisk(makeDataset([cobaltLike()], gov), 'x');
    // extraction: GS = 0.49·8·1.1 + 0.09·2 = 4.492; EU = 0.25·8·1.1 + 0.25·1·0.8 = 2.4
    //   SR = [4.492·0.4 + 2.4·0.6]·0.8·0.9 = (1.7968 + 1.44)·0.72 = 2.330496
    // processing: GS = 0.36·6 + 0.16·1·0.8 = 2.288; EU = 0.36·1·0.8 + 0.16·2·0.8 = 0.544
    //   SR = [2.288·0.4 + 0.544·0.6]·0.72 = (0.9152 + 0.3264)·0.72 = 0.893952
    expect(r.stages.map((s) => s.stage)).toEqual(['extraction', 'processing']);
    expect(r.stages[0]?.hhiGs.value).toBeCloseTo(4.492, 12);
    expect(r.stages[0]?.hhiEu.value).toBeCloseTo(2.4, 12);
    expect(r.stages[0]?.sr.value).toBeCloseTo(2.330496, 12);
    expect(r.stages[1]?.sr.value).toBeCloseTo(0.893952, 12);
    expect(r.sr.value).toBeCloseTo(2.330496, 12);
    expect(r.sr.formula).toBe('SR = max(SR_extraction, SR_processing) = max(2.3305, 0.894) = 2.3305');
    expect(r.stages[0]?.sr.formula).toBe(
      'SR_extraction = [HHI_GS·IR/2 + HHI_EU·(1 − IR/2)]·(1 − EoL_RIR)·SI_SR = [4.492·0.8/2 + 2.4·(1 − 0.8/2)]·(1 − 0.2)·0.9 = 2.3305',
    );
  });

  it('lets the figure be expanded down to the shares', () => {
    const r = supplyRisk(makeDataset([cobaltLike()], gov), 'x');
    const hhi = r.sr.inputs[0]?.figure?.inputs[0]?.figure;
    expect(hhi?.symbol).toBe('HHI_GS,extraction');
    expect(hhi?.inputs.slice(0, 3)).toEqual([
      { symbol: 'S_CD', value: 0.7, note: 'Congo, D.R.' },
      { symbol: 'WGI_CD', value: 8 },
      { symbol: 't_CD', value: 1.1 },
    ]);
  });

  it('does not need global supply when IR = 0', () => {
    const m = cobaltLike({ importReliance: known(0, 't') });
    const r = supplyRisk(makeDataset([m], { FI: 1, BE: 2, CD: 8 }), 'x'); // no AU, CN scores
    expect(r.stages[0]?.sr.value).toBeCloseTo(2.4 * 0.8 * 0.9, 12);
    expect(r.stages[1]?.sr.value).toBeCloseTo(0.544 * 0.8 * 0.9, 12);
    expect(r.sr.missing).toEqual([]);
  });

  it('names every missing input and gives no value', () => {
    const m = makeMaterial('x', { supply: cobaltLike().supply });
    const r = supplyRisk(makeDataset([m], { CD: 8 }), 'x');
    expect(r.sr.value).toBeNull();
    const kinds = r.sr.missing.map((x) => (x.kind === 'governance' ? `governance:${x.country ?? ''}` : x.kind));
    expect(kinds.sort()).toEqual(['eolRir', 'governance:AU', 'governance:BE', 'governance:CN', 'governance:FI', 'importReliance', 'siSr']);
  });

  it('reports an unknown material', () => {
    expect(supplyRisk(makeDataset([]), 'nope').sr.missing).toMatchObject([{ kind: 'material' }]);
  });
});

describe('supplyRisk on the shipped 2023 tables', () => {
  const dataset = loadShippedDataset();

  it('reproduces the concentrations quoted in the research notes (V3, V4)', () => {
    const mg = supplyRisk(dataset, 'magnesium').stages;
    expect(mg.map((s) => s.stage)).toEqual(['processing']);
    expect(mg[0]?.concentrationGs.value).toBeCloseTo(0.823, 3);
    expect(mg[0]?.concentrationEu.value).toBeCloseTo(0.941, 3);
    const li = supplyRisk(dataset, 'lithium').stages;
    expect(li[0]?.concentrationGs.value).toBeCloseTo(0.356, 3);
    expect(li[1]?.concentrationGs.value).toBeCloseTo(0.43, 3);
    expect(li[1]?.concentrationEu.value).toBeCloseTo(0.635, 3);
  });

  it('gives no SR and names the missing inputs (the tables have no WGI, IR, EoL-RIR or SI_SR)', () => {
    const r = supplyRisk(dataset, 'magnesium');
    expect(r.sr.value).toBeNull();
    const kinds = new Set(r.sr.missing.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['eolRir', 'governance', 'importReliance', 'siSr']);
    expect(r.sr.missing.filter((m) => m.kind === 'governance').map((m) => m.country)).toContain('CN');
  });
});
