import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../ranking/issues.js';
import { splitAward, validatePaymentScheme, type TrancheSpec } from './tranches.js';

const SCHEME_40_45_15: TrancheSpec[] = [
  { label: 'Signature', percent: 40, milestone: 'signature' },
  { label: 'Mid-term review', percent: 45, milestone: 'midTermReview' },
  { label: 'Final report', percent: 15, milestone: 'finalReport' },
];

const amounts = (xs: { amountCents: number }[]) => xs.map((x) => x.amountCents);

describe('payment schemes', () => {
  it('accepts 40/45/15 and percentages with two decimals summing to 100', () => {
    expect(validatePaymentScheme(SCHEME_40_45_15)).toEqual([]);
    expect(validatePaymentScheme([{ label: 'a', percent: 33.33 }, { label: 'b', percent: 33.33 }, { label: 'c', percent: 33.34 }])).toEqual([]);
  });

  it('rejects sums other than exactly 100, zero/negative/over-precise percentages and empty schemes', () => {
    const codes = (t: TrancheSpec[]) => validatePaymentScheme(t).map((i) => i.code);
    expect(codes([{ label: 'a', percent: 40 }, { label: 'b', percent: 45 }, { label: 'c', percent: 14.99 }])).toEqual(['ledger.scheme_not_100']);
    expect(codes([{ label: 'a', percent: 100.01 }])).toEqual(['ledger.percent_invalid']);
    expect(codes([{ label: 'a', percent: 0 }, { label: 'b', percent: 100 }])).toEqual(['ledger.percent_invalid']);
    expect(codes([{ label: 'a', percent: 33.333 }, { label: '', percent: 66.667 }])).toEqual([
      'ledger.percent_invalid',
      'ledger.percent_invalid',
      'ledger.label_missing',
    ]);
    expect(codes([])).toEqual(['ledger.scheme_empty']);
    // 0.1 + 0.2 style float noise must not matter: 10.1 + 89.9 is exactly 100 in basis points
    expect(codes([{ label: 'a', percent: 10.1 }, { label: 'b', percent: 89.9 }])).toEqual([]);
  });
});

describe('splitAward', () => {
  it('splits 1,000.01 EUR by 40/45/15 with the largest remainder rule', () => {
    // exact shares 40000.4, 45000.45, 15000.15 -> floors sum to 100000, one cent to the largest remainder (.45)
    expect(amounts(splitAward(100_001, SCHEME_40_45_15))).toEqual([40_000, 45_001, 15_000]);
    expect(amounts(splitAward(100_001, SCHEME_40_45_15, 'lastTranche'))).toEqual([40_000, 45_000, 15_001]);
  });

  it('gives 33/33/34 for one euro split 33.33/33.33/33.34, earlier tranche first on equal remainders', () => {
    const thirds = [{ label: 'a', percent: 33.33 }, { label: 'b', percent: 33.33 }, { label: 'c', percent: 33.34 }];
    expect(amounts(splitAward(100, thirds))).toEqual([33, 33, 34]);
    const equal = [{ label: 'a', percent: 25 }, { label: 'b', percent: 25 }, { label: 'c', percent: 25 }, { label: 'd', percent: 25 }];
    expect(amounts(splitAward(7, equal))).toEqual([2, 2, 2, 1]);
    expect(amounts(splitAward(7, equal, 'lastTranche'))).toEqual([1, 1, 1, 4]);
  });

  it('carries labels and milestones and is exact for the largest safe amount', () => {
    const r = splitAward(Number.MAX_SAFE_INTEGER, SCHEME_40_45_15);
    expect(r.map((t) => [t.index, t.label, t.milestone, t.percent])).toEqual([
      [0, 'Signature', 'signature', 40],
      [1, 'Mid-term review', 'midTermReview', 45],
      [2, 'Final report', 'finalReport', 15],
    ]);
    expect(r.reduce((s, t) => s + BigInt(t.amountCents), 0n)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('refuses invalid amounts and schemes', () => {
    expect(() => splitAward(10.5, SCHEME_40_45_15)).toThrow(EngineInputError);
    expect(() => splitAward(-1, SCHEME_40_45_15)).toThrow(EngineInputError);
    expect(() => splitAward(100, [{ label: 'a', percent: 99 }])).toThrow(EngineInputError);
  });

  it('sums exactly to the award for random amounts and schemes; each tranche within a cent of its share', () => {
    // random scheme: n positive basis-point parts summing to 10,000
    const schemeArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { maxLength: 7 })
      .map((cuts) => [0, ...cuts.sort((a, b) => a - b), 10_000])
      .map((points) => points.slice(1).map((p, i) => ({ label: `t${i}`, percent: (p - points[i]!) / 100 })));
    fc.assert(
      fc.property(fc.maxSafeNat(), schemeArb, fc.constantFrom('largestRemainder' as const, 'lastTranche' as const), (amount, scheme, rounding) => {
        const parts = amounts(splitAward(amount, scheme, rounding));
        expect(parts.reduce((s, a) => s + BigInt(a), 0n)).toBe(BigInt(amount));
        parts.forEach((a, i) => {
          expect(Number.isSafeInteger(a) && a >= 0).toBe(true);
          const exact = BigInt(amount) * BigInt(Math.round(scheme[i]!.percent * 100)); // share x 10,000
          const diff = BigInt(a) * 10_000n - exact;
          if (rounding === 'largestRemainder' || i < parts.length - 1) {
            expect(diff > -10_000n && diff < 10_000n).toBe(true);
            if (rounding === 'lastTranche') expect(diff <= 0n).toBe(true);
          }
        });
      }),
    );
  });
});
