/**
 * Conditions on the partners themselves: country, SME status and class, region (NUTS), cluster
 * membership, NACE codes, value-chain stages. A condition quantified `every` gives one result per
 * partner; `{ atLeast: n }` gives one result for the consortium listing the partners that qualify.
 */
import { isoCountry } from '../../shared/identifiers/countries.js';
import type { ParamValue } from '../ranking/issues.js';
import type { SmeClass } from '../sme/types.js';
import type { ApplicationPartner, CallRules, MembershipStatus, Organisation, Quantifier, RuleResult } from './types.js';

type Params = Record<string, ParamValue>;
type Test = (org: Organisation) => { pass: boolean; params: Params };

const SME_SIZES: readonly SmeClass[] = ['micro', 'small', 'medium'];

/** Evaluates `test` over the partners under `quantifier`. */
export function quantified(
  code: string,
  partners: readonly ApplicationPartner[],
  quantifier: Quantifier,
  test: Test,
  ruleParams: Params = {},
): RuleResult[] {
  if (quantifier === 'every') {
    return partners.map(({ organisation }) => {
      const t = test(organisation);
      return { code, pass: t.pass, partnerId: organisation.id, params: { ...ruleParams, ...t.params } };
    });
  }
  const matching = partners.filter(({ organisation }) => test(organisation).pass).map((p) => p.organisation.id);
  const params = { ...ruleParams, count: matching.length, min: quantifier.atLeast, matching };
  return [{ code, pass: matching.length >= quantifier.atLeast, params }];
}

/** A NACE code or prefix as digits only: `B 07.29` -> `0729`, `08.1` -> `081`. */
export function naceDigits(code: string): string {
  return code.toUpperCase().replace(/^[A-U](?=\s*\d)/, '').replace(/[^0-9]/g, '');
}

function countryTest(allowed: readonly string[]): Test {
  const set = new Set(allowed.map(isoCountry));
  return (org) => ({ pass: set.has(isoCountry(org.country)), params: { country: isoCountry(org.country), allowed: [...set] } });
}

function smeClassTest(allowed: readonly SmeClass[]): Test {
  return (org) => ({
    pass: org.smeClass != null && allowed.includes(org.smeClass),
    params: { smeClass: org.smeClass ?? 'unknown', allowed },
  });
}

function regionTest(prefixes: readonly string[], rule: number): Test {
  const upper = prefixes.map((p) => p.trim().toUpperCase());
  return (org) => {
    const nuts = org.nuts?.trim().toUpperCase() ?? '';
    return { pass: nuts !== '' && upper.some((p) => nuts.startsWith(p)), params: { rule, nuts, prefixes: upper } };
  };
}

function membershipTest(accepted: readonly MembershipStatus[]): Test {
  return (org) => {
    const status = org.membership ?? 'none';
    return { pass: accepted.includes(status), params: { status, accepted } };
  };
}

function naceTest(prefixes: readonly string[]): Test {
  const wanted = prefixes.map(naceDigits);
  return (org) => {
    const codes = org.naceCodes ?? [];
    const pass = codes.some((c) => wanted.some((w) => naceDigits(c).startsWith(w)));
    return { pass, params: { codes, prefixes } };
  };
}

function stageTest(allowed: readonly string[]): Test {
  return (org) => {
    const stages = org.stages ?? [];
    return { pass: stages.some((s) => allowed.includes(s)), params: { stages, allowed } };
  };
}

/** Every partner condition of `rules`, evaluated. */
export function partnerRules(rules: CallRules, partners: readonly ApplicationPartner[]): RuleResult[] {
  const out: RuleResult[] = [];
  if (rules.eligibleCountries) out.push(...quantified('eligibility.country', partners, 'every', countryTest(rules.eligibleCountries)));
  if (rules.smeOnly) out.push(...quantified('eligibility.sme', partners, 'every', smeClassTest(SME_SIZES)));
  if (rules.allowedSmeClasses) {
    out.push(...quantified('eligibility.sme_class', partners, 'every', smeClassTest(rules.allowedSmeClasses)));
  }
  (rules.regions ?? []).forEach((r, i) => {
    out.push(...quantified('eligibility.region', partners, r.quantifier ?? 'every', regionTest(r.nutsPrefixes, i), { rule: i }));
  });
  if (rules.membershipRequired) {
    const accepted = rules.membershipStatuses ?? ['active'];
    out.push(...quantified('eligibility.membership', partners, rules.membershipRequired, membershipTest(accepted)));
  }
  if (rules.nace) out.push(...quantified('eligibility.nace', partners, rules.nace.quantifier ?? 'every', naceTest(rules.nace.prefixes)));
  if (rules.stages) {
    out.push(...quantified('eligibility.stage', partners, rules.stages.quantifier ?? 'every', stageTest(rules.stages.allowed)));
  }
  return out;
}
