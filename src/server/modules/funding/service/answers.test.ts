import { describe, expect, it } from 'vitest';
import { formSchema, type FormDoc } from '../../../../shared/contracts/funding.js';
import { answersIssues, costTotals } from './answers.js';

const form: FormDoc = formSchema.parse({
  sections: [
    {
      id: 's',
      titleEs: 'S',
      titleEn: 'S',
      questions: [
        { id: 'name', type: 'short_text', labelEs: 'N', labelEn: 'N', required: true, minLength: 3, maxLength: 10 },
        { id: 'n', type: 'number', labelEs: 'N', labelEn: 'N', integer: true, min: 1, max: 9 },
        { id: 'd', type: 'date', labelEs: 'D', labelEn: 'D', min: '2026-01-01' },
        { id: 'one', type: 'single_choice', labelEs: 'O', labelEn: 'O', options: [{ id: 'a', labelEs: 'A', labelEn: 'A' }, { id: 'b', labelEs: 'B', labelEn: 'B' }] },
        { id: 'many', type: 'multiple_choice', labelEs: 'M', labelEn: 'M', minSelected: 2, maxSelected: 2, options: [{ id: 'a', labelEs: 'A', labelEn: 'A' }, { id: 'b', labelEs: 'B', labelEn: 'B' }, { id: 'c', labelEs: 'C', labelEn: 'C' }] },
        { id: 'f', type: 'file', labelEs: 'F', labelEn: 'F', allowedTypes: ['application/pdf'], maxFiles: 1, required: true },
        { id: 'b', type: 'budget', labelEs: 'B', labelEn: 'B', categories: [{ id: 'staff', labelEs: 'P', labelEn: 'P' }, { id: 'other', labelEs: 'O', labelEn: 'O' }] },
      ],
    },
  ],
});
const ctx = (mode: 'save' | 'submit') => ({ attachments: new Map([['f', new Set(['att-1', 'att-2'])]]), partnerIds: new Set(['p1', 'p2']), mode });
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code.replace('funding:answers.', '')}`);

describe('answers', () => {
  it('checks types and maxima on every save, minimums and required answers only on submission', () => {
    const answers = { name: 'ab', n: 3, d: '2026-02-30', one: 'z', many: ['a'], f: ['att-1'], b: { partners: { p1: { staff: 100 } } } };
    expect(codes(answersIssues(form, answers, ctx('save')))).toEqual(['answers.d type', 'answers.one unknown_option']);
    expect(codes(answersIssues(form, answers, ctx('submit')))).toEqual(['answers.name too_short', 'answers.d type', 'answers.one unknown_option', 'answers.many too_few_options']);
  });

  it('refuses long texts, decimals, early dates, repeated choices, foreign files, unknown partners and categories', () => {
    const answers = { name: 'x'.repeat(11), n: 2.5, d: '2025-12-31', many: ['a', 'a'], f: ['att-9'], b: { partners: { p9: { staff: 1 }, p1: { travel: 5 } } } };
    expect(codes(answersIssues(form, answers, ctx('save')))).toEqual([
      'answers.name too_long',
      'answers.n integer',
      'answers.d date_before',
      'answers.many repeated_option',
      'answers.f unknown_file',
      'answers.b.partners.p9 unknown_partner',
      'answers.b.partners.p1.travel unknown_category',
    ]);
    expect(codes(answersIssues(form, { f: ['att-1', 'att-2'] }, ctx('save')))).toEqual(['answers.f too_many_files']);
    expect(codes(answersIssues(form, { ghost: 'x' }, ctx('save')))).toEqual(['answers.ghost unknown_question']);
  });

  it('required: empty strings, empty lists and empty tables count as missing', () => {
    const issues = answersIssues(form, { name: '   ', f: [] }, ctx('submit'));
    expect(codes(issues)).toEqual(['answers.name required', 'answers.f required']);
  });

  it('adds up each partner’s costs over the budget tables', () => {
    expect(costTotals(form, { b: { partners: { p1: { staff: 150_000, other: 50_000 }, p2: { staff: 1 } } } })).toEqual({ p1: 200_000, p2: 1 });
  });
});
