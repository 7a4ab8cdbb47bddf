import { describe, expect, it } from 'vitest';
import { checkCrmaBenchmarks, parseCrmaBenchmarks, type CapacityProfile } from './crma-benchmarks.js';
import { readReferenceFile } from './test-support.js';

const parsed = parseCrmaBenchmarks(readReferenceFile('crma_article5_benchmarks.csv'));
const benchmarks = parsed.value ?? [];

describe('parseCrmaBenchmarks', () => {
  it('reads the four Art. 5 benchmarks of the shipped file', () => {
    expect(parsed.errors).toEqual([]);
    expect(benchmarks.map((b) => [b.id, b.threshold, b.direction, b.targetYear, b.article])).toEqual([
      ['extraction', 0.1, 'min', 2030, 'Art. 5(1)(a)(i)'],
      ['processing', 0.4, 'min', 2030, 'Art. 5(1)(a)(ii)'],
      ['recycling', 0.25, 'min', 2030, 'Art. 5(1)(a)(iii)'],
      ['diversification', 0.65, 'max', 2030, 'Art. 5(1)(b)'],
    ]);
  });

  it('rejects malformed rows and lists every problem', () => {
    const text = [
      'benchmark_id,article,stage,metric,threshold,direction,target_year,scope',
      'extraction,Art. 5,extraction,m,ten,min,2030,s',
      'processing,Art. 5,processing,m,0.4,atleast,20x0,s',
    ].join('\n');
    const r = parseCrmaBenchmarks(text);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'threshold'],
      [3, 'direction'],
      [3, 'target_year'],
    ]);
  });
});

describe('checkCrmaBenchmarks', () => {
  const profile: CapacityProfile = { extraction: 0.1, processing: 0.399, recycling: null, largestThirdCountryShare: 0.65, largestThirdCountry: 'CN' };

  it('compares with 10/40/25 % and the 65 % cap, values at the threshold meeting it', () => {
    const checks = checkCrmaBenchmarks(profile, benchmarks);
    expect(checks.map((c) => [c.benchmarkId, c.met])).toEqual([
      ['extraction', true],
      ['processing', false],
      ['recycling', null],
      ['diversification', true],
    ]);
    expect(checks[1]?.margin).toBeCloseTo(-0.001, 12);
    expect(checks[3]?.formula).toBe('diversification (CN): 0.65 ≤ 0.65 = met');
    expect(checks[2]?.formula).toBe('recycling: ? ≥ 0.25 (no value)');
  });

  it('fails the cap above 65 % (e.g. China 97 % of EU magnesium sourcing)', () => {
    const checks = checkCrmaBenchmarks({ ...profile, largestThirdCountryShare: 0.97 }, benchmarks);
    expect(checks[3]).toMatchObject({ met: false });
    expect(checks[3]?.margin).toBeCloseTo(-0.32, 12);
  });
});
