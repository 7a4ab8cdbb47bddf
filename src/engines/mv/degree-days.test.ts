import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coolingDegreeDays, coolingDegreeDaysFromHourly, heatingDegreeDays, heatingDegreeDaysFromHourly, usableTemperatures } from './degree-days.js';
import { celsiusDeltaToFahrenheit, celsiusToFahrenheit, fahrenheitDeltaToCelsius, fahrenheitToCelsius } from './units.js';

describe('degree days', () => {
  it('computes HDD/CDD from a daily mean by hand', () => {
    expect(heatingDegreeDays(50, 65)).toBe(15);
    expect(heatingDegreeDays(70, 65)).toBe(0);
    expect(coolingDegreeDays(80, 65)).toBe(15);
    expect(coolingDegreeDays(60, 65)).toBe(0);
  });

  it('computes hourly-based degree days: a mild mean hides cold hours', () => {
    const hours = [...Array<number>(12).fill(50), ...Array<number>(12).fill(70)]; // mean 60
    expect(heatingDegreeDays(60, 60)).toBe(0);
    expect(heatingDegreeDaysFromHourly(hours, 60)).toBe(5); // 12 h x 10 degF / 24
    expect(coolingDegreeDaysFromHourly(hours, 65)).toBe(2.5);
  });

  it('satisfies HDD - CDD = bp - T and the convexity bound hourly >= daily-mean', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -30, max: 110, noNaN: true }), { minLength: 1, maxLength: 25 }), fc.integer({ min: 30, max: 90 }), (hours, bp) => {
        const mean = hours.reduce((s, t) => s + t, 0) / hours.length;
        expect(heatingDegreeDays(mean, bp) - coolingDegreeDays(mean, bp)).toBeCloseTo(bp - mean, 9);
        expect(heatingDegreeDaysFromHourly(hours, bp) - coolingDegreeDaysFromHourly(hours, bp)).toBeCloseTo(bp - mean, 9);
        expect(heatingDegreeDaysFromHourly(hours, bp)).toBeGreaterThanOrEqual(heatingDegreeDays(mean, bp) - 1e-9);
      }),
    );
  });

  it('decides which temperatures a day contributes (CalTRACK 50 % hourly coverage)', () => {
    const twelve = Array<number | null>(24).fill(null).map((v, i) => (i < 12 ? 40 : v));
    expect(usableTemperatures({ tempF: 55 }, 'dailyMean')).toEqual([55]);
    expect(usableTemperatures({ hourlyTempsF: twelve }, 'dailyMean')).toEqual([40]);
    expect(usableTemperatures({ hourlyTempsF: twelve }, 'hourly')).toHaveLength(12);
    expect(usableTemperatures({ hourlyTempsF: twelve.slice(1) }, 'hourly')).toBeNull();
    expect(usableTemperatures({ tempF: 55 }, 'hourly')).toBeNull();
    expect(usableTemperatures({ tempF: null }, 'dailyMean')).toBeNull();
  });
});

describe('units', () => {
  it('converts known points and round-trips', () => {
    expect(celsiusToFahrenheit(100)).toBe(212);
    expect(celsiusToFahrenheit(-40)).toBe(-40);
    expect(fahrenheitToCelsius(32)).toBe(0);
    expect(celsiusDeltaToFahrenheit(10)).toBe(18);
    expect(fahrenheitDeltaToCelsius(18)).toBe(10);
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (c) => {
        expect(fahrenheitToCelsius(celsiusToFahrenheit(c))).toBeCloseTo(c, 10);
      }),
    );
  });
});
