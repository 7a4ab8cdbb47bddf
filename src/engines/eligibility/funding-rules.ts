/**
 * Conditions on the money and the instrument: the instrument exists, the TRL is in its range,
 * each request is a valid amount within the instrument's maximum per recipient, the total within
 * its maximum per project, and each organisation stays within the programme's per-recipient cap
 * counting what it was already awarded or requested in the programme.
 */
import { euros, isCents, sumCents } from '../../shared/money.js';
import type { Issue } from '../ranking/issues.js';
import type { Application, CallRules, Instrument, PriorAmount, RuleResult } from './types.js';

/** Default per-recipient cap over a programme (DOMAIN.md section 3, configurable). */
export const DEFAULT_PER_RECIPIENT_CAP_CENTS = euros(60_000);

const validAmount = (c: number) => isCents(c) && c >= 0;

function trlRule(instrument: Instrument, trl: number | undefined): RuleResult[] {
  if (!instrument.trl) return [];
  const { min, max } = instrument.trl;
  if (trl === undefined) return [{ code: 'eligibility.trl', pass: false, params: { missing: true, min, max } }];
  return [{ code: 'eligibility.trl', pass: Number.isInteger(trl) && trl >= min && trl <= max, params: { trl, min, max } }];
}

function instrumentAmountRules(instrument: Instrument, application: Application): RuleResult[] {
  const out: RuleResult[] = [];
  const { maxPerRecipientCents: maxR, maxPerProjectCents: maxP, id: instrumentId } = instrument;
  if (maxR !== undefined) {
    for (const { organisation, requestedCents } of application.partners) {
      const pass = validAmount(requestedCents) && requestedCents <= maxR;
      out.push({ code: 'eligibility.max_per_recipient', pass, partnerId: organisation.id, params: { instrumentId, requestedCents, maxCents: maxR } });
    }
  }
  if (maxP !== undefined) {
    const totalCents = sumCents(application.partners.map((p) => p.requestedCents).filter(validAmount));
    out.push({ code: 'eligibility.max_per_project', pass: totalCents <= maxP, params: { instrumentId, totalCents, maxCents: maxP } });
  }
  return out;
}

/**
 * The partners' prior amounts summed per organisation (entries recorded for this same application,
 * an earlier version of it, are ignored), in one pass that also reports malformed amounts.
 */
export function priorTotals(prior: readonly PriorAmount[], application: Application): { totals: Map<string, number>; issues: Issue[] } {
  const totals = new Map<string, number>(application.partners.map((p) => [p.organisation.id, 0]));
  const issues: Issue[] = [];
  for (let i = 0; i < prior.length; i++) {
    const p = prior[i];
    const sum = p === undefined ? undefined : totals.get(p.organisationId);
    if (p === undefined || sum === undefined || (application.id !== undefined && p.applicationId === application.id)) continue;
    if (validAmount(p.amountCents)) totals.set(p.organisationId, sumCents([sum, p.amountCents]));
    else issues.push({ path: `prior[${i}].amountCents`, code: 'eligibility.invalid_prior_amount' });
  }
  return { totals, issues };
}

function programmeCapRules(rules: CallRules, application: Application, prior: ReadonlyMap<string, number>): RuleResult[] {
  const capCents = rules.perRecipientCapCents ?? DEFAULT_PER_RECIPIENT_CAP_CENTS;
  return application.partners.map(({ organisation, requestedCents }) => {
    const priorCents = prior.get(organisation.id) ?? 0;
    const valid = validAmount(requestedCents);
    const totalCents = valid ? sumCents([priorCents, requestedCents]) : priorCents;
    return {
      code: 'eligibility.programme_cap',
      pass: valid && totalCents <= capCents,
      partnerId: organisation.id,
      params: { requestedCents, priorCents, totalCents, capCents },
    };
  });
}

/**
 * Every funding condition, evaluated, given each partner's prior amounts in the programme.
 * Unknown instrument: only `eligibility.instrument`, the amounts and the cap.
 */
export function fundingRules(rules: CallRules, application: Application, prior: ReadonlyMap<string, number>): RuleResult[] {
  const out: RuleResult[] = application.partners.map(({ organisation, requestedCents }) => ({
    code: 'eligibility.amount',
    pass: validAmount(requestedCents),
    partnerId: organisation.id,
    params: { requestedCents },
  }));
  const instrument = rules.instruments.find((i) => i.id === application.instrumentId);
  out.push({
    code: 'eligibility.instrument',
    pass: instrument !== undefined,
    params: { instrumentId: application.instrumentId, known: rules.instruments.map((i) => i.id) },
  });
  if (instrument) out.push(...trlRule(instrument, application.trl), ...instrumentAmountRules(instrument, application));
  out.push(...programmeCapRules(rules, application, prior));
  return out;
}
