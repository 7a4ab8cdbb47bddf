/**
 * Consistency of a call's documents beyond their shapes (pure): unique ids in every list, rules the
 * eligibility engine accepts, required roles that exist, award criteria the ranking engine accepts,
 * a payment scheme the ledger accepts, a coherent form. Every problem is reported with its path in
 * the call, so a save is refused with all of them at once; stored documents are always usable by
 * the engines.
 */
import { structuralIssues, type CallRules } from '../../../../engines/eligibility/index.js';
import { validateRankingConfig } from '../../../../engines/ranking/index.js';
import { validatePaymentScheme } from '../../../../engines/ledger/tranches.js';
import type { CallRankingDoc, CallRulesDoc, FormDoc, ListEntry, PaymentSchemeDoc, Question } from '../../../../shared/contracts/funding.js';
import { trancheSpecs } from '../../../../shared/contracts/funding.js';

export interface Issue {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

export interface CallDocuments {
  activities?: readonly ListEntry[];
  topics?: readonly ListEntry[];
  partnerRoles?: readonly ListEntry[];
  rules?: CallRulesDoc;
  ranking?: CallRankingDoc | null;
  paymentScheme?: PaymentSchemeDoc | null;
  form?: FormDoc;
}

function duplicates(ids: readonly string[], pathOf: (i: number) => string): Issue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    const dup = seen.has(id);
    seen.add(id);
    return dup ? [{ path: pathOf(i), code: 'funding:checks.duplicate_id', params: { value: id } }] : [];
  });
}

const listIssues = (name: string, list: readonly ListEntry[] | undefined) => duplicates((list ?? []).map((e) => e.id), (i) => `${name}.${i}.id`);

/** Engine issue paths (`instruments[0].id`) as field paths (`rules.instruments.0.id`). */
function enginePath(prefix: string, path: string): string {
  const dotted = path.replace(/\[(\d+)\]/g, '.$1');
  return dotted ? `${prefix}.${dotted}` : prefix;
}

function fromEngine(prefix: string, issues: readonly { path: string; code: string; params?: Readonly<Record<string, unknown>> }[]): Issue[] {
  return issues.map((i) => ({ path: enginePath(prefix, i.path), code: `funding:checks.${i.code.replace(/\./g, '_')}`, params: { ...(i.params ?? {}) } }));
}

function rulesIssues(rules: CallRulesDoc, roles: readonly ListEntry[] | undefined): Issue[] {
  const issues = fromEngine('rules', structuralIssues(rules as CallRules));
  const known = new Set((roles ?? []).map((r) => r.id));
  (rules.requiredRoles ?? []).forEach((r, i) => {
    if (!known.has(r.role)) issues.push({ path: `rules.requiredRoles.${i}.role`, code: 'funding:checks.unknown_role', params: { value: r.role } });
  });
  return issues;
}

function questionIssues(q: Question, path: string): Issue[] {
  const issues: Issue[] = [];
  const range = (min: number | string | undefined, max: number | string | undefined, field: string) => {
    if (min !== undefined && max !== undefined && min > max) issues.push({ path: `${path}.${field}`, code: 'funding:checks.min_above_max' });
  };
  switch (q.type) {
    case 'short_text':
    case 'long_text':
      range(q.minLength, q.maxLength, 'minLength');
      break;
    case 'number':
      range(q.min, q.max, 'min');
      break;
    case 'date':
      range(q.min, q.max, 'min');
      break;
    case 'multiple_choice':
      range(q.minSelected, q.maxSelected, 'minSelected');
      if (q.maxSelected !== undefined && q.maxSelected > q.options.length) issues.push({ path: `${path}.maxSelected`, code: 'funding:checks.more_than_options' });
      issues.push(...duplicates(q.options.map((o) => o.id), (i) => `${path}.options.${i}.id`));
      break;
    case 'single_choice':
      issues.push(...duplicates(q.options.map((o) => o.id), (i) => `${path}.options.${i}.id`));
      break;
    case 'budget':
      issues.push(...duplicates(q.categories.map((o) => o.id), (i) => `${path}.categories.${i}.id`));
      break;
    case 'file':
      break;
  }
  return issues;
}

export function formIssues(form: FormDoc): Issue[] {
  const issues = duplicates(form.sections.map((s) => s.id), (i) => `form.sections.${i}.id`);
  const questionIds: string[] = [];
  const paths: string[] = [];
  form.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      const path = `form.sections.${si}.questions.${qi}`;
      questionIds.push(q.id);
      paths.push(`${path}.id`);
      issues.push(...questionIssues(q, path));
    }),
  );
  issues.push(...duplicates(questionIds, (i) => paths[i] ?? 'form'));
  return issues;
}

/** Every consistency problem of the documents given (missing documents are not problems here). */
export function callDocumentIssues(docs: CallDocuments): Issue[] {
  const issues: Issue[] = [
    ...listIssues('activities', docs.activities),
    ...listIssues('topics', docs.topics),
    ...listIssues('partnerRoles', docs.partnerRoles),
  ];
  if (docs.rules) issues.push(...rulesIssues(docs.rules, docs.partnerRoles));
  if (docs.ranking) issues.push(...fromEngine('ranking', validateRankingConfig(docs.ranking)));
  if (docs.paymentScheme) {
    issues.push(...fromEngine('paymentScheme', validatePaymentScheme(trancheSpecs(docs.paymentScheme))));
    issues.push(...duplicates(docs.paymentScheme.tranches.map((t) => t.milestone), (i) => `paymentScheme.tranches.${i}.milestone`));
  }
  if (docs.form) issues.push(...formIssues(docs.form));
  return issues;
}

/** Every question of a form with its section. */
export function questionsOf(form: FormDoc): Question[] {
  return form.sections.flatMap((s) => s.questions);
}
