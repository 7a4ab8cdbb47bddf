/**
 * The MINE.THE.GAP open call #2 (H2020 INNOSUP, Jan-Mar 2022) expressed as call rules (DOMAIN.md
 * section 3), with helpers to build applications. Used by tests and benchmarks.
 */
import { euros } from '../../shared/money.js';
import type { ApplicationPartner, CallRules, Organisation } from './types.js';

/** Consortia of 2-3 SMEs from at least 2 eligible countries, an adopter and a provider, two vouchers. */
export const MINE_THE_GAP_CALL_2: CallRules = {
  minPartners: 2,
  maxPartners: 3,
  minDistinctCountries: 2,
  eligibleCountries: ['BG', 'FI', 'FR', 'DE', 'GR', 'PL', 'PT', 'ES', 'SE'],
  requiredRoles: [
    { role: 'adopter', min: 1 },
    { role: 'provider', min: 1 },
  ],
  smeOnly: true,
  instruments: [
    { id: 'MINE-PoC', maxPerRecipientCents: euros(25_000), trl: { min: 6, max: 7 } },
    { id: 'MINE-Demo', maxPerRecipientCents: euros(50_000) },
  ],
  perRecipientCapCents: euros(50_000),
};

/** An SME organisation. */
export function sme(id: string, country: string, extra: Partial<Organisation> = {}): Organisation {
  return { id, country, smeClass: 'small', ...extra };
}

/** A partner with one role requesting `eur` euros. */
export function partner(organisation: Organisation, role: string, eur: number): ApplicationPartner {
  return { organisation, roles: [role], requestedCents: euros(eur) };
}
