/**
 * Money rules as properties: the per-recipient cap counts what each organisation already has in
 * every other project of the programme (never the application's own earlier amounts), and the
 * instrument maxima bound each partner and the project.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility } from './evaluate.js';
import { partner, sme } from './mine-the-gap.fixture.js';
import type { CallRules, PriorAmount } from './types.js';

const ORGS = ['org-a', 'org-b', 'org-c'];
const CAP = 5_000_000;
const rules: CallRules = {
  instruments: [{ id: 'V', maxPerRecipientCents: 2_500_000, maxPerProjectCents: 6_000_000 }],
  perRecipientCapCents: CAP,
};

const priorArb = fc.array(
  fc.record({
    organisationId: fc.constantFrom(...ORGS, 'org-elsewhere'),
    amountCents: fc.integer({ min: 0, max: 3_000_000 }),
    applicationId: fc.constantFrom('app', 'other-1', 'other-2', 'other-3'),
  }),
  { maxLength: 10 },
);
const requestsArb = fc.tuple(...ORGS.map(() => fc.integer({ min: 0, max: 3_500_000 })));

describe('caps and maxima', () => {
  it('the cap per recipient counts every other project of the programme, and only those', () => {
    fc.assert(
      fc.property(priorArb, requestsArb, (prior: PriorAmount[], requests) => {
        const application = { id: 'app', instrumentId: 'V', partners: ORGS.map((id, i) => ({ ...partner(sme(id, 'ES'), 'adopter', 0), requestedCents: requests[i]! })) };
        const result = checkEligibility({ rules, application, prior });
        for (const [i, id] of ORGS.entries()) {
          const priorCents = prior.filter((p) => p.organisationId === id && p.applicationId !== 'app').reduce((s, p) => s + p.amountCents, 0);
          const cap = result.results.find((r) => r.code === 'eligibility.programme_cap' && r.partnerId === id)!;
          expect(cap.params).toMatchObject({ priorCents, requestedCents: requests[i], totalCents: priorCents + requests[i]!, capCents: CAP });
          expect(cap.pass).toBe(priorCents + requests[i]! <= CAP);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('each partner stays within the voucher maximum per recipient, and the project within its maximum', () => {
    fc.assert(
      fc.property(requestsArb, (requests) => {
        const application = { id: 'app', instrumentId: 'V', partners: ORGS.map((id, i) => ({ ...partner(sme(id, 'ES'), 'adopter', 0), requestedCents: requests[i]! })) };
        const result = checkEligibility({ rules, application });
        const failed = new Set(result.failures.map((f) => `${f.code}:${f.partnerId ?? ''}`));
        ORGS.forEach((id, i) => expect(failed.has(`eligibility.max_per_recipient:${id}`)).toBe(requests[i]! > 2_500_000));
        expect(failed.has('eligibility.max_per_project:')).toBe(requests.reduce((s, r) => s + r, 0) > 6_000_000);
        expect(result.eligible).toBe(result.failures.length === 0);
      }),
      { numRuns: 500 },
    );
  });
});
