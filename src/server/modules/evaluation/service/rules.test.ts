import { describe, expect, it } from 'vitest';
import { affinityScore, normaliseText } from './affinity-score.js';
import { automaticConflicts, holdingKind, type Holding } from './conflict-rules.js';

describe('affinityScore', () => {
  it('weighs topics and keywords and explains both', () => {
    const s = affinityScore({ topics: ['digital', 'water'], keywords: ['Gemelo digital', 'relaves', 'drones'] }, { topics: ['digital', 'circular'], text: 'Un gemelo DIGITAL de la planta; control de relaves.' });
    expect(s.matchedTopics).toEqual(['digital']);
    expect(s.matchedTerms).toEqual(['Gemelo digital', 'relaves']);
    expect(s.score).toBeCloseTo(0.6 * 0.5 + 0.4 * (2 / 3), 6);
  });

  it('matches whole words without case or accents', () => {
    expect(normaliseText('Hidrógeno, verde!')).toBe(' hidrogeno verde ');
    const s = affinityScore({ topics: [], keywords: ['hidrogeno', 'oro'] }, { topics: [], text: 'Hidrógeno en la mina de Orón' });
    expect(s.matchedTerms).toEqual(['hidrogeno']);
    expect(s.topicScore).toBeNull();
    expect(s.score).toBe(0.5);
  });

  it('is 0 with nothing to compare and stays within [0, 1]', () => {
    expect(affinityScore({ topics: [], keywords: [] }, { topics: [], text: 'x' }).score).toBe(0);
    expect(affinityScore({ topics: ['a'], keywords: ['x'] }, { topics: ['a'], text: 'x' }).score).toBe(1);
  });
});

describe('automaticConflicts', () => {
  const orgs = [
    { id: 'lead', legalName: 'Minas del Norte S.L.', taxId: 'B12345674' },
    { id: 'partner', legalName: 'Parceiro Lda.', taxId: null },
  ];
  const h = (holderId: string, heldId: string, pct: number, extra: Partial<Holding> = {}): Holding => ({ holderId, heldId, capitalPct: pct, votingPct: pct, control: false, qualifyingInvestor: false, ...extra });

  it('classifies holdings as linked, partner or neither', () => {
    expect(holdingKind(h('a', 'b', 51))).toBe('linked');
    expect(holdingKind(h('a', 'b', 10, { control: true }))).toBe('linked');
    expect(holdingKind(h('a', 'b', 25))).toBe('partner');
    expect(holdingKind(h('a', 'b', 30, { qualifyingInvestor: true }))).toBeNull();
    expect(holdingKind(h('a', 'b', 24.9))).toBeNull();
  });

  it('finds every reason once', () => {
    expect(automaticConflicts({ organisationId: 'lead', taxId: null, relations: [] }, orgs, [])).toEqual([{ reason: 'same_organisation', detail: 'Minas del Norte S.L.' }]);
    expect(automaticConflicts({ organisationId: null, taxId: 'b-12345674', relations: [] }, orgs, []).map((c) => c.reason)).toEqual(['same_tax_id']);
    expect(automaticConflicts({ organisationId: 'mother', taxId: null, relations: [] }, orgs, [h('mother', 'lead', 60), h('lead', 'mother', 60)]).map((c) => c.reason)).toEqual(['linked_enterprise']);
    expect(automaticConflicts({ organisationId: 'holder', taxId: null, relations: [] }, orgs, [h('partner', 'holder', 30)]).map((c) => c.reason)).toEqual(['partner_enterprise']);
    expect(automaticConflicts({ organisationId: 'other', taxId: null, relations: [] }, orgs, [h('other', 'lead', 10)])).toEqual([]);
    const declared = automaticConflicts({ organisationId: null, taxId: null, relations: [{ organisationId: null, taxId: null, name: 'PARCEIRO LDA', kind: 'family' }] }, orgs, []);
    expect(declared).toEqual([{ reason: 'declared_relation', detail: 'Parceiro Lda. (family)' }]);
  });
});
