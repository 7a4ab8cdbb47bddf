/**
 * `determineSmeStatus`: the SME class of an enterprise for each of its closed years, per
 * Recommendation 2003/361/EC (DOMAIN.md section 2):
 * 1. the group: itself, linked enterprises at 100 %, partners (and their linked) pro rata;
 * 2. each year's aggregated AWU, turnover and balance sheet, with what each member contributed;
 * 3. the raw class by the ceilings (headcount required, then turnover OR balance sheet);
 * 4. the size class after the two-consecutive-years rule;
 * 5. the effective class: `large` (not an SME) when public bodies control 25 % or more.
 */
import { throwIfIssues } from '../ranking/issues.js';
import { aggregateYear, type FiguresIndex } from './aggregate.js';
import { classify } from './ceilings.js';
import { buildGroup } from './group.js';
import { applyTwoYearRule } from './two-year.js';
import type { Explanation, SmeClass, SmeInput, SmeResult, SmeYearResult } from './types.js';
import { validateSmeInput } from './validate.js';

function indexFigures(input: SmeInput): FiguresIndex {
  return new Map(input.enterprises.map((e) => [e.id, new Map(e.years.map((y) => [y.year, y]))]));
}

/** Determines the SME class per closed year. Throws `EngineInputError('sme.invalid_input')` on bad input. */
export function determineSmeStatus(input: SmeInput): SmeResult {
  throwIfIssues('sme.invalid_input', validateSmeInput(input));
  const { members, explanations } = buildGroup(input.enterpriseId, input.enterprises);
  const index = indexFigures(input);
  const subject = input.enterprises.find((e) => e.id === input.enterpriseId);
  const years = [...(subject?.years ?? [])].map((y) => y.year).sort((a, b) => a - b);

  const aggregated = years.map((year) => {
    const agg = aggregateYear(year, members, index);
    const classified = agg.figures === null ? null : classify(agg.figures, year);
    return { year, ...agg, rawClass: classified?.rawClass ?? null, classExplanations: classified?.explanations ?? [] };
  });
  const ruled = applyTwoYearRule(aggregated, input.priorClass);

  const results: SmeYearResult[] = aggregated.map((a, i) => {
    const sizeClass = ruled[i]?.sizeClass ?? null;
    const effectiveClass: SmeClass | null = sizeClass === null ? null : input.publicBodyControl ? 'large' : sizeClass;
    const own: Explanation[] = [...a.explanations, ...a.classExplanations];
    const rule = ruled[i]?.explanation;
    if (rule) own.push(rule);
    if (input.publicBodyControl) own.push({ code: 'sme.public_body_control', params: { year: a.year } });
    return {
      year: a.year,
      figures: a.figures,
      breakdown: a.breakdown,
      rawClass: a.rawClass,
      sizeClass,
      effectiveClass,
      isSme: effectiveClass === null ? null : effectiveClass !== 'large',
      explanations: own,
    };
  });
  return { enterpriseId: input.enterpriseId, group: members, years: results, latest: results.at(-1), explanations };
}
