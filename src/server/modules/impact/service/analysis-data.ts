/**
 * Loads the series a savings analysis needs from the readings, in the energy meter's local days:
 * daily totals (a day counts only when every interval of it is present: nothing is filled in),
 * billing periods, daily temperatures in degF (with the day's hourly means for hourly degree
 * days) and daily production. Sums and hourly means are computed in SQL.
 */
import { addDays, celsiusToFahrenheit, dailyTemperatures, daysBetween, localDate, localDayHours, startOfLocalDay, type DailyTemperatureInput } from '../../../../engines/mv/index.js';
import type { Db } from '../../../platform/db/types.js';
import { INTERVAL_MINUTES } from '../../../../shared/contracts/impact.js';
import type { MeterRow } from '../repository/meters.js';
import { bucketed, readingsBetween } from '../repository/readings.js';

export interface Span {
  /** First local date. */
  start: string;
  /** First local date after the span. */
  end: string;
  timeZone: string;
}

function instants(span: Span): { from: Date; to: Date } {
  return { from: new Date(startOfLocalDay(span.start, span.timeZone)), to: new Date(startOfLocalDay(span.end, span.timeZone)) };
}

/** Every local date of the span. */
export function datesOf(span: Span): string[] {
  return Array.from({ length: Math.max(0, daysBetween(span.start, span.end)) }, (_, i) => addDays(span.start, i));
}

export interface DayTotals {
  /** Complete days: date -> total. */
  totals: Map<string, number>;
  /** Days with some but not all of their intervals. */
  incomplete: number;
}

/** Daily totals of an interval meter over the span (complete days only). */
export async function dailyTotals(db: Db, meter: MeterRow, span: Span): Promise<DayTotals> {
  const buckets = await bucketed(db, meter.id, { ...instants(span), timeZone: span.timeZone, unit: 'day', aggregate: 'sum' });
  const minutes = INTERVAL_MINUTES[meter.interval] ?? 1440;
  const totals = new Map<string, number>();
  let incomplete = 0;
  for (const b of buckets) {
    const expected = meter.interval === 'daily' ? 1 : Math.round((localDayHours(b.key, span.timeZone) * 60) / minutes);
    if (b.count >= expected) totals.set(b.key, b.value);
    else incomplete++;
  }
  return { totals, incomplete };
}

/** A temperature meter's days in degF: the mean, and the hourly means for hourly degree days. */
export async function dailyTemperaturesF(db: Db, meter: MeterRow, span: Span): Promise<Map<string, DailyTemperatureInput>> {
  const toF = (v: number) => (meter.unit === 'degC' ? celsiusToFahrenheit(v) : v);
  const out = new Map<string, DailyTemperatureInput>();
  if (meter.interval === 'daily') {
    for (const b of await bucketed(db, meter.id, { ...instants(span), timeZone: span.timeZone, unit: 'day', aggregate: 'mean' })) out.set(b.key, { date: b.key, tempF: toF(b.value), hourlyTempsF: [] });
    return out;
  }
  const hours = await bucketed(db, meter.id, { ...instants(span), timeZone: span.timeZone, unit: 'hour', aggregate: 'mean' });
  const days = dailyTemperatures(hours.map((h) => ({ start: Number(h.key), value: toF(h.value) })), { timeZone: span.timeZone, intervalMinutes: 60 });
  for (const d of days) {
    // The daily mean needs half of the day's hours (as CalTRACK asks of hourly temperatures).
    out.set(d.date, { date: d.date, tempF: d.coverage >= 0.5 ? d.mean : null, hourlyTempsF: d.values });
  }
  return out;
}

export interface BillRow {
  start: string;
  end: string;
  usage: number;
}

/** The bills of a monthly meter that start in the span, as local dates. */
export async function bills(db: Db, meter: MeterRow, span: Span): Promise<BillRow[]> {
  const { from, to } = instants({ ...span, end: addDays(span.end, 1) });
  const raw = await readingsBetween(db, meter.id, new Date(from.getTime() - 100 * 86_400_000), to);
  return raw
    .filter((r) => r.end !== null)
    .map((r) => ({ start: localDate(r.start, span.timeZone), end: localDate(r.end as number, span.timeZone), usage: r.value }))
    .filter((b) => b.end > span.start && b.start < span.end);
}
