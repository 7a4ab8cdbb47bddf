/**
 * The publication checklist (pure). DOMAIN.md section 3: before a call is published its text must
 * define the activities that can be funded (closed list), who is eligible, the award criteria, how
 * the amount is computed, the maximum per third party, the deadline (an instant with a time zone)
 * and the payment scheme; a cap above 60,000 EUR per recipient needs a recorded justification.
 * Veta adds what a call cannot work without (texts in both languages, instruments, a form, a
 * budget) and advice that does not block (budget within the programme's, consistent documents).
 */
import { validateCallRules, type CallRules } from '../../../../engines/eligibility/index.js';
import { DEFAULT_RECIPIENT_CAP_CENTS } from '../../../../shared/funding.js';
import type { ChecklistItem } from '../../../../shared/contracts/funding-calls.js';
import type { AmountRuleDoc, CallRankingDoc, CallRulesDoc, FormDoc, ListEntry, PaymentSchemeDoc } from '../../../../shared/contracts/funding.js';
import { callDocumentIssues, questionsOf, type Issue } from './validate-call.js';

export interface ChecklistCall {
  titleEs: string;
  titleEn: string;
  textEs: string | null;
  textEn: string | null;
  deadlineAt: Date | null;
  deadlineZone: string | null;
  budgetCents: number | null;
  activities: readonly ListEntry[];
  topics: readonly ListEntry[];
  partnerRoles: readonly ListEntry[];
  rules: CallRulesDoc;
  ranking: CallRankingDoc | null;
  paymentScheme: PaymentSchemeDoc | null;
  amountRule: AmountRuleDoc | null;
  form: FormDoc;
}

export interface ChecklistContext {
  now: Date;
  programme: { totalBudgetCents: number; recipientCapCents: number; capJustification: string | null };
  /** Budgets of the programme's other calls. */
  otherCallsBudgetCents: number;
}

/** Conditions on who may apply (any one of them defines "who is eligible"). */
function definesEligibility(r: CallRulesDoc): boolean {
  return Boolean(
    r.eligibleCountries?.length || r.regions?.length || r.smeOnly || r.allowedSmeClasses?.length || r.membershipRequired || r.nace || r.stages || r.requiredRoles?.length,
  );
}

function item(code: string, ok: boolean, mandatory: boolean, params: ChecklistItem['params'] = {}, issues: Issue[] = []): ChecklistItem {
  return { code, ok, mandatory, params, issues: issues.map((i) => ({ path: i.path, code: i.code, ...(i.params ? { params: i.params } : {}) })) };
}

function under(issues: Issue[], prefix: string): Issue[] {
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
}

export function callChecklist(call: ChecklistCall, ctx: ChecklistContext): { publishable: boolean; items: ChecklistItem[] } {
  const docIssues = callDocumentIssues(call);
  const rules = call.rules;
  const instruments = rules.instruments;
  const capCents = ctx.programme.recipientCapCents;
  const capIssues = validateCallRules({ ...(rules as CallRules), perRecipientCapCents: capCents, capJustification: ctx.programme.capJustification ?? undefined }).filter(
    (i) => i.code === 'call.cap_justification_required',
  );
  const deadlineOk = call.deadlineAt !== null && call.deadlineZone !== null && call.deadlineAt.getTime() > ctx.now.getTime();
  const questions = questionsOf(call.form);
  const budget = call.budgetCents ?? 0;
  const items: ChecklistItem[] = [
    item('texts', Boolean(call.titleEs && call.titleEn && call.textEs?.trim() && call.textEn?.trim()), true),
    item('activities', call.activities.length > 0 && under(docIssues, 'activities').length === 0, true, { count: call.activities.length }, under(docIssues, 'activities')),
    item('eligibility', definesEligibility(rules) && under(docIssues, 'rules').length === 0, true, {}, under(docIssues, 'rules')),
    item('instruments', instruments.length > 0, true, { count: instruments.length }),
    item('max_per_recipient', instruments.length > 0 && instruments.every((i) => i.maxPerRecipientCents !== undefined), true, {
      missing: instruments.filter((i) => i.maxPerRecipientCents === undefined).map((i) => i.id).join(', '),
    }),
    item('cap_justification', capIssues.length === 0, true, { capCents, defaultCents: DEFAULT_RECIPIENT_CAP_CENTS }),
    item('amount_rule', call.amountRule !== null, true),
    item('award_criteria', call.ranking !== null && under(docIssues, 'ranking').length === 0, true, { count: call.ranking?.criteria.length ?? 0 }, under(docIssues, 'ranking')),
    item('deadline', deadlineOk, true, call.deadlineAt ? { deadlineAt: call.deadlineAt.toISOString() } : {}),
    item('payment_scheme', call.paymentScheme !== null && under(docIssues, 'paymentScheme').length === 0, true, {}, under(docIssues, 'paymentScheme')),
    item('form', questions.length > 0 && under(docIssues, 'form').length === 0, true, { count: questions.length }, under(docIssues, 'form')),
    item('budget', budget > 0, true, { budgetCents: budget }),
    item('roles', rules.requiredRoles === undefined || rules.requiredRoles.length === 0 || call.partnerRoles.length > 0, true),
    item('topics', call.topics.length > 0, false, { count: call.topics.length }),
    item('programme_budget', budget + ctx.otherCallsBudgetCents <= ctx.programme.totalBudgetCents, false, {
      totalCents: budget + ctx.otherCallsBudgetCents,
      programmeCents: ctx.programme.totalBudgetCents,
    }),
  ];
  return { publishable: items.every((i) => i.ok || !i.mandatory), items };
}
