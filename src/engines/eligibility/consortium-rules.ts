/** Conditions on the consortium as a whole: size, distinct partners, countries, roles. */
import { isoCountry } from '../../shared/identifiers/countries.js';
import type { ApplicationPartner, CallRules, RuleResult } from './types.js';

function distinctPartners(partners: readonly ApplicationPartner[]): RuleResult {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { organisation } of partners) {
    if (seen.has(organisation.id)) duplicates.add(organisation.id);
    seen.add(organisation.id);
  }
  return { code: 'eligibility.distinct_partners', pass: duplicates.size === 0, params: { duplicates: [...duplicates] } };
}

function distinctCountries(rules: CallRules, partners: readonly ApplicationPartner[], min: number): RuleResult {
  const eligible = rules.eligibleCountries ? new Set(rules.eligibleCountries.map(isoCountry)) : null;
  const countries = [...new Set(partners.map((p) => isoCountry(p.organisation.country)))]
    .filter((c) => eligible === null || eligible.has(c))
    .sort();
  return { code: 'eligibility.min_countries', pass: countries.length >= min, params: { count: countries.length, min, countries } };
}

/** Every consortium condition of `rules`, evaluated (distinct partners always). */
export function consortiumRules(rules: CallRules, partners: readonly ApplicationPartner[]): RuleResult[] {
  const count = partners.length;
  const out: RuleResult[] = [distinctPartners(partners)];
  if (rules.minPartners !== undefined) {
    out.push({ code: 'eligibility.min_partners', pass: count >= rules.minPartners, params: { count, min: rules.minPartners } });
  }
  if (rules.maxPartners !== undefined) {
    out.push({ code: 'eligibility.max_partners', pass: count <= rules.maxPartners, params: { count, max: rules.maxPartners } });
  }
  if (rules.minDistinctCountries !== undefined) out.push(distinctCountries(rules, partners, rules.minDistinctCountries));
  for (const { role, min } of rules.requiredRoles ?? []) {
    const having = partners.filter((p) => p.roles.includes(role)).map((p) => p.organisation.id);
    out.push({ code: 'eligibility.role', pass: having.length >= min, params: { role, count: having.length, min, partners: having } });
  }
  return out;
}
