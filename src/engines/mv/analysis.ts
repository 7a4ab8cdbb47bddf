/**
 * One-call IPMVP Option C analyses: check sufficiency, fit the baseline model on the baseline
 * window, project it over the reporting window and compute savings. The caller picks the windows.
 */
import { fitCaltrackBilling, projectCaltrackBilling, type BillingOptions, type BillingPeriod, type DailyTemperatureInput } from './caltrack/billing.js';
import { fitCaltrackDaily, projectCaltrackDaily, type DailyObservation } from './caltrack/daily.js';
import type { CaltrackOptions } from './caltrack/fit.js';
import type { CaltrackModel } from './caltrack/model.js';
import { inRange, type DateRange } from './dates.js';
import type { ProjectedPeriod } from './projection.js';
import { computeSavings, type SavingsReport } from './savings.js';
import { checkSufficiency, type SufficiencyResult } from './sufficiency.js';

interface AnalysisWindows {
  /** First day of the installation (the baseline ends on or before it). */
  measureStart: string;
  /** Day the installation was complete (the reporting period starts on or after it). */
  measureEnd?: string;
  baseline: DateRange;
  reporting: DateRange;
  /** Two-sided confidence level of the savings uncertainty (default 0.90). */
  confidence?: number;
}

export interface DailySavingsInput extends AnalysisWindows {
  days: readonly DailyObservation[];
  options: CaltrackOptions;
}

export interface BillingSavingsInput extends AnalysisWindows {
  periods: readonly BillingPeriod[];
  temperatures: readonly DailyTemperatureInput[];
  options: BillingOptions;
}

export interface SavingsAnalysis {
  sufficiency: SufficiencyResult;
  /** Null when the data are insufficient (see `sufficiency.findings`). */
  model: CaltrackModel | null;
  projection: ProjectedPeriod[];
  savings: SavingsReport | null;
}

/** CalTRACK daily analysis over the given windows. */
export function analyseDailySavings(input: DailySavingsInput): SavingsAnalysis {
  const sufficiency = checkSufficiency({ ...input, carrier: input.options.carrier, degreeDayMethod: input.options.degreeDayMethod });
  if (!sufficiency.sufficient) return { sufficiency, model: null, projection: [], savings: null };
  const model = fitCaltrackDaily(input.days.filter((d) => inRange(d.date, input.baseline)), input.options);
  const projection = projectCaltrackDaily(model, input.days.filter((d) => inRange(d.date, input.reporting)));
  return { sufficiency, model, projection, savings: computeSavings(model, projection, { confidence: input.confidence }) };
}

function within(p: BillingPeriod, range: DateRange): boolean {
  return p.start >= range.start && p.end <= range.end;
}

/** CalTRACK billing analysis: periods lying wholly inside each window are used. */
export function analyseBillingSavings(input: BillingSavingsInput): SavingsAnalysis {
  const sufficiency = checkSufficiency({ ...input, carrier: input.options.carrier, degreeDayMethod: input.options.degreeDayMethod });
  if (!sufficiency.sufficient) return { sufficiency, model: null, projection: [], savings: null };
  const model = fitCaltrackBilling(input.periods.filter((p) => within(p, input.baseline)), input.temperatures, input.options);
  const projection = projectCaltrackBilling(model, input.periods.filter((p) => within(p, input.reporting)), input.temperatures);
  return { sufficiency, model, projection, savings: computeSavings(model, projection, { confidence: input.confidence }) };
}
