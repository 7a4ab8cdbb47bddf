import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euros } from '../../shared/money.js';
import type { SmeClass } from '../sme/types.js';
import { checkEligibility } from './evaluate.js';
import { MINE_THE_GAP_CALL_2, partner, sme } from './mine-the-gap.fixture.js';
import type { Application, ApplicationPartner, CallRules, EligibilityResult, PriorAmount, Quantifier } from './types.js';

const COUNTRIES = ['ES', 'FR', 'DE', 'GR', 'EL', 'US', 'PT'];
const CLASSES: SmeClass[] = ['micro', 'small', 'medium', 'large'];
const ROLES = ['adopter', 'provider', 'coordinator'];
const NUTS = ['ES413', 'ES618', 'FR101', 'DE212'];
const NACE = ['05.10', '07.29', '08.11', '62.01', '71.12'];
const STAGES = ['extraction', 'processing', 'recycling', 'equipment'];

const sub = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const quantifier: fc.Arbitrary<Quantifier> = fc.oneof(fc.constant('every' as const), fc.integer({ min: 1, max: 3 }).map((n) => ({ atLeast: n })));

const organisation = (i: number) =>
  fc.record({
    country: fc.constantFrom(...COUNTRIES),
    nuts: opt(fc.constantFrom(...NUTS)),
    smeClass: opt(fc.constantFrom(...CLASSES)),
    membership: opt(fc.constantFrom('active' as const, 'lapsed' as const, 'none' as const)),
    naceCodes: sub(NACE),
    stages: sub(STAGES),
  }).map((o) => ({ id: `org-${i % 4}`, ...o }));

const applicationPartner = (i: number): fc.Arbitrary<ApplicationPartner> =>
  fc.record({
    organisation: organisation(i),
    roles: sub(ROLES),
    requestedCents: fc.oneof(fc.integer({ min: 0, max: 7_000_000 }), fc.constantFrom(-1, 0.5)),
  });

const application: fc.Arbitrary<Application> = fc.record({
  id: fc.constant('app'),
  instrumentId: fc.constantFrom('A', 'B', 'C'),
  trl: opt(fc.integer({ min: 1, max: 9 })),
  partners: fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => applicationPartner(i)))),
});

const prior: fc.Arbitrary<PriorAmount[]> = fc.array(
  fc.record({ organisationId: fc.constantFrom('org-0', 'org-1', 'org-2'), amountCents: fc.integer({ min: 0, max: 5_000_000 }) }),
  { maxLength: 4 },
);

const rules: fc.Arbitrary<CallRules> = fc.record({
  minPartners: opt(fc.integer({ min: 0, max: 3 })),
  maxPartners: opt(fc.integer({ min: 3, max: 5 })),
  minDistinctCountries: opt(fc.integer({ min: 0, max: 3 })),
  eligibleCountries: opt(sub(COUNTRIES)),
  requiredRoles: opt(fc.array(fc.record({ role: fc.constantFrom(...ROLES), min: fc.integer({ min: 0, max: 2 }) }), { maxLength: 2 })),
  smeOnly: opt(fc.boolean()),
  allowedSmeClasses: opt(sub(CLASSES)),
  regions: opt(fc.array(fc.record({ nutsPrefixes: sub(['ES4', 'ES61', 'FR', 'DE2']), quantifier }), { maxLength: 2 })),
  membershipRequired: opt(quantifier),
  nace: opt(fc.record({ prefixes: sub(['05', '07', '08', '62']), quantifier })),
  stages: opt(fc.record({ allowed: sub(STAGES), quantifier })),
  instruments: fc.constant([
    { id: 'A', maxPerRecipientCents: euros(25_000), trl: { min: 6, max: 7 } },
    { id: 'B', maxPerRecipientCents: euros(50_000), maxPerProjectCents: euros(100_000) },
  ]),
  perRecipientCapCents: opt(fc.integer({ min: 0, max: 8_000_000 })),
});

const intersect = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x));
const key = (r: EligibilityResult['failures'][number]) =>
  JSON.stringify([r.code, r.partnerId ?? null, r.params['rule'] ?? null, r.params['role'] ?? null]);

/** One more condition added to `base`: a new field, a list entry appended, or a limit narrowed. */
const addCondition = (base: CallRules, extra: CallRules, which: number): CallRules => {
  switch (which % 9) {
    case 0: return { ...base, minPartners: Math.max(base.minPartners ?? 0, extra.minPartners ?? 2) };
    case 1: return { ...base, maxPartners: Math.min(base.maxPartners ?? 5, extra.maxPartners ?? 3) };
    case 2: return { ...base, eligibleCountries: intersect(base.eligibleCountries ?? COUNTRIES, extra.eligibleCountries ?? ['ES']) };
    case 3: return { ...base, requiredRoles: [...(base.requiredRoles ?? []), { role: 'provider', min: 1 }] };
    case 4: return { ...base, smeOnly: true };
    case 5: return { ...base, allowedSmeClasses: intersect(base.allowedSmeClasses ?? CLASSES, extra.allowedSmeClasses ?? ['micro']) };
    case 6: return { ...base, regions: [...(base.regions ?? []), { nutsPrefixes: ['ES'], quantifier: { atLeast: 1 } }] };
    case 7: return { ...base, perRecipientCapCents: Math.min(base.perRecipientCapCents ?? euros(60_000), extra.perRecipientCapCents ?? 0) };
    default: return base.membershipRequired ? { ...base, membershipStatuses: ['active'] } : { ...base, membershipRequired: 'every' };
  }
};

describe('eligibility properties', () => {
  it('adding a condition never makes an application eligible, and keeps every failure', () => {
    fc.assert(
      fc.property(rules, rules, fc.nat(), application, prior, (base, extra, which, app, pri) => {
        const before = checkEligibility({ rules: base, application: app, prior: pri });
        const after = checkEligibility({ rules: addCondition(base, extra, which), application: app, prior: pri });
        if (after.eligible) expect(before.eligible).toBe(true);
        const afterKeys = new Set(after.failures.map(key));
        for (const f of before.failures) expect(afterKeys).toContain(key(f));
        expect(before.eligible).toBe(before.failures.length === 0);
        expect(before.failures).toEqual(before.results.filter((r) => !r.pass));
      }),
      { numRuns: 500 },
    );
  });

  it('evaluates every-partner rules once per partner', () => {
    fc.assert(
      fc.property(rules, application, (r, app) => {
        const results = checkEligibility({ rules: r, application: app }).results;
        for (const code of ['eligibility.amount', 'eligibility.programme_cap']) {
          expect(results.filter((x) => x.code === code)).toHaveLength(app.partners.length);
        }
        if (r.eligibleCountries) expect(results.filter((x) => x.code === 'eligibility.country')).toHaveLength(app.partners.length);
      }),
    );
  });

  // Every violation injected into an eligible MINE.THE.GAP application is reported with its partner.
  type Violation = (a: Application, p: PriorAmount[], k: number) => [Application, string];
  const onPartner = (a: Application, k: number, f: (p: ApplicationPartner) => ApplicationPartner): Application => ({
    ...a,
    partners: a.partners.map((p, i) => (i === k ? f(p) : p)),
  });
  const org = (p: ApplicationPartner, o: Partial<ApplicationPartner['organisation']>) => ({ ...p, organisation: { ...p.organisation, ...o } });
  const VIOLATIONS: Violation[] = [
    (a, _, k) => [onPartner(a, k, (p) => org(p, { country: 'US' })), `eligibility.country:${k}`],
    (a, _, k) => [onPartner(a, k, (p) => org(p, { smeClass: 'large' })), `eligibility.sme:${k}`],
    (a, _, k) => [onPartner(a, k, (p) => org(p, { naceCodes: ['62.01'] })), `eligibility.nace:${k}`],
    (a, _, k) => [onPartner(a, k, (p) => ({ ...p, requestedCents: euros(25_000) + 1 })), `eligibility.max_per_recipient:${k}`],
    (a, p, k) => {
      p.push({ organisationId: `org-${k}`, amountCents: euros(40_000) });
      return [a, `eligibility.programme_cap:${k}`];
    },
    (a) => [{ ...a, trl: 9 }, 'eligibility.trl'],
    (a) => [{ ...a, partners: a.partners.map((p) => ({ ...p, roles: ['adopter'] })) }, 'eligibility.role'],
  ];
  const baseRules: CallRules = { ...MINE_THE_GAP_CALL_2, nace: { prefixes: ['07', '08'] } };
  const baseApp = (): Application => ({
    id: 'app',
    instrumentId: 'MINE-PoC',
    trl: 6,
    partners: [['ES', 'adopter'], ['FI', 'provider'], ['PT', 'provider']].map(([c, role], i) =>
      partner(sme(`org-${i}`, c ?? 'ES', { naceCodes: ['08.11'] }), role ?? 'adopter', 20_000),
    ),
  });

  it('reports every injected failure, with its partner', () => {
    const injection = fc.array(fc.tuple(fc.integer({ min: 0, max: VIOLATIONS.length - 1 }), fc.integer({ min: 0, max: 2 })), { maxLength: 6 });
    fc.assert(
      fc.property(injection, (picks) => {
        let app = baseApp();
        const pri: PriorAmount[] = [];
        const expected = picks.map(([v, k]) => {
          const [next, label] = VIOLATIONS[v]!(app, pri, k);
          app = next;
          return label.replace(/:(\d)$/, (_, i: string) => `:org-${i}`);
        });
        const r = checkEligibility({ rules: baseRules, application: app, prior: pri });
        const reported = new Set(r.failures.map((f) => (f.partnerId ? `${f.code}:${f.partnerId}` : f.code)));
        for (const e of expected) expect(reported).toContain(e);
        expect(r.eligible).toBe(expected.length === 0);
      }),
      { numRuns: 500 },
    );
  });
});
