import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, minusYears, nextDay } from './dates.js';
import { deMinimisWindowStart, priorAidInWindow } from './de-minimis.js';

describe('calendar dates', () => {
  it('accepts existing days only', () => {
    expect(['2024-02-29', '2025-12-31', '2000-02-29'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-4-1', 20240101].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('nextDay matches the JavaScript calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const day = new Date(ms).toISOString().slice(0, 10);
        const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(nextDay(day)).toBe(next);
      }),
    );
  });

  it('minusYears keeps the day, clamping 29 February', () => {
    expect(minusYears('2024-06-01', 3)).toBe('2021-06-01');
    expect(minusYears('2028-02-29', 3)).toBe('2025-02-28');
    expect(minusYears('2028-02-29', 4)).toBe('2024-02-29');
  });
});

describe('de minimis window', () => {
  it('covers the three years ending on the grant date, excluding the same day three years before', () => {
    expect(deMinimisWindowStart('2024-06-01')).toBe('2021-06-02');
    expect(deMinimisWindowStart('2024-01-01')).toBe('2021-01-02');
    expect(deMinimisWindowStart('2028-02-29')).toBe('2025-03-01');
    expect(deMinimisWindowStart('2027-02-28')).toBe('2024-02-29');
  });

  it('sums prior aid inside the window per single undertaking', () => {
    const aid = (singleUndertakingId: string, grantDate: string, amountCents: number) => ({ singleUndertakingId, grantDate, amountCents });
    const sums = priorAidInWindow(
      [aid('g', '2021-06-01', 1), aid('g', '2021-06-02', 10), aid('g', '2024-06-01', 100), aid('h', '2023-01-01', 1000)],
      '2024-06-01',
    );
    expect([...sums]).toEqual([
      ['g', 110],
      ['h', 1000],
    ]);
  });
});
