/**
 * Production-normalised baseline for industrial sites (ISO 50006 regression EnPI):
 * energy = base + b * production (+ c * HDD) per period, fitted by OLS. A bare kWh/t ratio is
 * wrong when there is a fixed base load, hence the intercept.
 *
 * Validity (DOMAIN.md section 6; DOE SEP / EnPI Lite "valid model requirements"): the model is
 * valid only if the overall F-test p < 0.10 and R^2 >= 0.5. EnPI Lite's further rules are reported
 * as warnings: each variable p < 0.2, at least one variable p < 0.10, and reporting-period predictor
 * means inside the baseline range or within 3 standard deviations of the baseline mean.
 */
import { finding, MvError, type Finding } from './findings.js';
import type { BaselineFit } from './caltrack/model.js';
import { ashraeG14, fitMetrics, lag1Autocorrelation, monthlyTotals, type AshraeResult } from './metrics.js';
import { fDistributionSurvival, studentTTwoSidedP } from './numeric/distributions.js';
import { ols, SingularDesignError } from './numeric/ols.js';
import type { ProjectedPeriod } from './projection.js';

/** One period (e.g. a calendar month) of a plant. */
export interface ProductionRow {
  /** Label, e.g. '2024-03'. */
  period: string;
  /** Calendar days in the period (default 30.4375, a mean month). */
  days?: number;
  /** Energy used (opaque unit); null = missing. */
  energy: number | null;
  /** Production, e.g. tonnes. */
  production: number;
  /** Heating degree days of the period (required when the HDD term is used). */
  hdd?: number;
}

export interface ProductionOptions {
  /** Include the HDD term (default: when every row has `hdd`). */
  useHdd?: boolean;
  /**
   * Data granularity (default monthly): picks the FSU coefficients; daily rows (whose `period` is
   * a YYYY-MM-DD date) are judged against ASHRAE G14 on their calendar-month totals.
   */
  granularity?: 'monthly' | 'daily';
}

export interface CoefficientReport {
  name: 'base' | 'production' | 'hdd';
  estimate: number;
  standardError: number;
  t: number;
  pValue: number;
}

interface PredictorRange {
  min: number;
  max: number;
  mean: number;
  sd: number;
}

export interface ProductionModel {
  kind: 'production';
  base: number;
  productionSlope: number;
  hddSlope: number | null;
  coefficients: CoefficientReport[];
  fStatistic: number;
  fPValue: number;
  r2: number;
  adjR2: number;
  /** Valid when F-test p < 0.10 and R^2 >= 0.5; `findings` says why not, and lists warnings. */
  valid: boolean;
  findings: Finding[];
  ranges: { production: PredictorRange; hdd: PredictorRange | null };
  fit: BaselineFit;
  ashrae: AshraeResult;
}

const F_TEST_MAX_P = 0.1;
const MIN_R2 = 0.5;

function rangeOf(values: readonly number[]): PredictorRange {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return { min: Math.min(...values), max: Math.max(...values), mean, sd };
}

function validityFindings(coefficients: readonly CoefficientReport[], fPValue: number, r2: number): Finding[] {
  const out: Finding[] = [];
  if (!(fPValue < F_TEST_MAX_P)) out.push(finding('mv.production_f_test_failed', 'error', 'The regression is not significant (F-test p >= 0.10).', { pValue: fPValue, limit: F_TEST_MAX_P }));
  if (!(r2 >= MIN_R2)) out.push(finding('mv.production_r2_low', 'error', 'R^2 is below 0.5.', { r2, limit: MIN_R2 }));
  const variables = coefficients.filter((c) => c.name !== 'base');
  for (const c of variables) {
    if (!(c.pValue < 0.2)) out.push(finding('mv.production_variable_not_significant', 'warning', 'A variable has p >= 0.2 (EnPI Lite).', { variable: c.name, pValue: c.pValue }));
  }
  if (!variables.some((c) => c.pValue < 0.1)) out.push(finding('mv.production_no_significant_variable', 'warning', 'No variable has p < 0.10 (EnPI Lite).'));
  return out;
}

/** ASHRAE G14 on the rows (monthly data) or on their calendar-month totals (daily data). */
function ashraeOf(rows: readonly ProductionRow[], observed: number[], predicted: number[], p: number, granularity: 'monthly' | 'daily'): AshraeResult {
  if (granularity === 'monthly') return ashraeG14(fitMetrics(observed, predicted, p), 'monthly');
  const months = monthlyTotals(rows.map((r) => r.period), observed, predicted);
  return ashraeG14(fitMetrics(months.map((x) => x.observed), months.map((x) => x.predicted), p), 'monthly');
}

/** Fits energy = base + b * production (+ c * HDD) on the baseline rows. */
export function fitProductionModel(rows: readonly ProductionRow[], opts: ProductionOptions = {}): ProductionModel {
  const used = rows.filter((r) => r.energy !== null && Number.isFinite(r.energy));
  const useHdd = opts.useHdd ?? used.every((r) => r.hdd !== undefined);
  if (useHdd && used.some((r) => r.hdd === undefined)) throw new MvError('mv.production_hdd_missing', 'every row needs hdd when the HDD term is used');
  const granularity = opts.granularity ?? 'monthly';
  const findings: Finding[] = [];
  const minRows = granularity === 'monthly' ? 12 : 365;
  if (used.length < minRows) findings.push(finding('mv.production_too_few_periods', 'error', 'The baseline needs at least 12 months of data.', { periods: used.length, minimum: minRows }));
  const y = used.map((r) => r.energy as number);
  const production = used.map((r) => r.production);
  const hdd = used.map((r) => r.hdd ?? 0);
  let fit;
  try {
    fit = ols(y, useHdd ? [production, hdd] : [production]);
  } catch (e) {
    if (e instanceof SingularDesignError) throw new MvError('mv.production_singular', 'production (and HDD) do not vary enough to fit the model');
    throw e;
  }
  const names: CoefficientReport['name'][] = useHdd ? ['base', 'production', 'hdd'] : ['base', 'production'];
  const df = fit.n - fit.p;
  const coefficients = fit.coefficients.map((estimate, i) => {
    const standardError = fit.standardErrors[i] ?? Number.NaN;
    const t = estimate / standardError;
    return { name: names[i] as CoefficientReport['name'], estimate, standardError, t, pValue: studentTTwoSidedP(t, df) };
  });
  const k = fit.p - 1;
  const fStatistic = ((fit.sst - fit.ssr) / k) / (fit.ssr / df);
  const fPValue = fDistributionSurvival(fStatistic, k, df);
  findings.push(...validityFindings(coefficients, fPValue, fit.r2));
  const m = fitMetrics(y, fit.fitted, fit.p);
  return {
    kind: 'production',
    base: fit.coefficients[0] ?? Number.NaN,
    productionSlope: fit.coefficients[1] ?? Number.NaN,
    hddSlope: useHdd ? (fit.coefficients[2] ?? Number.NaN) : null,
    coefficients,
    fStatistic,
    fPValue,
    r2: fit.r2,
    adjR2: fit.adjR2,
    valid: !findings.some((f) => f.severity === 'error'),
    findings,
    ranges: { production: rangeOf(production), hdd: useHdd ? rangeOf(hdd) : null },
    fit: { n: m.n, nParams: fit.p, observedMean: m.mean, r2: fit.r2, adjR2: fit.adjR2, rmse: m.rmse, cvrmse: m.cvrmse, nmbe: m.nmbe, autocorrelation: lag1Autocorrelation(fit.residuals), fsuGranularity: granularity },
    ashrae: ashraeOf(used, y, fit.fitted, fit.p, granularity),
  };
}

function extrapolation(name: string, values: readonly number[], range: PredictorRange): Finding | null {
  if (values.length === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const inside = (mean >= range.min && mean <= range.max) || Math.abs(mean - range.mean) <= 3 * range.sd;
  return inside ? null : finding('mv.production_extrapolation', 'warning', 'Reporting-period predictor mean lies outside the baseline range (EnPI Lite).', { variable: name, mean, min: range.min, max: range.max });
}

/** Projects the production model over reporting rows and checks for extrapolation. */
export function projectProduction(model: ProductionModel, rows: readonly ProductionRow[]): { periods: ProjectedPeriod[]; findings: Finding[] } {
  if (model.hddSlope !== null && rows.some((r) => r.hdd === undefined)) throw new MvError('mv.production_hdd_missing', 'every reporting row needs hdd for this model');
  const periods = rows.map((r) => ({
    key: r.period,
    days: r.days ?? 30.4375,
    predicted: model.base + model.productionSlope * r.production + (model.hddSlope ?? 0) * (r.hdd ?? 0),
    metered: r.energy !== null && Number.isFinite(r.energy) ? r.energy : null,
  }));
  const findings = [
    extrapolation('production', rows.map((r) => r.production), model.ranges.production),
    model.ranges.hdd ? extrapolation('hdd', rows.map((r) => r.hdd ?? 0), model.ranges.hdd) : null,
  ].filter((f): f is Finding => f !== null);
  return { periods, findings };
}
