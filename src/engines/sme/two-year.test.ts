import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determineSmeStatus } from './determine.js';
import { enterprise } from './test-support.js';
import { applyTwoYearRule } from './two-year.js';
import { SME_CLASSES, type SmeClass } from './types.js';

const years = (start: number, classes: (SmeClass | null)[]) => classes.map((rawClass, i) => ({ year: start + i, rawClass }));
const sizes = (classes: (SmeClass | null)[], prior?: SmeClass) => applyTwoYearRule(years(2018, classes), prior).map((r) => r.sizeClass);

describe('two consecutive closed years (Annex Art. 4(2))', () => {
  it('a firm over the ceiling for one year only keeps its class', () => {
    // small (40 AWU), one year at 60 AWU, back to 45 AWU
    const r = determineSmeStatus({
      enterpriseId: 'S',
      publicBodyControl: false,
      enterprises: [enterprise('S', [[2020, 40, 5e6, 5e6], [2021, 60, 5e6, 5e6], [2022, 45, 5e6, 5e6]])],
    });
    expect(r.years.map((y) => [y.rawClass, y.effectiveClass])).toEqual([
      ['small', 'small'],
      ['medium', 'small'],
      ['small', 'small'],
    ]);
    expect(r.years[1]?.explanations.at(-1)).toEqual({
      code: 'sme.class_kept',
      params: { year: 2021, class: 'small', rawClass: 'medium', consecutive: true },
    });
  });

  it('changes after the second consecutive year, in either direction', () => {
    expect(sizes(['small', 'medium', 'medium'])).toEqual(['small', 'small', 'medium']);
    expect(sizes(['medium', 'small', 'micro', 'micro'])).toEqual(['medium', 'medium', 'small', 'micro']);
    const changed = applyTwoYearRule(years(2018, ['small', 'medium', 'medium']))[2]?.explanation;
    expect(changed).toEqual({ code: 'sme.class_changed', params: { year: 2020, from: 'small', to: 'medium', previousYear: 2019 } });
  });

  it('rises only to the ceiling crossed in both years', () => {
    expect(sizes(['micro', 'medium', 'large'])).toEqual(['micro', 'micro', 'medium']);
    expect(sizes(['large', 'micro', 'small'])).toEqual(['large', 'large', 'small']);
  });

  it('starts from a prior determination, which one year cannot change', () => {
    expect(sizes(['medium'], 'small')).toEqual(['small']);
    expect(sizes(['medium', 'medium'], 'small')).toEqual(['small', 'medium']);
  });

  it('needs consecutive years: a gap or an incomplete year interrupts the count', () => {
    const gap = applyTwoYearRule([
      { year: 2018, rawClass: 'small' },
      { year: 2019, rawClass: 'medium' },
      { year: 2021, rawClass: 'medium' },
    ]);
    expect(gap.map((r) => r.sizeClass)).toEqual(['small', 'small', 'small']);
    expect(sizes(['small', 'medium', null, 'medium'])).toEqual(['small', 'small', null, 'small']);
  });

  it('never changes on a single year out of line (property)', () => {
    const cls = fc.constantFrom(...SME_CLASSES);
    fc.assert(
      fc.property(fc.array(cls, { minLength: 1, maxLength: 12 }), (raw) => {
        const out = sizes(raw);
        out.forEach((s, i) => {
          if (i === 0) return expect(s).toBe(raw[0]);
          if (s === out[i - 1]) return;
          // a change needs this year and the previous year on the same side of the old class
          const rank = (c: SmeClass | null | undefined) => SME_CLASSES.indexOf(c ?? 'micro');
          const old = rank(out[i - 1]);
          const side = (c: SmeClass | undefined) => Math.sign(rank(c) - old);
          expect(side(raw[i])).not.toBe(0);
          expect(side(raw[i - 1])).toBe(side(raw[i]));
        });
      }),
    );
  });
});
