import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCents,
  centsToDecimalString,
  euros,
  formatMoney,
  MoneyError,
  parseMoney,
  percentOf,
  sumCents,
} from './money.js';

function cents(input: string, decimalSeparator?: '.' | ','): number | string {
  const r = parseMoney(input, decimalSeparator ? { decimalSeparator } : {});
  return r.ok ? r.cents : r.error.code;
}

describe('parseMoney', () => {
  it.each([
    ['EUR 1.234,56', 123456],
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['1.234.567,8', 123456780],
    ['€1,234.56', 123456],
    ['1 234,56 €', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ["1'234.50 CHF", 123450],
    ['0,5', 50],
    ['12', 1200],
    ['-12,5', -1250],
    ['−€ 12.05', -1205],
    ['€-3', -300],
    ['+7.10', 710],
    ['2000000.00', 200_000_000],
    ['0.00', 0],
    ['-0', 0],
  ])('%s -> %i cents', (input, expected) => {
    expect(cents(input)).toBe(expected);
  });

  it('reads a lone separator before three digits as thousands unless told otherwise', () => {
    expect(cents('1.234')).toBe(123_400);
    expect(cents('1,234')).toBe(123_400);
    expect(cents('1.234', '.')).toBe('money.too_many_decimals');
    expect(cents('1,234', ',')).toBe('money.too_many_decimals');
    expect(cents('0.125')).toBe('money.too_many_decimals');
  });

  it('honours an explicit decimal separator', () => {
    expect(cents('1.234,5', ',')).toBe(123_450);
    expect(cents('1,5', '.')).toBe('money.bad_format');
  });

  it('reports the currency it found', () => {
    const r = parseMoney('EUR 10');
    expect(r.ok && r.currency).toBe('EUR');
    const s = parseMoney('10 €');
    expect(s.ok && s.currency).toBe('EUR');
    const t = parseMoney('10');
    expect(t.ok && t.currency).toBeUndefined();
  });

  it.each([
    ['', 'money.empty'],
    ['   ', 'money.empty'],
    ['abc', 'money.bad_format'],
    ['12..5', 'money.bad_format'],
    ['1.23.456', 'money.bad_format'],
    ['12,', 'money.bad_format'],
    ['1e5', 'money.bad_format'],
    ['1,234.567', 'money.too_many_decimals'],
    ['90071992547409.92', 'money.out_of_range'],
  ])('rejects %j with %s', (input, code) => {
    expect(cents(input)).toBe(code);
  });

  it('accepts the largest safe amount exactly', () => {
    expect(cents('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('round-trips any safe amount through its decimal string', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (c) => {
        expect(cents(centsToDecimalString(c))).toBe(c);
      }),
    );
  });

  it('reads back what es-ES and en-GB formatting writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
        expect(cents(formatMoney(c, 'es-ES'), ',')).toBe(c);
        expect(cents(formatMoney(c, 'en-GB'), '.')).toBe(c);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('formats per locale without float error', () => {
    expect(formatMoney(123456, 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(12345678, 'es-ES').replace(/\s/g, ' ')).toBe('123.456,78 €');
    expect(formatMoney(-5, 'en-GB')).toBe('-€0.05');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'en-GB')).toBe('€90,071,992,547,409.91');
    expect(formatMoney(2_500_000, 'en-GB', 'EUR', { currencyDisplay: 'code' }).replace(/\s/g, ' ')).toBe('EUR 25,000.00');
  });

  it('refuses fractional cents', () => {
    expect(() => formatMoney(1.5, 'en-GB')).toThrow(MoneyError);
  });
});

describe('arithmetic', () => {
  it('sums and detects overflow', () => {
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(sumCents([])).toBe(0);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(/money.overflow/);
    expect(() => sumCents([1, 0.5])).toThrow(/money.not_cents/);
    expect(() => addCents(-Number.MAX_SAFE_INTEGER, -1)).toThrow(MoneyError);
  });

  it('sums exactly like BigInt while in range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e13, max: 1e13 }), { maxLength: 50 }), (values) => {
        const exact = values.reduce((s, v) => s + BigInt(v), 0n);
        expect(BigInt(sumCents(values))).toBe(exact);
      }),
    );
  });

  it('converts whole euros', () => {
    expect(euros(25_000)).toBe(2_500_000);
    expect(() => euros(0.5)).toThrow(MoneyError);
  });

  it('takes percentages with half-away-from-zero rounding', () => {
    expect(percentOf(1_000_000, 30)).toBe(300_000);
    expect(percentOf(101, 50)).toBe(51);
    expect(percentOf(-101, 50)).toBe(-51);
    expect(percentOf(1_000_000, 33.33)).toBe(333_300);
    expect(percentOf(3, 33.333333)).toBe(1);
    expect(percentOf(Number.MAX_SAFE_INTEGER, 100)).toBe(Number.MAX_SAFE_INTEGER);
    expect(percentOf(123, 0)).toBe(0);
  });

  it('percentOf matches exact rational rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }), (c, bp) => {
        // bp hundredths of a percent: exact result = c * bp / 10000, rounded half up
        const exactTimes2 = (BigInt(c) * BigInt(bp) * 2n) / 10_000n;
        const expected = Number((exactTimes2 + 1n) / 2n);
        expect(percentOf(c, bp / 100)).toBe(expected);
      }),
    );
  });
});
