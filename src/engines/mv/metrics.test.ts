import { describe, expect, it } from 'vitest';
import { ashraeG14, fitMetrics, lag1Autocorrelation, monthlyTotals } from './metrics.js';

describe('fit metrics (ASHRAE G14 definitions)', () => {
  it('computes CV(RMSE), NMBE and R^2 by hand', () => {
    // y = 10, 12, 14, 16 (mean 13); yhat = 11, 12, 13, 15 -> e = -1, 0, 1, 1; SSR = 3, sum e = 1.
    const m = fitMetrics([10, 12, 14, 16], [11, 12, 13, 15], 2);
    expect(m.cvrmse).toBeCloseTo(Math.sqrt(3 / 2) / 13, 14);
    expect(m.nmbe).toBeCloseTo(1 / (2 * 13), 14);
    expect(m.r2).toBeCloseTo(1 - 3 / 20, 14);
    expect(m.adjR2).toBeCloseTo(1 - (3 / 2) / (20 / 3), 14);
  });

  it('applies the monthly (15 % / 5 %) and hourly (30 % / 10 %) thresholds', () => {
    const base = { n: 12, nParams: 2, mean: 100, rmse: 1, r2: 0.9, adjR2: 0.9 };
    expect(ashraeG14({ ...base, cvrmse: 0.15, nmbe: -0.05 }, 'monthly').pass).toBe(true);
    const failM = ashraeG14({ ...base, cvrmse: 0.1501, nmbe: 0.0501 }, 'monthly');
    expect(failM.pass).toBe(false);
    expect(failM.reasons.map((r) => r.code)).toEqual(['mv.ashrae_cvrmse_exceeded', 'mv.ashrae_nmbe_exceeded']);
    expect(ashraeG14({ ...base, cvrmse: 0.3, nmbe: 0.1 }, 'hourly').pass).toBe(true);
    expect(ashraeG14({ ...base, cvrmse: 0.29, nmbe: -0.11 }, 'hourly').reasons.map((r) => r.code)).toEqual(['mv.ashrae_nmbe_exceeded']);
    expect(ashraeG14({ ...base, n: 2, cvrmse: Number.NaN, nmbe: Number.NaN }, 'monthly').reasons[0]?.code).toBe('mv.ashrae_too_few_periods');
  });

  it('computes lag-1 autocorrelation by hand', () => {
    // pairs (1,-1), (-1,1), (1,-1): perfectly anti-correlated.
    expect(lag1Autocorrelation([1, -1, 1, -1])).toBeCloseTo(-1, 14);
    expect(lag1Autocorrelation([1, 2, 3, 4, 5])).toBeCloseTo(1, 14);
  });

  it('rolls daily values up into calendar months with enough days', () => {
    const dates = ['2024-01-30', '2024-01-31', ...Array.from({ length: 29 }, (_, i) => `2024-02-${String(i + 1).padStart(2, '0')}`)];
    const months = monthlyTotals(dates, dates.map(() => 2), dates.map(() => 1));
    expect(months).toEqual([{ month: '2024-02', days: 29, observed: 58, predicted: 29 }]);
  });
});
