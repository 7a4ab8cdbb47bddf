/**
 * Checks of a call's rules (all problems collected). `validateCallRules` also reports what blocks publication: a per-recipient
 * cap above the 60,000 EUR default without a recorded justification (DOMAIN.md section 3).
 */
import { duplicateIssues, type Issue } from '../ranking/issues.js';
import { isCents } from '../../shared/money.js';
import { DEFAULT_PER_RECIPIENT_CAP_CENTS } from './funding-rules.js';
import type { CallRules, Instrument, Quantifier } from './types.js';

const isCount = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
const isAmount = (n: number | undefined) => n === undefined || (isCents(n) && n >= 0);

function quantifierIssues(q: Quantifier | undefined, path: string): Issue[] {
  if (q === undefined || q === 'every') return [];
  return Number.isInteger(q.atLeast) && q.atLeast >= 1 ? [] : [{ path, code: 'call.invalid_quantifier' }];
}

function instrumentIssues(inst: Instrument, path: string): Issue[] {
  const issues: Issue[] = [];
  if (!isAmount(inst.maxPerRecipientCents)) issues.push({ path: `${path}.maxPerRecipientCents`, code: 'call.invalid_amount' });
  if (!isAmount(inst.maxPerProjectCents)) issues.push({ path: `${path}.maxPerProjectCents`, code: 'call.invalid_amount' });
  const trl = inst.trl;
  if (trl && !(Number.isInteger(trl.min) && Number.isInteger(trl.max) && trl.min >= 1 && trl.min <= trl.max && trl.max <= 9)) {
    issues.push({ path: `${path}.trl`, code: 'call.invalid_trl', params: { min: trl.min, max: trl.max } });
  }
  return issues;
}

function countIssues(rules: CallRules): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['minPartners', 'maxPartners', 'minDistinctCountries'] as const) {
    if (!isCount(rules[key])) issues.push({ path: key, code: 'call.invalid_count' });
  }
  const { minPartners: min, maxPartners: max } = rules;
  if (min !== undefined && max !== undefined && issues.length === 0 && min > max) {
    issues.push({ path: 'minPartners', code: 'call.min_above_max', params: { min, max } });
  }
  (rules.requiredRoles ?? []).forEach((r, i) => {
    if (!isCount(r.min)) issues.push({ path: `requiredRoles[${i}].min`, code: 'call.invalid_count' });
  });
  return issues;
}

/** Problems that make the rules unusable (checked by `checkEligibility` too). */
export function structuralIssues(rules: CallRules): Issue[] {
  const issues = countIssues(rules);
  (rules.eligibleCountries ?? []).forEach((c, i) => {
    if (!/^[A-Za-z]{2}$/.test(c.trim())) issues.push({ path: `eligibleCountries[${i}]`, code: 'call.invalid_country', params: { value: c } });
  });
  (rules.regions ?? []).forEach((r, i) => issues.push(...quantifierIssues(r.quantifier, `regions[${i}].quantifier`)));
  issues.push(...quantifierIssues(rules.membershipRequired, 'membershipRequired'));
  issues.push(...quantifierIssues(rules.nace?.quantifier, 'nace.quantifier'));
  issues.push(...quantifierIssues(rules.stages?.quantifier, 'stages.quantifier'));
  if (rules.instruments.length === 0) issues.push({ path: 'instruments', code: 'call.no_instruments' });
  issues.push(...duplicateIssues(rules.instruments, (i) => i.id, (i) => `instruments[${i}].id`, 'call.duplicate_instrument'));
  rules.instruments.forEach((inst, i) => issues.push(...instrumentIssues(inst, `instruments[${i}]`)));
  if (!isAmount(rules.perRecipientCapCents)) issues.push({ path: 'perRecipientCapCents', code: 'call.invalid_amount' });
  return issues;
}

/** Every problem with a call's rules, including what blocks publication. */
export function validateCallRules(rules: CallRules): Issue[] {
  const issues = structuralIssues(rules);
  const cap = rules.perRecipientCapCents;
  if (cap !== undefined && cap > DEFAULT_PER_RECIPIENT_CAP_CENTS && !rules.capJustification?.trim()) {
    issues.push({
      path: 'capJustification',
      code: 'call.cap_justification_required',
      params: { capCents: cap, defaultCents: DEFAULT_PER_RECIPIENT_CAP_CENTS },
    });
  }
  return issues;
}
