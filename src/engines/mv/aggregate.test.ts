import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDaily, dailyTemperatures, type IntervalReading } from './aggregate.js';
import { IL_TIME_ZONE, readSampleCsv } from './testing/opendsm-samples.js';
import { localDate, startOfLocalDay } from './time-zone.js';

describe('aggregateDaily', () => {
  it('reproduces the OpenDSM daily file from its hourly file (America/Chicago, DST days included)', () => {
    const hourly = readSampleCsv('il-electricity-cdd-hdd-hourly.csv.gz');
    const days = aggregateDaily(hourly, { timeZone: IL_TIME_ZONE, intervalMinutes: 60 });
    const reference = new Map(readSampleCsv('il-electricity-cdd-hdd-daily.csv.gz').map((r) => [localDate(r.start, IL_TIME_ZONE), r.value]));
    let compared = 0;
    for (const d of days) {
      const ref = reference.get(d.date);
      if (ref === null || ref === undefined || d.coverage < 1) continue;
      expect(Math.abs(d.sum - ref), d.date).toBeLessThan(0.06); // the files are rounded to 0.01
      compared++;
    }
    expect(compared).toBeGreaterThan(800);
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(byDate.get('2016-03-13')).toMatchObject({ hours: 23, expected: 23, count: 23, coverage: 1 });
    expect(byDate.get('2016-11-06')).toMatchObject({ hours: 25, expected: 25, count: 25, coverage: 1 });
    expect(byDate.get('2016-07-01')).toMatchObject({ hours: 24, expected: 24, count: 24 });
  });

  it('counts 15-minute readings against 92 / 96 / 100 expected on Madrid DST days, without filling', () => {
    const zone = 'Europe/Madrid';
    const readings: IntervalReading[] = [];
    for (let t = startOfLocalDay('2024-03-30', zone); t < startOfLocalDay('2024-04-01', zone); t += 900_000) readings.push({ start: t, value: 1 });
    for (let t = startOfLocalDay('2024-10-27', zone); t < startOfLocalDay('2024-10-28', zone); t += 900_000) readings.push({ start: t, value: t % 3_600_000 === 0 ? null : 2 });
    const days = aggregateDaily(readings, { timeZone: zone, intervalMinutes: 15 });
    const get = (date: string) => days.find((d) => d.date === date);
    expect(get('2024-03-30')).toMatchObject({ expected: 96, count: 96, sum: 96, coverage: 1 });
    expect(get('2024-03-31')).toMatchObject({ hours: 23, expected: 92, count: 92, sum: 92 });
    expect(get('2024-10-27')).toMatchObject({ hours: 25, expected: 100, count: 75, sum: 150, coverage: 0.75 });
    // Days between the two blocks are listed, empty.
    expect(get('2024-06-15')).toMatchObject({ count: 0, sum: 0, coverage: 0 });
  });

  it('conserves the total and assigns every reading to the local day it starts in', () => {
    const zones = ['Europe/Madrid', 'America/Chicago', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.record({ start: fc.integer({ min: 1.6e12, max: 1.6e12 + 4e9 }), value: fc.option(fc.integer({ min: -100, max: 1000 }), { nil: null }) }), { minLength: 1, maxLength: 200 }),
        (zone, readings) => {
          const days = aggregateDaily(readings, { timeZone: zone, intervalMinutes: 60 });
          const total = readings.reduce((s, r) => s + (r.value ?? 0), 0);
          expect(days.reduce((s, d) => s + d.sum, 0)).toBe(total);
          expect(days.reduce((s, d) => s + d.count, 0)).toBe(readings.filter((r) => r.value !== null).length);
          for (const r of readings) {
            const day = days.find((d) => d.date === localDate(r.start, zone));
            expect(day).toBeDefined();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('dailyTemperatures', () => {
  it('averages the present readings of each local day', () => {
    const zone = 'UTC';
    const base = Date.UTC(2024, 0, 1);
    const readings: IntervalReading[] = Array.from({ length: 24 }, (_, h) => ({ start: base + h * 3_600_000, value: h < 12 ? 10 : h === 23 ? null : 20 }));
    const [day] = dailyTemperatures(readings, { timeZone: zone, intervalMinutes: 60 });
    expect(day?.mean).toBeCloseTo((12 * 10 + 11 * 20) / 23, 12);
    expect(day?.values).toHaveLength(23);
    expect(day?.coverage).toBeCloseTo(23 / 24, 12);
  });
});
