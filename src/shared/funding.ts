/**
 * Fixed vocabularies of funding (DOMAIN.md section 3), shared by the server, the web and the CLI.
 * Labels live in the `funding` message catalog.
 */
export const PROGRAMME_SOURCES = ['horizon_europe', 'national', 'regional', 'own', 'other'] as const;
export type ProgrammeSource = (typeof PROGRAMME_SOURCES)[number];

export const CALL_STATUSES = ['draft', 'published', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'ineligible'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const PARTNER_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const COMMITMENT_SOURCES = ['award', 'external'] as const;

/** Default most one third party may receive over a programme: 60,000 EUR (configurable). */
export const DEFAULT_RECIPIENT_CAP_CENTS = 6_000_000;
