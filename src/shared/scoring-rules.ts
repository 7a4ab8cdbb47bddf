/**
 * Names of the rules that decide the order of two ranked applications and of failed thresholds,
 * in either language (the ranking screen and the server's exports use the same words).
 */
type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface CriterionLabel {
  id: string;
  labelEs: string;
  labelEn: string;
}

export function criterionName(id: string, criteria: readonly CriterionLabel[], locale: string): string {
  const c = criteria.find((x) => x.id === id);
  if (!c) return id;
  return locale.startsWith('en') ? c.labelEn : c.labelEs;
}

const FIXED = new Set(['topics', 'gender', 'countries', 'submittedAt', 'id']);

/** `score` (higher weighted total), a fixed tie rule (`tie.topics`, ...) or a criterion's (`tie.impact`). */
export function decidingRuleName(rule: string, criteria: readonly CriterionLabel[], t: Translate, locale: string): string {
  if (rule === 'score') return t('scoring:ties.score');
  const name = rule.startsWith('tie.') ? rule.slice(4) : rule;
  if (FIXED.has(name)) return t(`scoring:ties.${name}`);
  return t('scoring:ties.criterion', { criterion: criterionName(name, criteria, locale) });
}

export interface FailureLike {
  kind: 'criterion' | 'total';
  criterion?: string | undefined;
  score?: number | undefined;
  total?: number | undefined;
  threshold: number;
}

export function failureText(f: FailureLike, criteria: readonly CriterionLabel[], t: Translate, locale: string): string {
  if (f.kind === 'total') return t('scoring:failures.total', { total: f.total ?? 0, threshold: f.threshold });
  return t('scoring:failures.criterion', { criterion: criterionName(f.criterion ?? '', criteria, locale), score: f.score ?? 0, threshold: f.threshold });
}
