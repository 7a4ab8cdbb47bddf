import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma, regularizedIncompleteBeta } from './incomplete-beta.js';

/** I_x(a, b) for integer a, b equals the binomial tail P(Bin(a + b - 1, x) >= a). */
function binomialTail(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let total = 0;
  let choose = 1; // C(n, 0)
  for (let j = 0; j <= n; j++) {
    if (j >= a) total += choose * x ** j * (1 - x) ** (n - j);
    choose = (choose * (n - j)) / (j + 1);
  }
  return total;
}

describe('logGamma', () => {
  it('matches factorials and Gamma(1/2) = sqrt(pi)', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 12);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('has the closed forms for a = 1, b = 1 and a = b = 1/2', () => {
    for (const x of [0.01, 0.2, 0.5, 0.77, 0.999]) {
      expect(regularizedIncompleteBeta(x, 1, 3.5)).toBeCloseTo(1 - (1 - x) ** 3.5, 13);
      expect(regularizedIncompleteBeta(x, 2.5, 1)).toBeCloseTo(x ** 2.5, 13);
      expect(regularizedIncompleteBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 12);
    }
  });

  it('matches hand-computed values', () => {
    // I_0.4(2, 3) = 6(.4^2)(.6^2) + 4(.4^3)(.6) + .4^4 = 0.5248
    expect(regularizedIncompleteBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 14);
    expect(regularizedIncompleteBeta(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('equals the binomial tail for integer parameters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (a, b, x) => {
        expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(binomialTail(x, a, b), 10);
      }),
    );
  });

  it('satisfies I_x(a, b) = 1 - I_(1-x)(b, a) and is monotone in x', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.double({ min: 0.0001, max: 0.9999, noNaN: true }),
        fc.double({ min: 0.0001, max: 0.9999, noNaN: true }),
        (a, b, x1, x2) => {
          const v = regularizedIncompleteBeta(x1, a, b);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          expect(v + regularizedIncompleteBeta(1 - x1, b, a)).toBeCloseTo(1, 10);
          const [lo, hi] = x1 < x2 ? [x1, x2] : [x2, x1];
          expect(regularizedIncompleteBeta(lo, a, b)).toBeLessThanOrEqual(regularizedIncompleteBeta(hi, a, b) + 1e-12);
        },
      ),
    );
  });

  it('rejects arguments outside its domain', () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });
});
