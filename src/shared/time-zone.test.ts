import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone, localDateTime, zonedInstant } from './time-zone.js';

const at = (local: string, zone: string) => {
  const r = zonedInstant(local, zone);
  if (!r.ok) throw new Error(r.reason);
  return r.instant.toISOString();
};

describe('zonedInstant', () => {
  it('reads a Brussels deadline in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(at('2022-03-14T17:00', 'Europe/Brussels')).toBe('2022-03-14T16:00:00.000Z');
    expect(at('2022-03-28T17:00', 'Europe/Brussels')).toBe('2022-03-28T15:00:00.000Z');
    expect(at('2026-10-26T17:00:00', 'Europe/Brussels')).toBe('2026-10-26T16:00:00.000Z');
  });

  it('handles the days of the change itself', () => {
    // 27 March 2022: clocks jump from 02:00 to 03:00 in Brussels
    expect(at('2022-03-27T01:59:59', 'Europe/Brussels')).toBe('2022-03-27T00:59:59.000Z');
    expect(at('2022-03-27T03:00', 'Europe/Brussels')).toBe('2022-03-27T01:00:00.000Z');
    expect(zonedInstant('2022-03-27T02:30', 'Europe/Brussels')).toEqual({ ok: false, reason: 'nonexistent' });
    // 30 October 2022: 02:00-03:00 happens twice
    expect(zonedInstant('2022-10-30T02:30', 'Europe/Brussels')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(at('2022-10-30T03:00', 'Europe/Brussels')).toBe('2022-10-30T02:00:00.000Z');
  });

  it('works in zones without DST, south of the equator and with half-hour offsets', () => {
    expect(at('2026-01-15T09:00', 'UTC')).toBe('2026-01-15T09:00:00.000Z');
    expect(at('2026-01-15T09:00', 'America/Sao_Paulo')).toBe('2026-01-15T12:00:00.000Z');
    expect(at('2026-07-01T12:00', 'Asia/Kolkata')).toBe('2026-07-01T06:30:00.000Z');
    expect(at('2026-01-15T12:00', 'Australia/Sydney')).toBe('2026-01-15T01:00:00.000Z');
  });

  it('refuses malformed dates and unknown zones', () => {
    expect(zonedInstant('2022-02-30T10:00', 'Europe/Madrid')).toEqual({ ok: false, reason: 'invalid_format' });
    expect(zonedInstant('2022-02-10 10:00', 'Europe/Madrid')).toEqual({ ok: false, reason: 'invalid_format' });
    expect(zonedInstant('2022-02-10T24:00', 'Europe/Madrid')).toEqual({ ok: false, reason: 'invalid_format' });
    expect(zonedInstant('2022-02-10T10:00', 'Europe/Atlantis')).toEqual({ ok: false, reason: 'invalid_zone' });
    expect(isTimeZone('Europe/Madrid')).toBe(true);
    expect(isTimeZone('')).toBe(false);
  });

  it('round-trips: the instant read back in the zone is the local time written (property)', () => {
    const zones = ['Europe/Brussels', 'Europe/Madrid', 'Atlantic/Canary', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const instant = Math.floor(ms / 1000) * 1000;
        const local = localDateTime(instant, zone);
        const r = zonedInstant(local, zone);
        // Every local time read from an instant exists; it names that instant unless it is repeated.
        if (r.ok) expect(r.instant.getTime()).toBe(instant);
        else expect(r.reason).toBe('ambiguous');
      }),
      { numRuns: 2000 },
    );
  });
});
