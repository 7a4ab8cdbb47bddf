/**
 * Goodness-of-fit statistics and the ASHRAE Guideline 14 acceptance check.
 *
 * Definitions (ASHRAE Guideline 14-2014, restated in CalTRACK 2.0 section 4.3.2.2), with n periods
 * and p model parameters including the intercept:
 *   CV(RMSE) = sqrt( sum (y - yhat)^2 / (n - p) ) / mean(y)
 *   NMBE     = sum (y - yhat) / ((n - p) * mean(y))
 */
import { daysInMonthOf, monthOf } from './dates.js';
import { finding, type Finding } from './findings.js';

export interface FitMetrics {
  n: number;
  nParams: number;
  mean: number;
  rmse: number;
  cvrmse: number;
  nmbe: number;
  r2: number;
  adjR2: number;
}

/** CV(RMSE), NMBE, R^2 and adjusted R^2 of predictions against observations. */
export function fitMetrics(observed: readonly number[], predicted: readonly number[], nParams: number): FitMetrics {
  const n = observed.length;
  if (predicted.length !== n) throw new RangeError('observed and predicted differ in length');
  const mean = observed.reduce((s, v) => s + v, 0) / n;
  let ssr = 0;
  let bias = 0;
  let sst = 0;
  observed.forEach((y, i) => {
    const e = y - (predicted[i] ?? Number.NaN);
    ssr += e * e;
    bias += e;
    sst += (y - mean) ** 2;
  });
  const df = n - nParams;
  const rmse = Math.sqrt(ssr / df);
  return {
    n,
    nParams,
    mean,
    rmse,
    cvrmse: rmse / mean,
    nmbe: bias / (df * mean),
    r2: 1 - ssr / sst,
    adjR2: 1 - ssr / df / (sst / (n - 1)),
  };
}

/** Lag-1 autocorrelation of residuals in time order (Pearson correlation of e_t with e_t+1). */
export function lag1Autocorrelation(residuals: readonly number[]): number {
  const n = residuals.length;
  if (n < 3) return Number.NaN;
  const a = residuals.slice(0, -1);
  const b = residuals.slice(1);
  const ma = a.reduce((s, v) => s + v, 0) / a.length;
  const mb = b.reduce((s, v) => s + v, 0) / b.length;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  a.forEach((v, i) => {
    const w = (b[i] ?? 0) - mb;
    sab += (v - ma) * w;
    saa += (v - ma) ** 2;
    sbb += w * w;
  });
  return sab / Math.sqrt(saa * sbb);
}

/** Data granularity the ASHRAE G14 thresholds are defined for. */
export type AshraeGranularity = 'monthly' | 'hourly';

/** ASHRAE Guideline 14 calibration criteria (fractions, not percent). */
export const ASHRAE_G14_THRESHOLDS: Readonly<Record<AshraeGranularity, { cvrmse: number; nmbe: number }>> = {
  monthly: { cvrmse: 0.15, nmbe: 0.05 },
  hourly: { cvrmse: 0.3, nmbe: 0.1 },
};

export interface AshraeResult {
  granularity: AshraeGranularity;
  /** Periods the check was computed on (e.g. calendar months). */
  periods: number;
  cvrmse: number;
  nmbe: number;
  thresholds: { cvrmse: number; nmbe: number };
  pass: boolean;
  /** Why it failed (empty when it passes). */
  reasons: Finding[];
}

/** Judges fit metrics against the ASHRAE G14 thresholds for their granularity. */
export function ashraeG14(metrics: FitMetrics, granularity: AshraeGranularity): AshraeResult {
  const thresholds = ASHRAE_G14_THRESHOLDS[granularity];
  const reasons: Finding[] = [];
  const df = metrics.n - metrics.nParams;
  if (!(df > 0)) {
    reasons.push(finding('mv.ashrae_too_few_periods', 'warning', 'Too few periods to compute CV(RMSE) and NMBE.', { periods: metrics.n, parameters: metrics.nParams }));
  } else {
    if (!(metrics.cvrmse <= thresholds.cvrmse)) {
      reasons.push(finding('mv.ashrae_cvrmse_exceeded', 'warning', 'CV(RMSE) is above the ASHRAE Guideline 14 limit.', { granularity, value: metrics.cvrmse, limit: thresholds.cvrmse }));
    }
    if (!(Math.abs(metrics.nmbe) <= thresholds.nmbe)) {
      reasons.push(finding('mv.ashrae_nmbe_exceeded', 'warning', 'NMBE is outside the ASHRAE Guideline 14 limit.', { granularity, value: metrics.nmbe, limit: thresholds.nmbe }));
    }
  }
  return { granularity, periods: metrics.n, cvrmse: metrics.cvrmse, nmbe: metrics.nmbe, thresholds, pass: reasons.length === 0, reasons };
}

/** Observed and predicted totals of one calendar month. */
export interface MonthTotal {
  month: string;
  days: number;
  observed: number;
  predicted: number;
}

/**
 * Sums daily observations and predictions into calendar months, keeping the months in which at
 * least `minCoverage` of the days are present (partial months would distort CV(RMSE)).
 */
export function monthlyTotals(dates: readonly string[], observed: readonly number[], predicted: readonly number[], minCoverage = 0.9): MonthTotal[] {
  const byMonth = new Map<string, MonthTotal>();
  dates.forEach((date, i) => {
    const key = monthOf(date);
    const m = byMonth.get(key) ?? { month: key, days: 0, observed: 0, predicted: 0 };
    m.days++;
    m.observed += observed[i] ?? Number.NaN;
    m.predicted += predicted[i] ?? Number.NaN;
    byMonth.set(key, m);
  });
  return [...byMonth.values()].filter((m) => m.days >= minCoverage * daysInMonthOf(`${m.month}-01`)).sort((a, b) => (a.month < b.month ? -1 : 1));
}
