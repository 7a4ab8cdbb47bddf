/**
 * Local calendar days in an IANA time zone with the built-in `Intl` API (no tz library). A local
 * day runs from one local midnight to the next, so it lasts 23 or 25 hours on DST change days.
 */
import { addDays, parseIsoDate } from './dates.js';

const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(utcMs: number, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) {
    if (part.type in out) out[part.type as keyof WallClock] = Number(part.value);
  }
  return out;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The zone's UTC offset (local minus UTC, in ms) at the instant `utcMs`. */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const w = wallClock(utcMs, timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The local calendar date (`YYYY-MM-DD`) of the instant `utcMs` in `timeZone`. */
export function localDate(utcMs: number, timeZone: string): string {
  const w = wallClock(utcMs, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * The first instant (epoch ms) of the local day `date` in `timeZone`: local midnight, or the
 * moment the clocks jump past it in zones whose DST change skips midnight.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  const [y, m, d] = parseIsoDate(date);
  const wall = Date.UTC(y, m - 1, d);
  const guess = wall - zoneOffsetMs(wall, timeZone);
  const t = wall - zoneOffsetMs(guess, timeZone);
  const w = wallClock(t, timeZone);
  if (localDate(t, timeZone) === date && w.hour === 0 && w.minute === 0 && w.second === 0) return t;
  // Midnight does not exist that day: find the first second whose local date is `date`.
  let lo = Math.floor((wall - 15 * HOUR_MS) / 1000);
  let hi = Math.floor((wall + 15 * HOUR_MS) / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDate(mid * 1000, timeZone) >= date) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/** Length of the local day `date` in hours (24, or 23/25 on DST change days). */
export function localDayHours(date: string, timeZone: string): number {
  return (startOfLocalDay(addDays(date, 1), timeZone) - startOfLocalDay(date, timeZone)) / HOUR_MS;
}

/**
 * The instants at which the wall clock of `timeZone` shows `wallMs` (a local date and time written
 * as if it were UTC, e.g. `Date.UTC(2024, 9, 27, 2, 30)`): one normally, two in the repeated hour
 * when clocks go back (earlier first), none in the hour skipped when they go forward.
 */
export function instantsOfWallTime(wallMs: number, timeZone: string): number[] {
  const candidates = [wallMs - zoneOffsetMs(wallMs - 14 * HOUR_MS, timeZone), wallMs - zoneOffsetMs(wallMs + 14 * HOUR_MS, timeZone), wallMs - zoneOffsetMs(wallMs, timeZone)];
  const found = new Set<number>();
  for (const t of candidates) if (t + zoneOffsetMs(t, timeZone) === wallMs) found.add(t);
  return [...found].sort((a, b) => a - b);
}
