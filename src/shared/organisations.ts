/**
 * Fixed vocabularies of the members registry (DOMAIN.md sections 1-2), shared by the server, the
 * web and the CLI. Labels live in the `orgs` message catalog.
 */
export const ORGANISATION_KINDS = ['company', 'university', 'research_centre', 'public_body', 'association'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** `none`: known to the cluster (a partner, a shareholder) but never applied for membership. */
export const MEMBERSHIP_STATUSES = ['none', 'applicant', 'active', 'suspended', 'left'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const MEMBERSHIP_TIERS = ['full', 'associate', 'institutional', 'startup'] as const;
export type MembershipTier = (typeof MEMBERSHIP_TIERS)[number];

/** SME size classes (Recommendation 2003/361/EC); `large` means not an SME. */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const CONTACT_ROLES = ['representative', 'technical', 'billing', 'communications', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONSENT_PURPOSES = ['membership', 'newsletter', 'events', 'directory', 'data_sharing'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const ORG_USER_ROLES = ['representative', 'editor'] as const;
export type OrgUserRole = (typeof ORG_USER_ROLES)[number];

export const FEE_STATUSES = ['issued', 'paid', 'cancelled'] as const;
/** What a fee shows: its stored status, or `overdue` when issued and unpaid after its due date. */
export const FEE_STATES = ['issued', 'overdue', 'paid', 'cancelled'] as const;
export type FeeState = (typeof FEE_STATES)[number];

/** Statuses that count as members (growth chart, certificate). */
export const MEMBER_STATUSES: readonly MembershipStatus[] = ['active'];

/** The fields the public directory shows, and nothing else (the privacy test walks this list). */
export const PUBLIC_ORGANISATION_FIELDS = [
  'id',
  'legalName',
  'tradeName',
  'kind',
  'country',
  'website',
  'descriptionEs',
  'descriptionEn',
  'naceCodes',
  'stages',
  'materialIds',
  'places',
  'isMember',
  'memberSince',
] as const;
