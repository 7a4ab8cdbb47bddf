import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { instantsOfWallTime, localDate, localDayHours, startOfLocalDay, zoneOffsetMs } from './time-zone.js';

describe('time zones', () => {
  it('finds local midnight and DST day lengths in Madrid and Chicago', () => {
    expect(new Date(startOfLocalDay('2024-01-15', 'Europe/Madrid')).toISOString()).toBe('2024-01-14T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2024-07-15', 'Europe/Madrid')).toISOString()).toBe('2024-07-14T22:00:00.000Z');
    expect(localDayHours('2024-03-31', 'Europe/Madrid')).toBe(23);
    expect(localDayHours('2024-10-27', 'Europe/Madrid')).toBe(25);
    expect(localDayHours('2024-06-01', 'Europe/Madrid')).toBe(24);
    expect(localDayHours('2016-03-13', 'America/Chicago')).toBe(23);
    expect(localDayHours('2016-11-06', 'America/Chicago')).toBe(25);
    expect(localDayHours('2016-11-06', 'UTC')).toBe(24);
  });

  it('handles a zone whose DST change skips midnight (Santiago, 2022-09-11 00:00 -> 01:00)', () => {
    const start = startOfLocalDay('2022-09-11', 'America/Santiago');
    expect(new Date(start).toISOString()).toBe('2022-09-11T04:00:00.000Z');
    expect(localDate(start, 'America/Santiago')).toBe('2022-09-11');
    expect(localDate(start - 1000, 'America/Santiago')).toBe('2022-09-10');
    expect(localDayHours('2022-09-11', 'America/Santiago')).toBe(23);
  });

  it('handles half-hour DST far from UTC (Lord Howe: +10:30 / +11, change at 02:00 local)', () => {
    expect(new Date(startOfLocalDay('2024-10-06', 'Australia/Lord_Howe')).toISOString()).toBe('2024-10-05T13:30:00.000Z');
    expect(new Date(startOfLocalDay('2024-10-07', 'Australia/Lord_Howe')).toISOString()).toBe('2024-10-06T13:00:00.000Z');
    expect(localDayHours('2024-10-06', 'Australia/Lord_Howe')).toBe(23.5);
    expect(localDayHours('2024-04-07', 'Australia/Lord_Howe')).toBe(24.5);
  });

  it('reports offsets, including half-hour zones', () => {
    expect(zoneOffsetMs(Date.UTC(2024, 0, 1), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(zoneOffsetMs(Date.UTC(2024, 0, 1), 'America/Chicago')).toBe(-6 * 3_600_000);
  });

  it('local days tile the time line: each day starts where the previous one ends', () => {
    const zones = ['Europe/Madrid', 'America/Chicago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Apia'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 365 * 30 }), (zone, dayOffset) => {
        const date = addDays('2000-01-01', dayOffset);
        const start = startOfLocalDay(date, zone);
        const hours = localDayHours(date, zone);
        expect(start + hours * 3_600_000).toBe(startOfLocalDay(addDays(date, 1), zone));
        expect(localDate(start - 1, zone) < date).toBe(true);
        if (hours > 0) expect(localDate(start, zone)).toBe(date);
        expect(hours === 0 || (hours >= 22.5 && hours <= 25)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a skipped calendar day zero hours (Samoa skipped 2011-12-30)', () => {
    expect(localDayHours('2011-12-30', 'Pacific/Apia')).toBe(0);
    expect(localDayHours('2011-12-31', 'Pacific/Apia')).toBe(24);
  });

  it('rejects unknown zones', () => {
    expect(() => localDate(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('instantsOfWallTime', () => {
  it('maps a local time to its instant, both instants in the repeated hour, none in the skipped hour', () => {
    const madrid = 'Europe/Madrid';
    expect(instantsOfWallTime(Date.UTC(2024, 0, 15, 10, 15), madrid)).toEqual([Date.UTC(2024, 0, 15, 9, 15)]);
    expect(instantsOfWallTime(Date.UTC(2024, 6, 15, 10, 15), madrid)).toEqual([Date.UTC(2024, 6, 15, 8, 15)]);
    // 27 October 2024: 03:00 CEST -> 02:00 CET, so 02:30 happens twice.
    expect(instantsOfWallTime(Date.UTC(2024, 9, 27, 2, 30), madrid)).toEqual([Date.UTC(2024, 9, 27, 0, 30), Date.UTC(2024, 9, 27, 1, 30)]);
    // 31 March 2024: 02:00 CET -> 03:00 CEST, so 02:30 never happens.
    expect(instantsOfWallTime(Date.UTC(2024, 2, 31, 2, 30), madrid)).toEqual([]);
    expect(instantsOfWallTime(Date.UTC(2024, 2, 31, 3, 0), madrid)).toEqual([Date.UTC(2024, 2, 31, 1, 0)]);
    expect(instantsOfWallTime(Date.UTC(2024, 2, 31, 12, 0), 'UTC')).toEqual([Date.UTC(2024, 2, 31, 12, 0)]);
  });
});
