/**
 * Calendar dates as `YYYY-MM-DD` strings (a local date, no time zone), with exact day arithmetic
 * through the proleptic Gregorian day number. No clock is read.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` into [year, month (1-12), day]; throws RangeError when invalid. */
export function parseIsoDate(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`impossible date: ${date}`);
  }
  return [y, mo, d];
}

/** Days since 1970-01-01 of a calendar date. */
export function toDayNumber(date: string): number {
  const [y, m, d] = parseIsoDate(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The calendar date of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The `YYYY-MM` month of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Number of days in the month of `date`. */
export function daysInMonthOf(date: string): number {
  const [y, m] = parseIsoDate(date);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A half-open range of calendar dates [start, end). */
export interface DateRange {
  start: string;
  /** Exclusive. */
  end: string;
}

/** True when `date` lies in [range.start, range.end). ISO dates compare as strings. */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date < range.end;
}
