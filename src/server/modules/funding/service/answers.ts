/**
 * Answers against the call's form (pure). On every autosave each answer given must have the right
 * type and stay within its maximum (length, value, number of choices or files, known options,
 * attachments of this question, partners of this application); minimums and required answers are
 * checked for submission, when the person has finished typing.
 */
import type { AnswerValue, Answers, FormDoc, Question } from '../../../../shared/contracts/funding.js';
import { sumCents } from '../../../../shared/money.js';
import { questionsOf } from './validate-call.js';

export interface AnswerIssue {
  path: string;
  code: string;
  params: Record<string, string | number | boolean | string[]>;
}

export interface AnswerContext {
  /** Attachment ids of this application by question id. */
  attachments: ReadonlyMap<string, ReadonlySet<string>>;
  /** Ids of the application's partners that may appear in a budget table. */
  partnerIds: ReadonlySet<string>;
  /** `submit` also checks minimums and required answers. */
  mode: 'save' | 'submit';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isStringArray = (v: AnswerValue): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isEmpty = (v: AnswerValue | undefined) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v.partners).length === 0);

function textIssues(q: Extract<Question, { type: 'short_text' | 'long_text' }>, v: AnswerValue, submit: boolean): AnswerIssue[] {
  if (typeof v !== 'string') return [{ path: '', code: 'funding:answers.type', params: { expected: 'text' } }];
  const length = [...v.trim()].length;
  if (length > q.maxLength) return [{ path: '', code: 'funding:answers.too_long', params: { max: q.maxLength, length } }];
  if (submit && q.minLength !== undefined && length > 0 && length < q.minLength) return [{ path: '', code: 'funding:answers.too_short', params: { min: q.minLength, length } }];
  return [];
}

function numberIssues(q: Extract<Question, { type: 'number' }>, v: AnswerValue): AnswerIssue[] {
  if (typeof v !== 'number' || !Number.isFinite(v)) return [{ path: '', code: 'funding:answers.type', params: { expected: 'number' } }];
  if (q.integer && !Number.isInteger(v)) return [{ path: '', code: 'funding:answers.integer', params: {} }];
  if (q.min !== undefined && v < q.min) return [{ path: '', code: 'funding:answers.below_min', params: { min: q.min } }];
  if (q.max !== undefined && v > q.max) return [{ path: '', code: 'funding:answers.above_max', params: { max: q.max } }];
  return [];
}

function dateIssues(q: Extract<Question, { type: 'date' }>, v: AnswerValue): AnswerIssue[] {
  if (typeof v !== 'string' || !DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    return [{ path: '', code: 'funding:answers.type', params: { expected: 'date' } }];
  }
  if (q.min !== undefined && v < q.min) return [{ path: '', code: 'funding:answers.date_before', params: { min: q.min } }];
  if (q.max !== undefined && v > q.max) return [{ path: '', code: 'funding:answers.date_after', params: { max: q.max } }];
  return [];
}

function choiceIssues(q: Extract<Question, { type: 'single_choice' | 'multiple_choice' }>, v: AnswerValue, submit: boolean): AnswerIssue[] {
  const known = new Set(q.options.map((o) => o.id));
  if (q.type === 'single_choice') {
    if (typeof v !== 'string' || !known.has(v)) return [{ path: '', code: 'funding:answers.unknown_option', params: { value: String(v) } }];
    return [];
  }
  if (!isStringArray(v)) return [{ path: '', code: 'funding:answers.type', params: { expected: 'options' } }];
  const unknown = v.filter((x) => !known.has(x));
  if (unknown.length) return [{ path: '', code: 'funding:answers.unknown_option', params: { value: unknown.join(', ') } }];
  if (new Set(v).size !== v.length) return [{ path: '', code: 'funding:answers.repeated_option', params: {} }];
  if (q.maxSelected !== undefined && v.length > q.maxSelected) return [{ path: '', code: 'funding:answers.too_many_options', params: { max: q.maxSelected } }];
  if (submit && q.minSelected !== undefined && v.length < q.minSelected) return [{ path: '', code: 'funding:answers.too_few_options', params: { min: q.minSelected } }];
  return [];
}

function fileIssues(q: Extract<Question, { type: 'file' }>, v: AnswerValue, ctx: AnswerContext): AnswerIssue[] {
  if (!isStringArray(v)) return [{ path: '', code: 'funding:answers.type', params: { expected: 'files' } }];
  const own = ctx.attachments.get(q.id) ?? new Set<string>();
  const foreign = v.filter((id) => !own.has(id));
  if (foreign.length) return [{ path: '', code: 'funding:answers.unknown_file', params: { value: foreign.join(', ') } }];
  if (v.length > q.maxFiles) return [{ path: '', code: 'funding:answers.too_many_files', params: { max: q.maxFiles } }];
  return [];
}

function budgetIssues(q: Extract<Question, { type: 'budget' }>, v: AnswerValue, ctx: AnswerContext): AnswerIssue[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [{ path: '', code: 'funding:answers.type', params: { expected: 'budget' } }];
  const categories = new Set(q.categories.map((c) => c.id));
  const issues: AnswerIssue[] = [];
  for (const [partnerId, row] of Object.entries(v.partners)) {
    if (!ctx.partnerIds.has(partnerId)) issues.push({ path: `partners.${partnerId}`, code: 'funding:answers.unknown_partner', params: {} });
    for (const cat of Object.keys(row)) {
      if (!categories.has(cat)) issues.push({ path: `partners.${partnerId}.${cat}`, code: 'funding:answers.unknown_category', params: { value: cat } });
    }
  }
  return issues;
}

/** Problems of one answer (paths relative to the answer). */
export function answerIssues(q: Question, v: AnswerValue, ctx: AnswerContext): AnswerIssue[] {
  if (v === null) return [];
  const submit = ctx.mode === 'submit';
  switch (q.type) {
    case 'short_text':
    case 'long_text':
      return textIssues(q, v, submit);
    case 'number':
      return numberIssues(q, v);
    case 'date':
      return dateIssues(q, v);
    case 'single_choice':
    case 'multiple_choice':
      return choiceIssues(q, v, submit);
    case 'file':
      return fileIssues(q, v, ctx);
    case 'budget':
      return budgetIssues(q, v, ctx);
  }
}

/** Problems of the answers given (all of them, each under `answers.<questionId>`). */
export function answersIssues(form: FormDoc, answers: Answers, ctx: AnswerContext): AnswerIssue[] {
  const questions = new Map(questionsOf(form).map((q) => [q.id, q]));
  const issues: AnswerIssue[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const q = questions.get(id);
    if (!q) {
      issues.push({ path: `answers.${id}`, code: 'funding:answers.unknown_question', params: {} });
      continue;
    }
    for (const i of answerIssues(q, value, ctx)) issues.push({ ...i, path: i.path ? `answers.${id}.${i.path}` : `answers.${id}` });
  }
  if (ctx.mode === 'submit') {
    for (const q of questions.values()) if (q.required && isEmpty(answers[q.id])) issues.push({ path: `answers.${q.id}`, code: 'funding:answers.required', params: {} });
  }
  return issues;
}

/** Each partner's total of the cost tables (budget questions) of the answers. */
export function costTotals(form: FormDoc, answers: Answers): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const q of questionsOf(form)) {
    const v = answers[q.id];
    if (q.type !== 'budget' || v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) continue;
    for (const [partnerId, row] of Object.entries(v.partners)) totals[partnerId] = sumCents([totals[partnerId] ?? 0, ...Object.values(row)]);
  }
  return totals;
}
