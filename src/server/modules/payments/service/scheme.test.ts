import { describe, expect, it } from 'vitest';
import { checkAccount } from './accounts.js';
import { milestonesOf, schemeOf } from './scheme.js';

const tranche = (milestone: string, percent: number) => ({ milestone, labelEs: milestone, labelEn: milestone, percent });

describe('milestonesOf', () => {
  it('releases the signature tranche at signing; the last reportable milestone is the final report', () => {
    const scheme = schemeOf({ tranches: [tranche('signature', 40), tranche('midTermReview', 45), tranche('finalReport', 15)] });
    expect(milestonesOf(scheme).map((m) => [m.milestone, m.reportable, m.kind])).toEqual([
      ['signature', false, null],
      ['midTermReview', true, 'progress'],
      ['finalReport', true, 'final'],
    ]);
  });

  it('has no milestones without a scheme', () => {
    expect(schemeOf(null)).toBeNull();
    expect(milestonesOf(schemeOf({ tranches: [] }))).toEqual([]);
  });
});

describe('checkAccount', () => {
  it('keeps the IBAN in electronic form', () => {
    expect(checkAccount({ iban: 'es91 2100 0418 4502 0005 1332', bic: 'CAIXESBBXXX', holderName: 'X' }).iban).toBe('ES9121000418450200051332');
  });

  it('reports every problem as a field issue', () => {
    expect(() => checkAccount({ iban: 'ES91 2100 0418 4502 0005 1333', bic: 'caixes', holderName: 'X' })).toThrow(
      expect.objectContaining({ issues: [{ path: 'iban', code: 'payments:iban.checksum' }, { path: 'bic', code: 'payments:bic.invalid' }] }),
    );
  });
});
