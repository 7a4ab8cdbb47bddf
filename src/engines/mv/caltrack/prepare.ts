/**
 * Shared preparation for the daily and billing fits: the balance-point grid, the degree-day
 * matrices, and the fit summary of the selected candidate.
 */
import { fitMetrics, lag1Autocorrelation } from '../metrics.js';
import { fitCandidateAt, type CandidateFit, type GridObservations, type ModelType } from './grid.js';
import { periodDegreeDays, type BaselineFit, type Carrier } from './model.js';

/** A balance-point grid in degF: min..max inclusive by step (CalTRACK: 30-90 degF, step <= 3). */
export interface BalancePointGrid {
  min: number;
  max: number;
  step: number;
}

export const DEFAULT_BALANCE_POINTS: BalancePointGrid = { min: 30, max: 90, step: 1 };

/** Lists the grid's balance points. */
export function gridPoints(grid: BalancePointGrid): number[] {
  if (!(grid.step > 0) || grid.max < grid.min) throw new RangeError('invalid balance-point grid');
  const points: number[] = [];
  for (let k = 0; grid.min + k * grid.step <= grid.max + 1e-9; k++) points.push(Math.round((grid.min + k * grid.step) * 1e6) / 1e6);
  return points;
}

/** One regression observation: a day or a billing period. */
export interface PreparedObservation {
  key: string;
  /** Observed use per day. */
  usagePerDay: number;
  days: number;
  weight: number;
  /** Usable temperatures of each day covered (one mean, or the hourly readings). */
  dayTemps: number[][];
}

/** Builds the degree-day matrices of the grid for the observations. */
export function buildGrid(obs: readonly PreparedObservation[], balancePoints: readonly number[]): GridObservations {
  const heating = balancePoints.map((bp) => Float64Array.from(obs, (o) => periodDegreeDays(o.dayTemps, bp, true)));
  const cooling = balancePoints.map((bp) => Float64Array.from(obs, (o) => periodDegreeDays(o.dayTemps, bp, false)));
  return {
    y: Float64Array.from(obs, (o) => o.usagePerDay),
    w: Float64Array.from(obs, (o) => o.weight),
    days: Float64Array.from(obs, (o) => o.days),
    balancePoints,
    heating,
    cooling,
  };
}

/** Candidate types a carrier allows (CalTRACK 3.4.3.1: no CDD models for gas). */
export function modelsFor(carrier: Carrier): ModelType[] {
  return carrier === 'gas' ? ['intercept_only', 'hdd_only'] : ['intercept_only', 'hdd_only', 'cdd_only', 'hdd_cdd'];
}

/** Re-fits the winner with p-values (same kernel) so the model reports them. */
export function withPValues(grid: GridObservations, best: CandidateFit): CandidateFit {
  return fitCandidateAt(grid, best.type, best.heatingBalancePoint, best.coolingBalancePoint) ?? best;
}

/**
 * The baseline fit summary from per-observation totals (use over the observation's days), whose
 * CV(RMSE) and NMBE follow ASHRAE G14 with n - p degrees of freedom.
 */
export function summariseFit(best: CandidateFit, observedTotals: readonly number[], predictedTotals: readonly number[], fsuGranularity: 'daily' | 'monthly'): BaselineFit {
  const m = fitMetrics(observedTotals, predictedTotals, best.p);
  const residuals = observedTotals.map((y, i) => y - (predictedTotals[i] ?? Number.NaN));
  return {
    n: m.n,
    nParams: best.p,
    observedMean: m.mean,
    r2: best.r2,
    adjR2: best.adjR2,
    rmse: m.rmse,
    cvrmse: m.cvrmse,
    nmbe: m.nmbe,
    autocorrelation: lag1Autocorrelation(residuals),
    fsuGranularity,
  };
}
