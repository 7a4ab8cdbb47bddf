/**
 * The ceilings of Annex Art. 2 of Recommendation 2003/361/EC: the headcount ceiling must be met,
 * then the turnover ceiling OR the balance-sheet ceiling.
 */
import { euros } from '../../shared/money.js';
import { SME_CLASSES, type Explanation, type Figures, type SmeClass } from './types.js';

/** One class's ceilings. Headcount must be strictly below; money at most equal. */
export interface Ceiling {
  class: Exclude<SmeClass, 'large'>;
  awuBelow: number;
  turnoverMaxCents: number;
  balanceSheetMaxCents: number;
}

/** Micro, small and medium ceilings. */
export const SME_CEILINGS: readonly Ceiling[] = [
  { class: 'micro', awuBelow: 10, turnoverMaxCents: euros(2_000_000), balanceSheetMaxCents: euros(2_000_000) },
  { class: 'small', awuBelow: 50, turnoverMaxCents: euros(10_000_000), balanceSheetMaxCents: euros(10_000_000) },
  { class: 'medium', awuBelow: 250, turnoverMaxCents: euros(50_000_000), balanceSheetMaxCents: euros(43_000_000) },
];

/** Position of a class in the order micro < small < medium < large. */
export function classRank(c: SmeClass): number {
  return SME_CLASSES.indexOf(c);
}

/** Why `figures` do not fit `ceiling`, or null when they do. */
function miss(figures: Figures, ceiling: Ceiling): Explanation | null {
  if (!(figures.awu < ceiling.awuBelow)) {
    return { code: 'sme.exceeds_headcount', params: { class: ceiling.class, awu: figures.awu, limit: ceiling.awuBelow } };
  }
  const turnoverOk = figures.turnoverCents <= ceiling.turnoverMaxCents;
  const balanceOk = figures.balanceSheetCents <= ceiling.balanceSheetMaxCents;
  if (turnoverOk || balanceOk) return null;
  return {
    code: 'sme.exceeds_financial',
    params: {
      class: ceiling.class,
      turnoverCents: figures.turnoverCents,
      turnoverLimitCents: ceiling.turnoverMaxCents,
      balanceSheetCents: figures.balanceSheetCents,
      balanceSheetLimitCents: ceiling.balanceSheetMaxCents,
    },
  };
}

/**
 * The smallest class whose ceilings the figures meet (`large` if none), with one explanation per
 * smaller class saying which ceiling was exceeded, then `sme.raw_class`.
 */
export function classify(figures: Figures, year: number): { rawClass: SmeClass; explanations: Explanation[] } {
  const explanations: Explanation[] = [];
  let rawClass: SmeClass = 'large';
  for (const ceiling of SME_CEILINGS) {
    const why = miss(figures, ceiling);
    if (why === null) {
      rawClass = ceiling.class;
      break;
    }
    explanations.push({ code: why.code, params: { ...why.params, year } });
  }
  explanations.push({
    code: 'sme.raw_class',
    params: { year, class: rawClass, awu: figures.awu, turnoverCents: figures.turnoverCents, balanceSheetCents: figures.balanceSheetCents },
  });
  return { rawClass, explanations };
}
