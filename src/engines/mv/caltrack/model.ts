/** The fitted CalTRACK model, its fit summary and its prediction rule. */
import type { DegreeDayMethod } from '../degree-days.js';
import type { Finding } from '../findings.js';
import type { AshraeResult } from '../metrics.js';
import type { ModelType } from './grid.js';

/** Energy carrier: electricity treats zero readings as missing and allows CDD models; gas does not. */
export type Carrier = 'electricity' | 'gas' | 'other';

/** How a baseline fit performed, in the terms savings uncertainty needs. */
export interface BaselineFit {
  /** Observations (days or billing periods) the model was fitted on. */
  n: number;
  /** Parameters including the intercept. */
  nParams: number;
  /** Mean observed use per observation. */
  observedMean: number;
  r2: number;
  adjR2: number;
  rmse: number;
  /** ASHRAE G14 definitions, at the observation level (see metrics.ts). */
  cvrmse: number;
  nmbe: number;
  /** Lag-1 autocorrelation of the residuals in time order. */
  autocorrelation: number;
  /** Which CalTRACK FSU coefficients apply (daily data or monthly/billing data). */
  fsuGranularity: 'daily' | 'monthly';
}

export interface CaltrackModel {
  kind: 'caltrack';
  frequency: 'daily' | 'billing';
  carrier: Carrier;
  degreeDayMethod: DegreeDayMethod;
  modelType: ModelType;
  /** mu: base use per day. */
  intercept: number;
  /** beta_H per HDD (0 when the model has no heating term). */
  heatingSlope: number;
  heatingBalancePointF: number | null;
  /** beta_C per CDD (0 when the model has no cooling term). */
  coolingSlope: number;
  coolingBalancePointF: number | null;
  /** Two-sided p-values of the slopes (null when absent). */
  slopePValues: { heating: number | null; cooling: number | null };
  fit: BaselineFit;
  /** ASHRAE G14 check (monthly totals for daily fits, billing periods for billing fits). */
  ashrae: AshraeResult;
  candidatesEvaluated: number;
  /** Data findings met while preparing and fitting (dropped periods, missing days...). */
  findings: Finding[];
}

/** Mean over days of the mean over a day's temperatures of max(bp - t, 0) (or t - bp). */
export function periodDegreeDays(dayTemps: readonly (readonly number[])[], bp: number, heating: boolean): number {
  let total = 0;
  for (const temps of dayTemps) {
    let s = 0;
    for (const t of temps) s += heating ? (t < bp ? bp - t : 0) : t > bp ? t - bp : 0;
    total += s / temps.length;
  }
  return total / dayTemps.length;
}

/** The coefficients that predict use per day. */
export type UsagePerDayCoefficients = Pick<CaltrackModel, 'intercept' | 'heatingSlope' | 'heatingBalancePointF' | 'coolingSlope' | 'coolingBalancePointF'>;

/** Predicted use per day for a period with the given days' usable temperatures. */
export function predictUsagePerDay(model: UsagePerDayCoefficients, dayTemps: readonly (readonly number[])[]): number {
  let upd = model.intercept;
  if (model.heatingBalancePointF !== null) upd += model.heatingSlope * periodDegreeDays(dayTemps, model.heatingBalancePointF, true);
  if (model.coolingBalancePointF !== null) upd += model.coolingSlope * periodDegreeDays(dayTemps, model.coolingBalancePointF, false);
  return upd;
}
