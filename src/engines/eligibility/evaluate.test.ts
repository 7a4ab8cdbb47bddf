import { describe, expect, it } from 'vitest';
import { euros } from '../../shared/money.js';
import { EngineInputError } from '../ranking/issues.js';
import { checkEligibility } from './evaluate.js';
import { MINE_THE_GAP_CALL_2 as CALL, partner, sme } from './mine-the-gap.fixture.js';
import type { Application, CallRules, EligibilityResult, PriorAmount } from './types.js';

const quarry = sme('quarry-es', 'ES', { smeClass: 'small', nuts: 'ES413' });
const twin = sme('twin-fi', 'FI', { smeClass: 'micro', nuts: 'FI1B1' });
const sensors = sme('sensors-pt', 'PT', { smeClass: 'medium', nuts: 'PT11A' });

const poc = (over: Partial<Application> = {}): Application => ({
  id: 'app-1',
  instrumentId: 'MINE-PoC',
  trl: 6,
  partners: [partner(quarry, 'adopter', 25_000), partner(twin, 'provider', 25_000), partner(sensors, 'provider', 20_000)],
  ...over,
});

const check = (application: Application, prior: PriorAmount[] = [], rules: CallRules = CALL) =>
  checkEligibility({ rules, application, prior });
const failed = (r: EligibilityResult) => r.failures.map((f) => (f.partnerId ? `${f.code}:${f.partnerId}` : f.code));

describe('MINE.THE.GAP open call #2', () => {
  it('accepts a PoC of three SMEs from ES, FI and PT with adopter and provider', () => {
    const r = check(poc());
    expect(r.failures).toEqual([]);
    expect(r.eligible).toBe(true);
    // 1 distinct + 2 size + 1 countries + 2 roles + 3 country + 3 sme + 3 amount + 1 instrument + 1 trl + 3 max + 3 cap
    expect(r.results).toHaveLength(23);
    expect(r.results.every((x) => x.pass)).toBe(true);
  });

  it('accepts a two-SME Demo at the 50,000 EUR maximum, and refuses one cent more', () => {
    const demo = (eur: number, cents = 0): Application => ({
      instrumentId: 'MINE-Demo',
      partners: [partner(quarry, 'adopter', eur), { ...partner(twin, 'provider', 10_000), requestedCents: euros(eur) + cents }],
    });
    expect(check(demo(50_000)).eligible).toBe(true);
    const over = check(demo(50_000, 1));
    expect(failed(over)).toEqual(['eligibility.max_per_recipient:twin-fi', 'eligibility.programme_cap:twin-fi']);
    expect(over.failures[0]?.params).toEqual({ instrumentId: 'MINE-Demo', requestedCents: 5_000_001, maxCents: 5_000_000 });
  });

  it('reports every failure of a bad application, partner by partner', () => {
    const us = sme('us-co', 'US');
    const big = sme('big-es', 'ES', { smeClass: 'large' });
    const unknown = sme('unknown-es', 'ES', { smeClass: null });
    const r = check(
      poc({
        trl: 8,
        partners: [partner(us, 'adopter', 30_000), partner(big, 'adopter', 10_000), partner(unknown, 'adopter', 10_000), partner(quarry, 'adopter', 1)],
      }),
    );
    expect(r.eligible).toBe(false);
    expect(failed(r)).toEqual([
      'eligibility.max_partners',
      'eligibility.min_countries',
      'eligibility.role',
      'eligibility.country:us-co',
      'eligibility.sme:big-es',
      'eligibility.sme:unknown-es',
      'eligibility.trl',
      'eligibility.max_per_recipient:us-co',
    ]);
    const byCode = (code: string) => r.failures.find((f) => f.code === code)?.params;
    expect(byCode('eligibility.max_partners')).toEqual({ count: 4, max: 3 });
    expect(byCode('eligibility.min_countries')).toEqual({ count: 1, min: 2, countries: ['ES'] });
    expect(byCode('eligibility.role')).toEqual({ role: 'provider', count: 0, min: 1, partners: [] });
    expect(byCode('eligibility.trl')).toEqual({ trl: 8, min: 6, max: 7 });
    expect(r.failures.find((f) => f.partnerId === 'big-es')?.params).toEqual({ smeClass: 'large', allowed: ['micro', 'small', 'medium'] });
  });

  it('counts what an SME already has in the programme (max 50,000 EUR across projects)', () => {
    const prior: PriorAmount[] = [
      { organisationId: 'quarry-es', amountCents: euros(20_000), applicationId: 'other', status: 'awarded' },
      { organisationId: 'quarry-es', amountCents: euros(10_000), applicationId: 'third', status: 'requested' },
      { organisationId: 'twin-fi', amountCents: euros(25_000), applicationId: 'app-1' }, // earlier version of this one
    ];
    const r = check(poc(), prior);
    expect(failed(r)).toEqual(['eligibility.programme_cap:quarry-es']);
    expect(r.failures[0]?.params).toEqual({ requestedCents: 2_500_000, priorCents: 3_000_000, totalCents: 5_500_000, capCents: 5_000_000 });
  });

  it('needs a TRL for the PoC voucher and refuses an unknown instrument', () => {
    const { trl: _omit, ...noTrl } = poc();
    expect(failed(check(noTrl))).toEqual(['eligibility.trl']);
    const r = check(poc({ instrumentId: 'MINE-Scale' }));
    expect(failed(r)).toEqual(['eligibility.instrument']);
    expect(r.failures[0]?.params).toEqual({ instrumentId: 'MINE-Scale', known: ['MINE-PoC', 'MINE-Demo'] });
  });

  it('reads Greece as GR or EL, and counts one partner twice as a failure', () => {
    const greek = sme('mine-gr', 'EL');
    expect(check(poc({ partners: [partner(greek, 'adopter', 1_000), partner(twin, 'provider', 1_000)] })).eligible).toBe(true);
    const twice = check(poc({ partners: [partner(quarry, 'adopter', 1_000), partner(quarry, 'provider', 1_000)] }));
    expect(failed(twice)).toEqual(['eligibility.distinct_partners', 'eligibility.min_countries']);
  });

  it('uses the default 60,000 EUR programme cap when the call sets none', () => {
    const { perRecipientCapCents: _cap, ...rules } = CALL;
    const prior = [{ organisationId: 'quarry-es', amountCents: euros(35_000) }];
    expect(check(poc(), prior, rules).eligible).toBe(true);
    const r = check(poc(), [{ organisationId: 'quarry-es', amountCents: euros(35_000) + 1 }], rules);
    expect(r.failures[0]?.params['capCents']).toBe(6_000_000);
  });

  it('refuses malformed amounts without crashing', () => {
    const r = check(poc({ partners: [{ ...partner(quarry, 'adopter', 1), requestedCents: 10.5 }, partner(twin, 'provider', -1)] }));
    expect(failed(r)).toEqual([
      'eligibility.amount:quarry-es',
      'eligibility.amount:twin-fi',
      'eligibility.max_per_recipient:quarry-es',
      'eligibility.max_per_recipient:twin-fi',
      'eligibility.programme_cap:quarry-es',
      'eligibility.programme_cap:twin-fi',
    ]);
  });
});

describe('regional, membership, NACE and stage rules', () => {
  const regional: CallRules = {
    instruments: [{ id: 'voucher', maxPerRecipientCents: euros(15_000), maxPerProjectCents: euros(20_000) }],
    regions: [{ nutsPrefixes: ['ES41'] }, { nutsPrefixes: ['ES413', 'ES618'], quantifier: { atLeast: 1 } }],
    membershipRequired: { atLeast: 1 },
    nace: { prefixes: ['05', '06', '07', '08', '09'] },
    stages: { allowed: ['extraction', 'processing'], quantifier: { atLeast: 2 } },
  };
  const leon = sme('slate-le', 'ES', { nuts: 'ES413', membership: 'active', naceCodes: ['B 08.11'], stages: ['extraction'] });
  const burgos = sme('gypsum-bu', 'ES', { nuts: 'es412', membership: 'lapsed', naceCodes: ['08.11', '23.52'], stages: ['processing'] });
  const sevilla = sme('copper-se', 'ES', { nuts: 'ES618', membership: 'active', naceCodes: ['62.01'], stages: ['equipment'] });
  const app = (...ps: Application['partners']): Application => ({ instrumentId: 'voucher', partners: ps });

  it('passes when every partner is in Castilla y León with mining NACE codes', () => {
    const r = check(app(partner(leon, 'adopter', 10_000), partner(burgos, 'adopter', 10_000)), [], regional);
    expect(r.failures).toEqual([]);
    expect(r.results.find((x) => x.code === 'eligibility.membership')?.params).toEqual({ count: 1, min: 1, matching: ['slate-le'] });
  });

  it('reports the partner outside the region and outside the NACE list, and the project total', () => {
    const r = check(app(partner(leon, 'adopter', 10_000), partner(sevilla, 'provider', 10_001)), [], regional);
    expect(failed(r)).toEqual([
      'eligibility.region:copper-se',
      'eligibility.nace:copper-se',
      'eligibility.stage',
      'eligibility.max_per_project',
    ]);
    expect(r.failures[0]?.params).toEqual({ rule: 0, nuts: 'ES618', prefixes: ['ES41'] });
    expect(r.failures[3]?.params).toEqual({ instrumentId: 'voucher', totalCents: 2_000_100, maxCents: 2_000_000 });
  });

  it('requires an active membership when every partner must be a member', () => {
    const r = check(app(partner(leon, 'adopter', 1), partner(burgos, 'adopter', 1)), [], { ...regional, membershipRequired: 'every' });
    expect(failed(r)).toEqual(['eligibility.membership:gypsum-bu']);
    expect(r.failures[0]?.params).toEqual({ status: 'lapsed', accepted: ['active'] });
  });
});

describe('malformed rules', () => {
  it('throw with every problem listed', () => {
    const bad: CallRules = { minPartners: 3, maxPartners: 2, instruments: [{ id: 'a', trl: { min: 7, max: 6 } }, { id: 'a' }] };
    expect(() => check(poc(), [], bad)).toThrow(EngineInputError);
    try {
      check(poc(), [{ organisationId: 'quarry-es', amountCents: -5 }], bad);
      expect.unreachable();
    } catch (e) {
      expect((e as EngineInputError).issues.map((i) => i.code).sort()).toEqual(
        ['call.duplicate_instrument', 'call.invalid_trl', 'call.min_above_max', 'eligibility.invalid_prior_amount'].sort(),
      );
    }
  });
});
