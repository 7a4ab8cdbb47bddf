/**
 * The CalTRACK billing method: the daily model's form fitted to billing periods by weighted least
 * squares (weights = days in period, CalTRACK 2.0 section 3.4.2), with the billing data rules of
 * sections 2.2.3 (baseline) and 3.5.5 (reporting).
 */
import { addDays, daysBetween } from '../dates.js';
import { usableTemperatures, type DayTemperatureF, type DegreeDayMethod } from '../degree-days.js';
import { finding, type Finding } from '../findings.js';
import type { ProjectedPeriod } from '../projection.js';
import { usableUsage } from './daily.js';
import { fitPrepared, type CaltrackOptions } from './fit.js';
import { predictUsagePerDay, type CaltrackModel } from './model.js';
import type { PreparedObservation } from './prepare.js';

/** A billing period [start, end) with its metered use. */
export interface BillingPeriod {
  start: string;
  /** Exclusive end (the next period's start). */
  end: string;
  usage: number | null;
  /** Estimated read: merged with the next period (CalTRACK 2.2.3.1). */
  estimated?: boolean;
}

/** A day's temperature (degF) for billing fits. */
export interface DailyTemperatureInput extends DayTemperatureF {
  date: string;
}

export type BillingCycle = 'monthly' | 'bimonthly';

export interface BillingOptions extends CaltrackOptions {
  /** Billing cycle; inferred from the median period length when omitted (> 45 days: bimonthly). */
  cycle?: BillingCycle;
}

const MIN_PERIOD_DAYS = 25;
const MERGE_LIMIT_DAYS = 70;
const MIN_TEMPERATURE_COVERAGE = 0.9;

function maxPeriodDays(cycle: BillingCycle): number {
  return cycle === 'monthly' ? 35 : 70;
}

/** The cycle given, or the one the median period length suggests. */
export function billingCycleOf(periods: readonly BillingPeriod[], cycle?: BillingCycle): BillingCycle {
  if (cycle) return cycle;
  const lengths = periods.map((p) => daysBetween(p.start, p.end)).sort((a, b) => a - b);
  return (lengths[Math.floor(lengths.length / 2)] ?? 30) > 45 ? 'bimonthly' : 'monthly';
}

/** Merges each flagged period into the next one while the result stays within 70 days. */
function mergeInto(periods: readonly BillingPeriod[], shouldMerge: (p: BillingPeriod) => boolean, findings: Finding[]): BillingPeriod[] {
  const out: BillingPeriod[] = [];
  let carry: BillingPeriod | null = null;
  for (const p of [...periods].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const cur: BillingPeriod = carry && carry.end === p.start && daysBetween(carry.start, p.end) <= MERGE_LIMIT_DAYS
      ? { start: carry.start, end: p.end, usage: carry.usage === null || p.usage === null ? null : carry.usage + p.usage, estimated: p.estimated ?? false }
      : p;
    if (carry && cur === p) out.push(carry);
    if (carry && cur !== p) findings.push(finding('mv.billing_period_merged', 'info', 'A billing period was merged with the next one.', { start: carry.start, end: p.end }));
    carry = shouldMerge(cur) ? cur : null;
    if (!carry) out.push(cur);
  }
  if (carry) out.push(carry);
  return out;
}

function temperatureIndex(temps: readonly DailyTemperatureInput[]): Map<string, DayTemperatureF> {
  return new Map(temps.map((t) => [t.date, t]));
}

/** The usable temperatures of each day of [start, end), and the share of days that have them. */
function periodTemps(p: BillingPeriod, index: Map<string, DayTemperatureF>, method: DegreeDayMethod): { dayTemps: number[][]; coverage: number } {
  const days = daysBetween(p.start, p.end);
  const dayTemps: number[][] = [];
  for (let d = 0; d < days; d++) {
    const day = index.get(addDays(p.start, d));
    const temps = day ? usableTemperatures(day, method) : null;
    if (temps) dayTemps.push(temps);
  }
  return { dayTemps, coverage: days > 0 ? dayTemps.length / days : 0 };
}

/** Fits the CalTRACK billing model to the baseline billing periods given. */
export function fitCaltrackBilling(periods: readonly BillingPeriod[], temperatures: readonly DailyTemperatureInput[], opts: BillingOptions): CaltrackModel {
  const method = opts.degreeDayMethod ?? 'dailyMean';
  const findings: Finding[] = [];
  const merged = mergeInto(periods, (p) => p.estimated === true, findings);
  const cycle = billingCycleOf(merged, opts.cycle);
  const index = temperatureIndex(temperatures);
  const obs: PreparedObservation[] = [];
  for (const p of merged) {
    const days = daysBetween(p.start, p.end);
    const usage = usableUsage(p.usage, opts.carrier);
    const params = { start: p.start, end: p.end, days };
    if (days < MIN_PERIOD_DAYS) findings.push(finding('mv.billing_period_too_short', 'info', 'Off-cycle billing period under 25 days dropped (CalTRACK 2.2.3.4).', params));
    else if (days > maxPeriodDays(cycle)) findings.push(finding('mv.billing_period_too_long', 'info', 'Billing period longer than the cycle allows dropped (CalTRACK 2.2.3.5).', { ...params, limit: maxPeriodDays(cycle) }));
    if (days < MIN_PERIOD_DAYS || days > maxPeriodDays(cycle) || usage === null) continue;
    const { dayTemps, coverage } = periodTemps(p, index, method);
    if (coverage < MIN_TEMPERATURE_COVERAGE) {
      findings.push(finding('mv.billing_temperature_coverage', 'warning', 'Billing period dropped: temperature covers under 90 % of its days (CalTRACK 2.2.3.2).', { ...params, coverage }));
      continue;
    }
    if (usage < 0) findings.push(finding('mv.negative_usage', 'warning', 'Negative use: check for net metering (CalTRACK 2.3.5).', params));
    obs.push({ key: p.start, usagePerDay: usage / days, days, weight: days, dayTemps });
  }
  return fitPrepared(obs, { ...opts, degreeDayMethod: method }, 'billing', findings);
}

/**
 * Projects a billing model over reporting periods: off-cycle periods under 25 days are merged
 * with the next one (CalTRACK 3.5.5.3); long periods are kept; no prediction without 90 %
 * temperature coverage.
 */
export function projectCaltrackBilling(model: CaltrackModel, periods: readonly BillingPeriod[], temperatures: readonly DailyTemperatureInput[]): ProjectedPeriod[] {
  const findings: Finding[] = [];
  const merged = mergeInto(periods, (p) => p.estimated === true || daysBetween(p.start, p.end) < MIN_PERIOD_DAYS, findings);
  const index = temperatureIndex(temperatures);
  return merged.map((p) => {
    const days = daysBetween(p.start, p.end);
    const { dayTemps, coverage } = periodTemps(p, index, model.degreeDayMethod);
    const predicted = coverage >= MIN_TEMPERATURE_COVERAGE ? predictUsagePerDay(model, dayTemps) * days : null;
    return { key: p.start, days, predicted, metered: usableUsage(p.usage, model.carrier) };
  });
}
