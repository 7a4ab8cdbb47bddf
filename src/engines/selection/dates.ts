/**
 * Calendar dates as `YYYY-MM-DD` strings (a grant date is a day, not an instant). Valid strings of
 * this form compare correctly as plain strings.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** True for an existing calendar day written `YYYY-MM-DD`. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m || !isCalendarDate(date)) throw new Error(`not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Same day `years` earlier; 29 February becomes 28 February when the target year is not leap. */
export function minusYears(date: string, years: number): string {
  const [y, m, d] = parts(date);
  const year = y - years;
  return format(year, m, Math.min(d, daysInMonth(year, m)));
}

/** The following calendar day. */
export function nextDay(date: string): string {
  const [y, m, d] = parts(date);
  if (d < daysInMonth(y, m)) return format(y, m, d + 1);
  return m < 12 ? format(y, m + 1, 1) : format(y + 1, 1, 1);
}
