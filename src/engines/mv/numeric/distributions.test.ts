import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fDistributionSurvival, studentTCdf, studentTQuantile, studentTTwoSidedP } from './distributions.js';

describe('Student t', () => {
  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    for (const t of [-7, -1.3, 0, 0.4, 2, 15]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 13);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 13);
    }
  });

  it('reproduces published critical values (two-sided tables)', () => {
    const table: [p: number, df: number, t: number][] = [
      [0.975, 1, 12.7062047],
      [0.975, 5, 2.5705818],
      [0.95, 10, 1.8124611],
      [0.975, 30, 2.0422725],
      [0.95, 120, 1.6576509],
      [0.95, 1e7, 1.6448536],
    ];
    for (const [p, df, t] of table) {
      expect(studentTQuantile(p, df)).toBeCloseTo(t, 5);
      expect(studentTCdf(t, df)).toBeCloseTo(p, 7);
      expect(studentTTwoSidedP(t, df)).toBeCloseTo(2 * (1 - p), 7);
    }
  });

  it('quantile inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
      }),
    );
  });
});

describe('F distribution', () => {
  it('matches the closed form for 2 numerator degrees of freedom', () => {
    for (const [f, d2] of [[0.5, 3], [4, 10], [12, 40]] as const) {
      expect(fDistributionSurvival(f, 2, d2)).toBeCloseTo((1 + (2 * f) / d2) ** (-d2 / 2), 13);
    }
  });

  it('reproduces published critical values', () => {
    const table: [alpha: number, d1: number, d2: number, f: number][] = [
      [0.05, 2, 10, 4.102821],
      [0.01, 3, 20, 4.938193],
      [0.05, 1, 30, 4.170877],
      [0.1, 1, 10, 3.285015],
    ];
    for (const [alpha, d1, d2, f] of table) expect(fDistributionSurvival(f, d1, d2)).toBeCloseTo(alpha, 6);
  });

  it('agrees with t^2 ~ F(1, df)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 30, noNaN: true }), fc.integer({ min: 1, max: 300 }), (t, df) => {
        expect(fDistributionSurvival(t * t, 1, df)).toBeCloseTo(studentTTwoSidedP(t, df), 10);
      }),
    );
  });
});
