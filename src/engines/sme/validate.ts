/** Input checks of the SME determination; every problem is collected before failing. */
import { duplicateIssues, type Issue } from '../ranking/issues.js';
import type { Enterprise, Relation, SmeInput, YearFigures } from './types.js';

const isPercent = (x: number) => Number.isFinite(x) && x >= 0 && x <= 100;
const isAmount = (x: number) => Number.isSafeInteger(x) && x >= 0;

function yearIssues(y: YearFigures, path: string): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isInteger(y.year)) issues.push({ path: `${path}.year`, code: 'sme.invalid_year' });
  if (!Number.isFinite(y.awu) || y.awu < 0) issues.push({ path: `${path}.awu`, code: 'sme.invalid_awu' });
  if (!isAmount(y.turnoverCents)) issues.push({ path: `${path}.turnoverCents`, code: 'sme.invalid_amount' });
  if (!isAmount(y.balanceSheetCents)) issues.push({ path: `${path}.balanceSheetCents`, code: 'sme.invalid_amount' });
  return issues;
}

function relationIssues(e: Enterprise, r: Relation, path: string): Issue[] {
  const issues: Issue[] = [];
  if (r.enterpriseId === e.id) issues.push({ path, code: 'sme.self_relation' });
  if (!isPercent(r.capitalPct)) issues.push({ path: `${path}.capitalPct`, code: 'sme.invalid_percent' });
  if (!isPercent(r.votingPct)) issues.push({ path: `${path}.votingPct`, code: 'sme.invalid_percent' });
  if (r.direction !== 'holds' && r.direction !== 'held_by') issues.push({ path: `${path}.direction`, code: 'sme.invalid_direction' });
  return issues;
}

/** Every problem in `input` (empty when valid). */
export function validateSmeInput(input: SmeInput): Issue[] {
  const issues = duplicateIssues(input.enterprises, (e) => e.id, (i) => `enterprises[${i}].id`, 'sme.duplicate_enterprise');
  if (!input.enterprises.some((e) => e.id === input.enterpriseId)) {
    issues.push({ path: 'enterpriseId', code: 'sme.unknown_enterprise', params: { value: input.enterpriseId } });
  }
  input.enterprises.forEach((e, i) => {
    const base = `enterprises[${i}]`;
    issues.push(...duplicateIssues(e.years, (y) => String(y.year), (j) => `${base}.years[${j}].year`, 'sme.duplicate_year'));
    e.years.forEach((y, j) => issues.push(...yearIssues(y, `${base}.years[${j}]`)));
    e.relations.forEach((r, j) => issues.push(...relationIssues(e, r, `${base}.relations[${j}]`)));
  });
  return issues;
}
