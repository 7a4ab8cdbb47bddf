/**
 * Annex Art. 4(2): crossing a ceiling changes the class only when it happens in two consecutive
 * closed accounting years, in either direction.
 *
 * With the class held so far `e`, last year's raw class `p` and this year's raw class `r`, the new
 * class is the median of (e, p, r): if both years are above `e` the class rises to the lower of
 * the two (the ceiling both years crossed), if both are below it falls to the higher of the two,
 * otherwise it stays. Without a known previous consecutive year the class stays; without any class
 * held so far (first year, no prior determination) the year's raw class is taken.
 */
import { classRank } from './ceilings.js';
import { SME_CLASSES, type Explanation, type SmeClass } from './types.js';

/** A year's raw class (null when its figures were incomplete). */
export interface RawYear {
  year: number;
  rawClass: SmeClass | null;
}

/** The class after the rule for each year, with the explanation of what the rule did. */
export interface RuledYear {
  year: number;
  sizeClass: SmeClass | null;
  explanation: Explanation;
}

function median(a: SmeClass, b: SmeClass, c: SmeClass): SmeClass {
  const ranks = [classRank(a), classRank(b), classRank(c)].sort((x, y) => x - y);
  return SME_CLASSES[ranks[1] ?? 0] ?? a;
}

function step(held: SmeClass | undefined, previous: RawYear | undefined, current: RawYear & { rawClass: SmeClass }): RuledYear {
  const { year, rawClass } = current;
  if (held === undefined) {
    return { year, sizeClass: rawClass, explanation: { code: 'sme.first_year', params: { year, class: rawClass } } };
  }
  if (rawClass === held) return { year, sizeClass: held, explanation: { code: 'sme.class_confirmed', params: { year, class: held } } };
  const consecutive = previous !== undefined && previous.year === year - 1 && previous.rawClass !== null;
  const next = consecutive && previous.rawClass !== null ? median(held, previous.rawClass, rawClass) : held;
  if (next !== held) {
    return {
      year,
      sizeClass: next,
      explanation: { code: 'sme.class_changed', params: { year, from: held, to: next, previousYear: year - 1 } },
    };
  }
  return {
    year,
    sizeClass: held,
    explanation: { code: 'sme.class_kept', params: { year, class: held, rawClass, consecutive } },
  };
}

/** Applies the two-consecutive-years rule to years in ascending order. */
export function applyTwoYearRule(years: readonly RawYear[], priorClass?: SmeClass): RuledYear[] {
  let held = priorClass;
  let previous: RawYear | undefined;
  return years.map((current) => {
    const { year, rawClass } = current;
    let ruled: RuledYear;
    if (rawClass === null) {
      ruled = { year, sizeClass: null, explanation: { code: 'sme.year_incomplete', params: { year } } };
    } else {
      ruled = step(held, previous, { year, rawClass });
      held = ruled.sizeClass ?? held;
    }
    previous = current;
    return ruled;
  });
}
