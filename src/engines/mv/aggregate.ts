/**
 * Daily aggregation of interval readings (15-min, hourly, ...) into local calendar days of an IANA
 * time zone. A reading belongs to the day in which its interval starts. Nothing is filled in:
 * each day reports how many readings it has against how many its length implies.
 */
import { addDays } from './dates.js';
import { localDate, startOfLocalDay } from './time-zone.js';

/** One interval reading: the period starting at `start` (epoch ms); `value` null = missing. */
export interface IntervalReading {
  start: number;
  value: number | null;
}

/** The readings of one local day, in time order. */
export interface LocalDayGroup {
  date: string;
  /** Length of the day in hours (23 or 25 on DST change days). */
  hours: number;
  readings: IntervalReading[];
}

/** Groups readings by local day, emitting every day from the first to the last (empty days too). */
export function groupByLocalDay(readings: readonly IntervalReading[], timeZone: string): LocalDayGroup[] {
  if (readings.length === 0) return [];
  const sorted = [...readings].sort((a, b) => a.start - b.start);
  const first = sorted[0] as IntervalReading;
  const last = sorted[sorted.length - 1] as IntervalReading;
  const groups: LocalDayGroup[] = [];
  let date = localDate(first.start, timeZone);
  let dayStart = startOfLocalDay(date, timeZone);
  let i = 0;
  while (dayStart <= last.start) {
    const nextDate = addDays(date, 1);
    const nextStart = startOfLocalDay(nextDate, timeZone);
    const inDay: IntervalReading[] = [];
    while (i < sorted.length && (sorted[i] as IntervalReading).start < nextStart) inDay.push(sorted[i++] as IntervalReading);
    groups.push({ date, hours: (nextStart - dayStart) / 3_600_000, readings: inDay });
    date = nextDate;
    dayStart = nextStart;
  }
  return groups;
}

/** A day's total of interval readings. */
export interface DailyTotal {
  date: string;
  hours: number;
  /** Sum of the non-missing readings (not scaled up for missing ones). */
  sum: number;
  /** Non-missing readings found. */
  count: number;
  /** Readings a complete day would have (its length / interval). */
  expected: number;
  /** count / expected. */
  coverage: number;
}

export interface AggregateOptions {
  timeZone: string;
  /** Reading interval in minutes (15, 30, 60, ...). */
  intervalMinutes: number;
}

/** Sums interval readings into local days; see `DailyTotal.coverage` for completeness. */
export function aggregateDaily(readings: readonly IntervalReading[], opts: AggregateOptions): DailyTotal[] {
  if (!(opts.intervalMinutes > 0)) throw new RangeError('intervalMinutes must be > 0');
  return groupByLocalDay(readings, opts.timeZone).map((g) => {
    let sum = 0;
    let count = 0;
    for (const r of g.readings) {
      if (r.value === null || !Number.isFinite(r.value)) continue;
      sum += r.value;
      count++;
    }
    const expected = Math.round((g.hours * 60) / opts.intervalMinutes);
    return { date: g.date, hours: g.hours, sum, count, expected, coverage: expected > 0 ? count / expected : 0 };
  });
}

/** A day of temperature readings (degF or degC, whatever came in). */
export interface DailyTemperature {
  date: string;
  /** Mean of the non-missing readings; null when there is none. */
  mean: number | null;
  /** The non-missing readings in time order (for degree-hour based degree days). */
  values: number[];
  /** Non-missing readings / readings expected for the day's length. */
  coverage: number;
}

/** Groups temperature readings into local days with their mean and coverage. */
export function dailyTemperatures(readings: readonly IntervalReading[], opts: AggregateOptions): DailyTemperature[] {
  return groupByLocalDay(readings, opts.timeZone).map((g) => {
    const values = g.readings.flatMap((r) => (r.value === null || !Number.isFinite(r.value) ? [] : [r.value]));
    const expected = Math.round((g.hours * 60) / opts.intervalMinutes);
    const mean = values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
    return { date: g.date, mean, values, coverage: expected > 0 ? values.length / expected : 0 };
  });
}
