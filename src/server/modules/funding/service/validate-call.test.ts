import { describe, expect, it } from 'vitest';
import { callInputSchema } from '../../../../shared/contracts/funding-calls.js';
import { MTG_CALL_2, bonosCall } from '../demo-calls.js';
import { callDocumentIssues } from './validate-call.js';
import { callChecklist } from './checklist.js';

const mtg = callInputSchema.parse({ ...MTG_CALL_2, programmeId: '00000000-0000-7000-8000-000000000000' });
const programme = { totalBudgetCents: 300_000_000, recipientCapCents: 5_000_000, capJustification: null };
const now = new Date('2022-01-10T09:00:00Z');
const asChecklistCall = (c: typeof mtg) => ({ ...c, deadlineAt: new Date('2022-03-14T16:00:00Z') });

describe('call documents', () => {
  it('the two demo calls are consistent', () => {
    expect(callDocumentIssues(mtg)).toEqual([]);
    const bonos = callInputSchema.parse({ ...bonosCall('2026-10-01T09:00:00+02:00', '2027-01-29T14:00', 2026), programmeId: mtg.programmeId });
    expect(callDocumentIssues(bonos)).toEqual([]);
  });

  it('reports duplicated ids in every list and form, unknown roles and incoherent limits', () => {
    const issues = callDocumentIssues({
      activities: [...mtg.activities, mtg.activities[0]!],
      partnerRoles: mtg.partnerRoles,
      rules: { ...mtg.rules, requiredRoles: [{ role: 'integrator', min: 1 }] },
      form: {
        sections: [
          { id: 's', titleEs: 'S', titleEn: 'S', questions: [{ id: 'q', type: 'short_text', labelEs: 'Q', labelEn: 'Q', required: false, minLength: 50, maxLength: 10 }] },
          { id: 's', titleEs: 'S', titleEn: 'S', questions: [{ id: 'q', type: 'multiple_choice', labelEs: 'Q', labelEn: 'Q', required: false, maxSelected: 5, options: [{ id: 'a', labelEs: 'A', labelEn: 'A' }, { id: 'a', labelEs: 'B', labelEn: 'B' }] }] },
        ],
      },
    });
    expect(issues.map((i) => `${i.path} ${i.code.replace('funding:checks.', '')}`)).toEqual([
      'activities.4.id duplicate_id',
      'rules.requiredRoles.0.role unknown_role',
      'form.sections.1.id duplicate_id',
      'form.sections.0.questions.0.minLength min_above_max',
      'form.sections.1.questions.0.maxSelected more_than_options',
      'form.sections.1.questions.0.options.1.id duplicate_id',
      'form.sections.1.questions.0.id duplicate_id',
    ]);
  });

  it('translates engine issues into field paths of the call', () => {
    const issues = callDocumentIssues({
      partnerRoles: mtg.partnerRoles,
      rules: { ...mtg.rules, instruments: [{ ...mtg.rules.instruments[0]!, trl: { min: 8, max: 6 } }, mtg.rules.instruments[0]!] },
      ranking: { ...mtg.ranking!, tieOrder: ['tie.luck'] },
      paymentScheme: { tranches: [{ milestone: 'a', labelEs: 'A', labelEn: 'A', percent: 33.333 }], rounding: 'largestRemainder' },
    });
    expect(issues.map((i) => `${i.path} ${i.code.replace('funding:checks.', '')}`)).toEqual([
      'rules.instruments.1.id call_duplicate_instrument',
      'rules.instruments.0.trl call_invalid_trl',
      'ranking.tieOrder.0 ranking_tie_rule_unknown',
      'paymentScheme.tranches.0.percent ledger_percent_invalid',
    ]);
  });
});

describe('publication checklist', () => {
  it('MINE.THE.GAP #2 is publishable before its deadline, not after', () => {
    const call = asChecklistCall(mtg);
    expect(callChecklist(call, { now, programme, otherCallsBudgetCents: 0 }).publishable).toBe(true);
    const late = callChecklist(call, { now: new Date('2022-03-14T16:00:00Z'), programme, otherCallsBudgetCents: 0 });
    expect(late.items.filter((i) => !i.ok).map((i) => i.code)).toEqual(['deadline']);
  });

  it('a cap above 60,000 EUR needs a justification; over-budget calls are only advice', () => {
    const call = asChecklistCall(mtg);
    const high = callChecklist(call, { now, programme: { ...programme, recipientCapCents: 6_000_001 }, otherCallsBudgetCents: 0 });
    expect(high.publishable).toBe(false);
    expect(high.items.find((i) => i.code === 'cap_justification')).toMatchObject({ ok: false, params: { capCents: 6_000_001, defaultCents: 6_000_000 } });
    expect(callChecklist(call, { now, programme: { ...programme, recipientCapCents: 6_000_000 }, otherCallsBudgetCents: 0 }).publishable).toBe(true);
    const justified = callChecklist(call, { now, programme: { ...programme, recipientCapCents: 9_000_000, capJustification: 'Approved by the granting authority.' }, otherCallsBudgetCents: 0 });
    expect(justified.publishable).toBe(true);
    const over = callChecklist(call, { now, programme, otherCallsBudgetCents: 200_000_000 });
    expect(over.publishable).toBe(true);
    expect(over.items.find((i) => i.code === 'programme_budget')).toMatchObject({ ok: false, mandatory: false });
  });

  it('needs a deadline with a time zone, instruments with maxima, and an eligibility condition', () => {
    const call = asChecklistCall(mtg);
    const r = callChecklist(
      { ...call, deadlineZone: null, rules: { instruments: [{ id: 'X', nameEs: 'X', nameEn: 'X' }] }, partnerRoles: [] },
      { now, programme, otherCallsBudgetCents: 0 },
    );
    expect(r.items.filter((i) => !i.ok && i.mandatory).map((i) => i.code)).toEqual(['eligibility', 'max_per_recipient', 'deadline']);
  });
});
