/**
 * Local date-times in IANA time zones with the built-in `Intl` API (no tz library). A deadline is
 * written as a local date-time plus the zone it was written in ("14 March 2022 17:00
 * Europe/Brussels"); `zonedInstant` turns it into the instant it names, whatever the zone's UTC
 * offset is on that day (daylight-saving time included). Local times that do not exist (skipped by
 * a spring-forward change) or that happen twice (repeated by a fall-back change) are refused rather
 * than guessed.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const HOUR_MS = 3_600_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
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

/** True when `zone` is an IANA time zone this runtime knows (e.g. `Europe/Brussels`). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`, a wall-clock time without zone. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall-clock reading `YYYY-MM-DDTHH:mm:ss` of an instant in a zone. */
export function localDateTime(instant: Date | number, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The zone's offset from UTC (local minus UTC, ms) at an instant. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const wall = localDateTime(instantMs, timeZone);
  const m = LOCAL_DATE_TIME.exec(wall);
  if (!m) return 0;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

export type ZonedInstantResult =
  | { ok: true; instant: Date }
  | { ok: false; reason: 'invalid_format' | 'invalid_zone' | 'nonexistent' | 'ambiguous' };

function normalise(m: RegExpExecArray): { wall: number; text: string } | undefined {
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return { wall, text: check.toISOString().slice(0, 19) };
}

/**
 * The instant a local date-time names in `timeZone`. The offsets a day before and a day after are
 * the only candidates (no zone changes its offset twice within two days), and a candidate counts
 * only if reading it back in the zone gives the same wall-clock time.
 */
export function zonedInstant(local: string, timeZone: string): ZonedInstantResult {
  const m = LOCAL_DATE_TIME.exec(local.trim());
  const parsed = m ? normalise(m) : undefined;
  if (!parsed) return { ok: false, reason: 'invalid_format' };
  if (!isTimeZone(timeZone)) return { ok: false, reason: 'invalid_zone' };
  const offsets = new Set([zoneOffsetMs(parsed.wall - 24 * HOUR_MS, timeZone), zoneOffsetMs(parsed.wall + 24 * HOUR_MS, timeZone)]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = parsed.wall - offset;
    if (localDateTime(candidate, timeZone) === parsed.text) found.add(candidate);
  }
  if (found.size === 0) return { ok: false, reason: 'nonexistent' };
  if (found.size > 1) return { ok: false, reason: 'ambiguous' };
  return { ok: true, instant: new Date([...found][0] ?? 0) };
}
