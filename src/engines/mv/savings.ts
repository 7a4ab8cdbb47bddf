/**
 * Avoided energy use (IPMVP Option C, CalTRACK 2.0 sections 3.6 and 4.1): savings = projected
 * baseline - metered use, summed over the reporting periods where both exist, with the
 * fractional savings uncertainty (FSU).
 *
 * FSU formula: the modified ASHRAE Guideline 14 formulation of CalTRACK 2.0 section 4.3.2.4 (the
 * ASHRAE Guideline 14-2014 savings-uncertainty formula with the empirical polynomial of Sun and
 * Baltazar 2013 in place of G14's constant factor):
 *
 *   FSU = dS / S = t * (a M^2 + b M + d) * CV(RMSE) * sqrt( (P / P') * (1 + 2 / P') * (1 / Q) ) / F
 *
 *   t      Student t quantile at the two-sided confidence level with P - p degrees of freedom
 *   M      months in the reporting period (reporting days / 30.4375)
 *   a,b,d  (-0.00024, 0.03535, 1.00286) for daily data, (-0.00022, 0.03306, 0.94054) for
 *          billing/monthly data
 *   CV     CV(RMSE) of the baseline fit, sqrt(SSR / (P - p)) / mean use per observation
 *   P      baseline observations; P' = P (1 - rho) / (1 + rho) with rho the lag-1
 *          autocorrelation of the baseline residuals (ASHRAE G14 effective sample size)
 *   Q      reporting observations used
 *   F      savings fraction S / projected baseline
 *
 * so the absolute uncertainty of the savings is dS = FSU * S = t (aM^2+bM+d) CV sqrt(...) * E_base.
 *
 * Two readings of the sources: degrees of freedom are P - p with p counting the intercept (ASHRAE
 * G14's n - p; CalTRACK writes P - c), and E_base is the baseline projected over the reporting
 * periods, as F is defined in CalTRACK (the OpenEEmeter code multiplies by the baseline-period
 * total instead).
 */
import type { BaselineFit } from './caltrack/model.js';
import { finding, type Finding } from './findings.js';
import type { AshraeResult } from './metrics.js';
import { studentTQuantile } from './numeric/distributions.js';
import type { ProjectedPeriod } from './projection.js';

const FSU_COEFFICIENTS = {
  daily: { a: -0.00024, b: 0.03535, d: 1.00286 },
  monthly: { a: -0.00022, b: 0.03306, d: 0.94054 },
} as const;

const DAYS_PER_MONTH = 365.25 / 12;

/** What `computeSavings` needs from a fitted model (CaltrackModel and ProductionModel fit). */
export interface SavingsModel {
  fit: BaselineFit;
  ashrae: AshraeResult;
}

export interface SavingsOptions {
  /** Two-sided confidence level of the uncertainty (default 0.90, as CalTRACK). */
  confidence?: number;
}

export interface SavingsReport {
  /** Projected baseline use over the periods used. */
  baselineProjected: number;
  metered: number;
  /** baselineProjected - metered. */
  savings: number;
  /** savings / baselineProjected. */
  savingsFraction: number;
  /** Fractional savings uncertainty (null when undefined, e.g. zero savings). */
  fsu: number | null;
  /** Absolute uncertainty of the savings at `confidence` (same unit as savings). */
  savingsUncertainty: number | null;
  confidence: number;
  /** Reporting periods used (both prediction and metered use present) / given. */
  periodsUsed: number;
  periodsGiven: number;
  /** Per-period detail for charts: only the periods used. */
  periods: { key: string; days: number; predicted: number; metered: number; savings: number }[];
  metrics: { cvrmse: number; nmbe: number; r2: number; adjR2: number };
  ashrae: { pass: boolean; reasons: Finding[]; granularity: AshraeResult['granularity']; cvrmse: number; nmbe: number };
  findings: Finding[];
}

/** The absolute savings uncertainty dS of CalTRACK 4.3.2.4 (null when undefined). */
export function savingsUncertainty(fit: BaselineFit, reportingDays: number, q: number, baselineProjected: number, confidence: number): number | null {
  const rho = fit.autocorrelation;
  const df = fit.n - fit.nParams;
  if (!(q > 0) || !(df > 0) || !Number.isFinite(rho) || Math.abs(rho) >= 1 || !Number.isFinite(fit.cvrmse)) return null;
  const { a, b, d } = FSU_COEFFICIENTS[fit.fsuGranularity];
  const months = reportingDays / DAYS_PER_MONTH;
  const pPrime = (fit.n * (1 - rho)) / (1 + rho);
  const t = studentTQuantile(1 - (1 - confidence) / 2, df);
  return t * (a * months * months + b * months + d) * fit.cvrmse * Math.sqrt((fit.n / pPrime) * (1 + 2 / pPrime) * (1 / q)) * baselineProjected;
}

/** Savings of a baseline model over its projection onto the reporting period. */
export function computeSavings(model: SavingsModel, projection: readonly ProjectedPeriod[], opts: SavingsOptions = {}): SavingsReport {
  const confidence = opts.confidence ?? 0.9;
  const periods = projection.flatMap((p) => (p.predicted !== null && p.metered !== null ? [{ key: p.key, days: p.days, predicted: p.predicted, metered: p.metered, savings: p.predicted - p.metered }] : []));
  const findings: Finding[] = [];
  if (periods.length === 0) findings.push(finding('mv.reporting_empty', 'error', 'No reporting period has both a baseline prediction and metered use.'));
  else if (periods.length < projection.length) findings.push(finding('mv.reporting_missing_days', 'info', 'Reporting periods without metered use or temperature are left out of both totals (CalTRACK 3.5).', { used: periods.length, given: projection.length }));
  const baselineProjected = periods.reduce((s, p) => s + p.predicted, 0);
  const metered = periods.reduce((s, p) => s + p.metered, 0);
  const savings = baselineProjected - metered;
  const days = periods.reduce((s, p) => s + p.days, 0);
  const uncertainty = periods.length ? savingsUncertainty(model.fit, days, periods.length, baselineProjected, confidence) : null;
  const fsu = uncertainty !== null && savings !== 0 ? Math.abs(uncertainty / savings) : null;
  if (periods.length && fsu === null) findings.push(finding('mv.fsu_undefined', 'info', 'The fractional savings uncertainty is undefined (zero savings or too little baseline data).'));
  const { fit, ashrae } = model;
  return {
    baselineProjected,
    metered,
    savings,
    savingsFraction: savings / baselineProjected,
    fsu,
    savingsUncertainty: uncertainty,
    confidence,
    periodsUsed: periods.length,
    periodsGiven: projection.length,
    periods,
    metrics: { cvrmse: fit.cvrmse, nmbe: fit.nmbe, r2: fit.r2, adjR2: fit.adjR2 },
    ashrae: { pass: ashrae.pass, reasons: ashrae.reasons, granularity: ashrae.granularity, cvrmse: ashrae.cvrmse, nmbe: ashrae.nmbe },
    findings,
  };
}
