import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceLeastSquares } from '../testing/reference.js';
import { ols, SingularDesignError } from './ols.js';

// NIST StRD "Longley" (certified values, https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml).
const longleyY = [60323, 61122, 60171, 61187, 63221, 63639, 64989, 63761, 66019, 67857, 68169, 66513, 68655, 69564, 69331, 70551];
const longleyX = [
  [83.0, 88.5, 88.2, 89.5, 96.2, 98.1, 99.0, 100.0, 101.2, 104.6, 108.4, 110.8, 112.6, 114.2, 115.7, 116.9],
  [234289, 259426, 258054, 284599, 328975, 346999, 365385, 363112, 397469, 419180, 442769, 444546, 482704, 502601, 518173, 554894],
  [2356, 2325, 3682, 3351, 2099, 1932, 1870, 3578, 2904, 2822, 2936, 4681, 3813, 3931, 4806, 4007],
  [1590, 1456, 1616, 1650, 3099, 3594, 3547, 3350, 3048, 2857, 2798, 2637, 2552, 2514, 2572, 2827],
  [107608, 108632, 109773, 110929, 112075, 113270, 115094, 116219, 117388, 118734, 120445, 121950, 123366, 125368, 127852, 130081],
  [1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962],
];
const certified = {
  b: [-3482258.63459582, 15.0618722713733, -0.035819179292591, -2.02022980381683, -1.03322686717359, -0.0511041056535807, 1829.15146461355],
  se: [890420.383607373, 84.9149257747669, 0.0334910077722432, 0.488399681651699, 0.214274163161675, 0.22607320006937, 455.478499142212],
  residualSd: 304.854073561965,
  r2: 0.995479004577296,
};

describe('ols', () => {
  it('reproduces the NIST Longley certified values', () => {
    const fit = ols(longleyY, longleyX);
    fit.coefficients.forEach((b, i) => expect(b / certified.b[i]!).toBeCloseTo(1, 9));
    fit.standardErrors.forEach((se, i) => expect(se / certified.se[i]!).toBeCloseTo(1, 8));
    expect(Math.sqrt(fit.sigma2) / certified.residualSd).toBeCloseTo(1, 10);
    expect(fit.r2).toBeCloseTo(certified.r2, 12);
  });

  it('fits a straight line by hand', () => {
    // y = 1 + 2x exactly, plus one point off by +1 at x = 3: least squares by hand.
    const fit = ols([1, 3, 5, 8], [[0, 1, 2, 3]]);
    // Sxx = 5, Sxy = 11.5 (x mean 1.5, y mean 4.25) -> slope 2.3, intercept 4.25 - 3.45 = 0.8;
    // fitted 0.8, 3.1, 5.4, 7.7 -> residuals 0.2, -0.1, -0.4, 0.3 -> SSR 0.30, R^2 = 1 - 0.3 / 26.75.
    expect(fit.coefficients[0]).toBeCloseTo(0.8, 12);
    expect(fit.coefficients[1]).toBeCloseTo(2.3, 12);
    expect(fit.ssr).toBeCloseTo(0.3, 12);
    expect(fit.r2).toBeCloseTo(1 - 0.3 / 26.75, 12);
    expect(fit.sigma2).toBeCloseTo(0.15, 12);
  });

  it('agrees with weighted normal equations and leaves residuals orthogonal to the design', () => {
    // Integer grids keep the random designs away from denormal, numerically singular corners.
    const row = fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 80 }).map((v) => v / 2), fc.integer({ min: -50, max: 50 }).map((v) => v / 10));
    fc.assert(
      fc.property(fc.array(row, { minLength: 8, maxLength: 40 }), fc.double({ min: -3, max: 3, noNaN: true }), (rows, slope) => {
        const x1 = rows.map((r) => r[0]);
        const x2 = rows.map((r) => r[1] * r[1]);
        const w = rows.map((r) => r[2]);
        const y = rows.map((r) => 10 + slope * r[0] + 0.1 * r[1] * r[1] + r[3]);
        let fit;
        try {
          fit = ols(y, [x1, x2], { weights: w });
        } catch (e) {
          if (e instanceof SingularDesignError) return; // degenerate random design
          throw e;
        }
        const ref = referenceLeastSquares(y, [x1, x2], w).b;
        fit.coefficients.forEach((b, i) => expect(b).toBeCloseTo(ref[i]!, 6));
        for (const col of [y.map(() => 1), x1, x2]) {
          const dot = col.reduce((s, v, i) => s + w[i]! * v * fit.residuals[i]!, 0);
          const scale = Math.sqrt(col.reduce((s, v, i) => s + w[i]! * v * v, 0) * fit.ssr) + 1e-9;
          expect(Math.abs(dot) / scale).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('rejects a rank-deficient design', () => {
    expect(() => ols([1, 2, 3, 4], [[1, 2, 3, 4], [2, 4, 6, 8]])).toThrow(SingularDesignError);
    expect(() => ols([1, 2, 3], [[5, 5, 5]])).toThrow(SingularDesignError);
  });
});
