import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './ceilings.js';
import type { SmeClass } from './types.js';

const EUR = 100;
const cls = (awu: number, turnoverEur: number, balanceEur: number, extraCents = 0): SmeClass =>
  classify({ awu, turnoverCents: turnoverEur * EUR + extraCents, balanceSheetCents: balanceEur * EUR + extraCents }, 2023).rawClass;

describe('ceilings (Recommendation 2003/361/EC, Annex Art. 2)', () => {
  it('exactly 10 AWU is not micro; just below is', () => {
    expect(cls(10, 100_000, 100_000)).toBe('small');
    expect(cls(9.99, 100_000, 100_000)).toBe('micro');
    const why = classify({ awu: 10, turnoverCents: 1, balanceSheetCents: 1 }, 2023).explanations[0];
    expect(why).toEqual({ code: 'sme.exceeds_headcount', params: { class: 'micro', awu: 10, limit: 10, year: 2023 } });
  });

  it('EUR 2,000,000.00 turnover is micro; one cent more needs the balance sheet', () => {
    expect(cls(5, 2_000_000, 3_000_000)).toBe('micro');
    expect(classify({ awu: 5, turnoverCents: 200_000_001, balanceSheetCents: 300_000_000 }, 2023).rawClass).toBe('small');
    expect(classify({ awu: 5, turnoverCents: 200_000_001, balanceSheetCents: 200_000_000 }, 2023).rawClass).toBe('micro');
  });

  it('turnover OR balance sheet: one within the ceiling is enough', () => {
    expect(cls(5, 9_000_000, 2_000_000)).toBe('micro');
    expect(cls(40, 10_000_000, 50_000_000)).toBe('small');
    expect(cls(40, 10_000_000, 10_000_000, 1)).toBe('medium');
  });

  it('medium: < 250 AWU and 50 M turnover or 43 M balance sheet', () => {
    expect(cls(249.99, 60_000_000, 43_000_000)).toBe('medium');
    expect(cls(250, 1_000_000, 1_000_000)).toBe('large');
    expect(cls(100, 50_000_000, 60_000_000)).toBe('medium');
    expect(classify({ awu: 100, turnoverCents: 5_000_000_001, balanceSheetCents: 4_300_000_001 }, 2023).rawClass).toBe('large');
  });

  it('explains each smaller class it missed, then the class', () => {
    const r = classify({ awu: 100, turnoverCents: 60_000_000 * EUR, balanceSheetCents: 20_000_000 * EUR }, 2021);
    expect(r.explanations.map((e) => [e.code, e.params['class']])).toEqual([
      ['sme.exceeds_headcount', 'micro'],
      ['sme.exceeds_headcount', 'small'],
      ['sme.raw_class', 'medium'],
    ]);
  });

  it('agrees with a direct reading of the table', () => {
    const rows: [SmeClass, number, number, number][] = [
      ['micro', 10, 2e6, 2e6],
      ['small', 50, 10e6, 10e6],
      ['medium', 250, 50e6, 43e6],
    ];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.nat(8e9), fc.nat(8e9), (awu, t, b) => {
        const expected = rows.find(([, a, tm, bm]) => awu < a && (t <= tm * 100 || b <= bm * 100))?.[0] ?? 'large';
        expect(classify({ awu, turnoverCents: t, balanceSheetCents: b }, 2020).rawClass).toBe(expected);
      }),
    );
  });
});
