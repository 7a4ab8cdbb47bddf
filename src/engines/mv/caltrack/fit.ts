/** The fit step shared by daily and billing data: grid search, selection, summary, ASHRAE check. */
import type { DegreeDayMethod } from '../degree-days.js';
import { finding, MvError, type Finding } from '../findings.js';
import { ashraeG14, fitMetrics, monthlyTotals, type AshraeResult } from '../metrics.js';
import type { CandidateFit } from './grid.js';
import { predictUsagePerDay, type CaltrackModel, type Carrier } from './model.js';
import { buildGrid, DEFAULT_BALANCE_POINTS, gridPoints, modelsFor, summariseFit, withPValues, type BalancePointGrid, type PreparedObservation } from './prepare.js';
import { searchBalancePoints } from './search.js';

/** Options of the CalTRACK daily and billing fits. */
export interface CaltrackOptions {
  carrier: Carrier;
  /** Degree days from the daily mean (CalTRACK default) or from hourly temperatures. */
  degreeDayMethod?: DegreeDayMethod;
  /** Balance-point grid in degF (default 30-90 by 1). */
  balancePoints?: BalancePointGrid;
  /**
   * Slope significance screen: candidates qualify only if every slope has p below this.
   * Default 1 = no screen, as CalTRACK 2.0 (section 3.4.3.2) and DOMAIN.md section 6 specify;
   * 0.10 reproduces the CalTRACK 1.0 screen.
   */
  maxSlopePValue?: number;
  /** Days per year with non-zero degree days a balance point needs (daily data; default 10). */
  minNonZeroDaysPerYear?: number;
  /** Degree days per year a balance point needs (default 20). */
  minDegreeDaysPerYear?: number;
}

function ashraeFor(frequency: 'daily' | 'billing', obs: readonly PreparedObservation[], observed: number[], predicted: number[], p: number): AshraeResult {
  if (frequency === 'billing') return ashraeG14(fitMetrics(observed, predicted, p), 'monthly');
  const months = monthlyTotals(obs.map((o) => o.key), observed, predicted);
  return ashraeG14(fitMetrics(months.map((m) => m.observed), months.map((m) => m.predicted), p), 'monthly');
}

function toModel(best: CandidateFit, opts: CaltrackOptions, frequency: 'daily' | 'billing'): Omit<CaltrackModel, 'fit' | 'ashrae' | 'candidatesEvaluated' | 'findings'> {
  const [ph, pc] = best.slopePValues;
  return {
    kind: 'caltrack',
    frequency,
    carrier: opts.carrier,
    degreeDayMethod: opts.degreeDayMethod ?? 'dailyMean',
    modelType: best.type,
    intercept: best.intercept,
    heatingSlope: best.heatingSlope,
    heatingBalancePointF: best.heatingBalancePoint,
    coolingSlope: best.coolingSlope,
    coolingBalancePointF: best.coolingBalancePoint,
    slopePValues: { heating: Number.isNaN(ph) ? null : ph, cooling: Number.isNaN(pc) ? null : pc },
  };
}

/** Fits prepared observations (days or billing periods) and assembles the model. */
export function fitPrepared(obs: readonly PreparedObservation[], opts: CaltrackOptions, frequency: 'daily' | 'billing', findings: Finding[]): CaltrackModel {
  if (obs.length < 4) throw new MvError('mv.no_usable_observations', `only ${obs.length} usable observations`);
  const grid = buildGrid(obs, gridPoints(opts.balancePoints ?? DEFAULT_BALANCE_POINTS));
  const models = modelsFor(opts.carrier);
  const search = searchBalancePoints(grid, {
    models,
    maxSlopePValue: opts.maxSlopePValue ?? 1,
    minNonZeroDaysPerYear: frequency === 'daily' ? (opts.minNonZeroDaysPerYear ?? 10) : null,
    minDegreeDaysPerYear: opts.minDegreeDaysPerYear ?? 20,
  });
  if (search.qualifiedHeating.length === 0) findings.push(finding('mv.no_qualifying_heating_balance_point', 'info', 'No heating balance point has enough heating degree days; heating models were not fitted.'));
  if (models.includes('cdd_only') && search.qualifiedCooling.length === 0) findings.push(finding('mv.no_qualifying_cooling_balance_point', 'info', 'No cooling balance point has enough cooling degree days; cooling models were not fitted.'));
  const best = withPValues(grid, search.best);
  const partial = toModel(best, opts, frequency);
  const observed = obs.map((o) => o.usagePerDay * o.days);
  const predicted = obs.map((o) => predictUsagePerDay(partial, o.dayTemps) * o.days);
  return {
    ...partial,
    fit: summariseFit(best, observed, predicted, frequency === 'daily' ? 'daily' : 'monthly'),
    ashrae: ashraeFor(frequency, obs, observed, predicted, best.p),
    candidatesEvaluated: search.evaluated,
    findings,
  };
}
