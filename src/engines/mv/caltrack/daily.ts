/**
 * The CalTRACK daily method (CalTRACK 2.0 section 3, daily data): usage per day = mu +
 * bH * HDD(Th) + bC * CDD(Tc), balance points searched on a grid, best adjusted R^2 wins.
 */
import { usableTemperatures, type DayTemperatureF, type DegreeDayMethod } from '../degree-days.js';
import { finding, type Finding } from '../findings.js';
import type { ProjectedPeriod } from '../projection.js';
import { fitPrepared, type CaltrackOptions } from './fit.js';
import { predictUsagePerDay, type CaltrackModel, type Carrier } from './model.js';
import type { PreparedObservation } from './prepare.js';

/** One day of metered use and temperature (degF; see `celsiusToFahrenheit` for degC data). */
export interface DailyObservation extends DayTemperatureF {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Use that day (opaque energy unit); null = missing. */
  usage: number | null;
}

/** A day's use after CalTRACK's missing-data rules, or null. */
export function usableUsage(usage: number | null, carrier: Carrier): number | null {
  if (usage === null || !Number.isFinite(usage)) return null;
  // CalTRACK 2.2.1.4 / 3.5.2.1: zero is missing for electricity, not for gas.
  if (usage === 0 && carrier === 'electricity') return null;
  return usage;
}

interface DailyCounts {
  zeros: number;
  negatives: number;
  noTemperature: number;
}

function dataFindings(c: DailyCounts): Finding[] {
  const out: Finding[] = [];
  if (c.zeros) out.push(finding('mv.zero_usage_treated_missing', 'info', 'Zero electricity readings are treated as missing (CalTRACK 2.2.1.4).', { days: c.zeros }));
  if (c.negatives) out.push(finding('mv.negative_usage', 'warning', 'Negative use: check for net metering (CalTRACK 2.3.5).', { days: c.negatives }));
  if (c.noTemperature) out.push(finding('mv.temperature_missing', 'warning', 'Days without usable temperature are left out.', { days: c.noTemperature }));
  return out;
}

/** Fits the CalTRACK daily model to the baseline days given (the caller picks the window). */
export function fitCaltrackDaily(days: readonly DailyObservation[], opts: CaltrackOptions): CaltrackModel {
  const method: DegreeDayMethod = opts.degreeDayMethod ?? 'dailyMean';
  const counts: DailyCounts = { zeros: 0, negatives: 0, noTemperature: 0 };
  const obs: PreparedObservation[] = [];
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const usage = usableUsage(day.usage, opts.carrier);
    if (day.usage === 0 && usage === null) counts.zeros++;
    if (usage === null) continue;
    const temps = usableTemperatures(day, method);
    if (!temps) {
      counts.noTemperature++;
      continue;
    }
    if (usage < 0) counts.negatives++;
    obs.push({ key: day.date, usagePerDay: usage, days: 1, weight: 1, dayTemps: [temps] });
  }
  return fitPrepared(obs, { ...opts, degreeDayMethod: method }, 'daily', dataFindings(counts));
}

/** Projects a daily model over reporting days: one row per day. */
export function projectCaltrackDaily(model: CaltrackModel, days: readonly DailyObservation[]): ProjectedPeriod[] {
  return [...days]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((day) => {
      const temps = usableTemperatures(day, model.degreeDayMethod);
      return {
        key: day.date,
        days: 1,
        predicted: temps ? predictUsagePerDay(model, [temps]) : null,
        metered: usableUsage(day.usage, model.carrier),
      };
    });
}
