/**
 * Validation of the selection input. Money must be non-negative safe integers (cents), and the sum
 * of all requested amounts must stay a safe integer so that every running total is exact.
 */
import { duplicateIssues, type Issue } from '../ranking/issues.js';
import { isCalendarDate } from './dates.js';
import type { DeMinimisRule, SelectionCandidate, SelectionInput } from './types.js';

const NUTS_PREFIX = /^[A-Z]{2}[A-Z0-9]{0,3}$/;

/** True for a non-negative safe integer amount of cents. */
export function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function centsIssue(value: unknown, path: string): Issue[] {
  return isCents(value) ? [] : [{ path, code: 'selection.amount_invalid' }];
}

function candidateIssues(c: SelectionCandidate, i: number): Issue[] {
  const path = `candidates[${i}]`;
  const issues: Issue[] = [];
  if (typeof c.proposalId !== 'string' || c.proposalId === '') issues.push({ path: `${path}.proposalId`, code: 'selection.id_invalid' });
  c.partners.forEach((p, k) => {
    issues.push(...centsIssue(p.amountCents, `${path}.partners[${k}].amountCents`));
    if (typeof p.recipientId !== 'string' || p.recipientId === '') {
      issues.push({ path: `${path}.partners[${k}].recipientId`, code: 'selection.id_invalid' });
    }
  });
  issues.push(...duplicateIssues(c.partners, (p) => p.recipientId, (k) => `${path}.partners[${k}].recipientId`, 'selection.partner_duplicate'));
  return issues;
}

function deMinimisIssues(dm: DeMinimisRule): Issue[] {
  const issues: Issue[] = [];
  if (!isCalendarDate(dm.plannedGrantDate)) issues.push({ path: 'deMinimis.plannedGrantDate', code: 'selection.date_invalid' });
  if (dm.ceilingCents !== undefined) issues.push(...centsIssue(dm.ceilingCents, 'deMinimis.ceilingCents'));
  dm.priorAid.forEach((aid, k) => {
    const path = `deMinimis.priorAid[${k}]`;
    issues.push(...centsIssue(aid.amountCents, `${path}.amountCents`));
    if (!isCalendarDate(aid.grantDate)) issues.push({ path: `${path}.grantDate`, code: 'selection.date_invalid' });
    else if (isCalendarDate(dm.plannedGrantDate) && aid.grantDate > dm.plannedGrantDate) {
      issues.push({ path: `${path}.grantDate`, code: 'selection.prior_aid_after_grant_date' });
    }
  });
  return issues;
}

function overflowIssues(input: SelectionInput): Issue[] {
  let total = 0;
  for (const c of input.candidates) for (const p of c.partners) total += isCents(p.amountCents) ? p.amountCents : 0;
  for (const v of Object.values(input.priorProgrammeCents ?? {})) total += isCents(v) ? v : 0;
  for (const a of input.deMinimis?.priorAid ?? []) total += isCents(a.amountCents) ? a.amountCents : 0;
  return Number.isSafeInteger(total) ? [] : [{ path: 'candidates', code: 'selection.amount_overflow' }];
}

/** Every problem in a selection input (empty when valid). */
export function validateSelectionInput(input: SelectionInput): Issue[] {
  const issues: Issue[] = [...centsIssue(input.budgetCents, 'budgetCents')];
  input.candidates.forEach((c, i) => issues.push(...candidateIssues(c, i)));
  issues.push(...duplicateIssues(input.candidates, (c) => c.proposalId, (i) => `candidates[${i}].proposalId`, 'selection.id_duplicate'));
  (input.envelopes ?? []).forEach((env, k) => {
    issues.push(...centsIssue(env.budgetCents, `envelopes[${k}].budgetCents`));
    if (!NUTS_PREFIX.test(env.nutsPrefix)) issues.push({ path: `envelopes[${k}].nutsPrefix`, code: 'selection.nuts_invalid' });
  });
  issues.push(...duplicateIssues(input.envelopes ?? [], (e) => e.nutsPrefix, (k) => `envelopes[${k}].nutsPrefix`, 'selection.envelope_duplicate'));
  if (input.recipientCapCents !== undefined) issues.push(...centsIssue(input.recipientCapCents, 'recipientCapCents'));
  for (const [id, v] of Object.entries(input.priorProgrammeCents ?? {})) issues.push(...centsIssue(v, `priorProgrammeCents.${id}`));
  if (input.deMinimis) issues.push(...deMinimisIssues(input.deMinimis));
  return [...issues, ...overflowIssues(input)];
}
