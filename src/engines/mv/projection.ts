/** The common shape of a baseline projected over a reporting period, and the generic projection. */
import type { BillingPeriod, DailyTemperatureInput } from './caltrack/billing.js';
import { projectCaltrackBilling } from './caltrack/billing.js';
import type { DailyObservation } from './caltrack/daily.js';
import { projectCaltrackDaily } from './caltrack/daily.js';
import type { CaltrackModel } from './caltrack/model.js';
import type { ProductionModel, ProductionRow } from './production.js';
import { projectProduction } from './production.js';

/** One reporting period: the baseline model's prediction and the metered use (null = not available). */
export interface ProjectedPeriod {
  /** Date (daily), period start (billing) or the row label (production data). */
  key: string;
  /** Calendar days the period covers. */
  days: number;
  predicted: number | null;
  metered: number | null;
}

/** Reporting-period inputs for a billing model. */
export interface BillingReportingInput {
  periods: readonly BillingPeriod[];
  temperatures: readonly DailyTemperatureInput[];
}

/**
 * Projects any baseline model over its reporting inputs: days for a CalTRACK daily model, billing
 * periods and temperatures for a billing model, production rows for a production model.
 */
export function projectBaseline(model: CaltrackModel, input: readonly DailyObservation[] | BillingReportingInput): ProjectedPeriod[];
export function projectBaseline(model: ProductionModel, input: readonly ProductionRow[]): ProjectedPeriod[];
export function projectBaseline(model: CaltrackModel | ProductionModel, input: readonly DailyObservation[] | BillingReportingInput | readonly ProductionRow[]): ProjectedPeriod[] {
  if (model.kind === 'production') return projectProduction(model, input as readonly ProductionRow[]).periods;
  if (model.frequency === 'daily') {
    if (!Array.isArray(input)) throw new TypeError('a daily model projects over days');
    return projectCaltrackDaily(model, input as readonly DailyObservation[]);
  }
  if (Array.isArray(input)) throw new TypeError('a billing model projects over { periods, temperatures }');
  const billing = input as BillingReportingInput;
  return projectCaltrackBilling(model, billing.periods, billing.temperatures);
}
