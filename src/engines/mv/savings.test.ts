import { describe, expect, it } from 'vitest';
import type { BaselineFit } from './caltrack/model.js';
import { ashraeG14, fitMetrics } from './metrics.js';
import type { ProjectedPeriod } from './projection.js';
import { computeSavings, savingsUncertainty } from './savings.js';

const fit: BaselineFit = { n: 13, nParams: 3, observedMean: 100, r2: 0.9, adjR2: 0.88, rmse: 10, cvrmse: 0.1, nmbe: 0, autocorrelation: 0.2, fsuGranularity: 'monthly' };
const ashrae = ashraeG14(fitMetrics([1, 2, 3, 4], [1, 2, 3, 4.1], 1), 'monthly');

describe('savings and FSU', () => {
  it('matches the CalTRACK 4.3.2.4 formula computed by hand with a tabulated t', () => {
    // 12 billing periods, 365.25 days (M = 12 months), projected baseline 1000, metered 900.
    const projection: ProjectedPeriod[] = Array.from({ length: 12 }, (_, i) => ({ key: `p${i}`, days: 30.4375, predicted: 1000 / 12, metered: 75 }));
    const r = computeSavings({ fit, ashrae }, projection);
    const t = 1.812461; // t(0.95, 10 dof), two-sided 90 %
    const poly = -0.00022 * 144 + 0.03306 * 12 + 0.94054; // = 1.30558
    const pPrime = (13 * 0.8) / 1.2;
    const dS = t * poly * 0.1 * Math.sqrt((13 / pPrime) * (1 + 2 / pPrime) * (1 / 12)) * 1000;
    expect(r.baselineProjected).toBeCloseTo(1000, 10);
    expect(r.metered).toBe(900);
    expect(r.savings).toBeCloseTo(100, 10);
    expect(r.savingsFraction).toBeCloseTo(0.1, 12);
    expect(r.savingsUncertainty).toBeCloseTo(dS, 4);
    expect(r.fsu).toBeCloseTo(dS / 100, 6);
    expect(poly).toBeCloseTo(1.30558, 12);
    expect(r.confidence).toBe(0.9);
  });

  it('uses the daily coefficients for daily fits', () => {
    const daily: BaselineFit = { ...fit, n: 365, fsuGranularity: 'daily', autocorrelation: 0 };
    const months = 365 / (365.25 / 12);
    const dS = savingsUncertainty(daily, 365, 365, 5000, 0.9) as number;
    const poly = -0.00024 * months ** 2 + 0.03535 * months + 1.00286;
    // With rho = 0: P' = P and the root is sqrt((1 + 2/365) / 365).
    const t = dS / (poly * 0.1 * Math.sqrt((1 + 2 / 365) / 365) * 5000);
    expect(t).toBeGreaterThan(1.6449); // t(0.95, 362) lies between the normal 1.6449 ...
    expect(t).toBeLessThan(1.6577); // ... and t(0.95, 120) = 1.6577
  });

  it('leaves periods without metered use or prediction out of both totals', () => {
    const projection: ProjectedPeriod[] = [
      { key: 'a', days: 1, predicted: 100, metered: 90 },
      { key: 'b', days: 1, predicted: 110, metered: null },
      { key: 'c', days: 1, predicted: null, metered: 50 },
    ];
    const r = computeSavings({ fit, ashrae }, projection);
    expect(r.baselineProjected).toBe(100);
    expect(r.metered).toBe(90);
    expect(r.periodsUsed).toBe(1);
    expect(r.findings.map((f) => f.code)).toContain('mv.reporting_missing_days');
  });

  it('explains an empty reporting period and zero savings', () => {
    expect(computeSavings({ fit, ashrae }, []).findings[0]?.code).toBe('mv.reporting_empty');
    const zero = computeSavings({ fit, ashrae }, [{ key: 'a', days: 30, predicted: 10, metered: 10 }]);
    expect(zero.fsu).toBeNull();
    expect(zero.findings.map((f) => f.code)).toContain('mv.fsu_undefined');
  });
});
