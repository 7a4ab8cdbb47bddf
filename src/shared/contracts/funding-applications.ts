/** Request and response shapes of applications: drafts, consortium, files, submission, staff views. */
import { z } from 'zod';
import { emailSchema, localeSchema } from './identity.js';
import { countrySchema, naceCodeSchema, organisationSchema, siteInputSchema, sizeClassSchema, stageSchema } from './organisations.js';
import {
  answersSchema,
  centsSchema,
  deMinimisDeclarationSchema,
  eligibilityResultSchema,
  projectFields,
  slugSchema,
  snapshotSchema,
} from './funding.js';
import { APPLICATION_STATUSES, PARTNER_STATUSES } from '../funding.js';
import { publicCallSchema } from './funding-calls.js';

const roles = z.array(slugSchema).max(10);

export const applicationCreateSchema = z.object({
  leadOrganisationId: z.uuid(),
  acronym: z.string().trim().max(30).optional(),
  title: z.string().trim().max(300).optional(),
});

/** An autosave: any subset; `answers` are merged by question id (`null` clears one). */
export const applicationPatchSchema = z.object({
  acronym: z.string().trim().max(30).nullable().optional(),
  title: z.string().trim().max(300).nullable().optional(),
  instrumentId: slugSchema.nullable().optional(),
  trl: z.number().int().min(1).max(9).nullable().optional(),
  teamWomen: z.number().int().min(0).max(1000).nullable().optional(),
  teamMen: z.number().int().min(0).max(1000).nullable().optional(),
  topics: z.array(slugSchema).max(100).optional(),
  activities: z.array(slugSchema).max(100).optional(),
  answers: answersSchema.optional(),
});
export type ApplicationPatch = z.infer<typeof applicationPatchSchema>;

export const partnerInviteSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(2).max(120),
  locale: localeSchema.default('es'),
  roles: roles.default([]),
  requestedCents: centsSchema.default(0),
});

/** The lead changes amounts and roles; a partner changes its own roles and de minimis declaration. */
export const partnerPatchSchema = z.object({
  roles: roles.optional(),
  requestedCents: centsSchema.optional(),
  deMinimis: deMinimisDeclarationSchema.nullable().optional(),
});

export const partnerSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().nullable(),
    organisationName: z.string().nullable(),
    country: z.string().nullable(),
    nuts: z.string().nullable(),
    smeClass: sizeClassSchema.nullable(),
    smeSource: z.enum(['declaration', 'registry', 'unknown']),
    lead: z.boolean(),
    roles: z.array(z.string()),
    status: z.enum(PARTNER_STATUSES),
    requestedCents: z.number().int(),
    invitedEmail: z.string().nullable(),
    invitedName: z.string().nullable(),
    confirmedAt: z.iso.datetime().nullable(),
    deMinimis: deMinimisDeclarationSchema.nullable(),
    /** The person asking acts for this partner. */
    mine: z.boolean(),
  })
  .meta({ id: 'ApplicationPartner' });
export type PartnerDto = z.infer<typeof partnerSchema>;

export const attachmentSchema = z
  .object({ id: z.uuid(), questionId: z.string(), name: z.string(), sha256: z.string(), size: z.number().int(), mediaType: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'Attachment' });

/** Something still missing before the application can be submitted. */
export const completenessIssueSchema = z
  .object({ code: z.string(), path: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])) })
  .meta({ id: 'CompletenessIssue' });
export type CompletenessIssue = z.infer<typeof completenessIssueSchema>;

export const versionSummarySchema = z
  .object({ version: z.number().int(), submittedAt: z.iso.datetime(), submittedBy: z.string().nullable(), snapshotHash: z.string(), eligible: z.boolean() })
  .meta({ id: 'VersionSummary' });

export const applicationSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    callId: z.uuid(),
    status: z.enum(APPLICATION_STATUSES),
    statusReason: z.string().nullable(),
    leadOrganisationId: z.uuid(),
    ...projectFields,
    answers: answersSchema,
    currentVersion: z.number().int(),
    submittedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    /** Changes saved after the last submission, not submitted yet. */
    unsubmittedChanges: z.boolean(),
    partners: z.array(partnerSchema),
    attachments: z.array(attachmentSchema),
    /** The eligibility rules evaluated on the draft as it is now. */
    eligibility: eligibilityResultSchema,
    /** What is missing before it can be submitted. */
    completeness: z.array(completenessIssueSchema),
    versions: z.array(versionSummarySchema),
    call: publicCallSchema,
    standing: z.enum(['lead', 'partner', 'staff']),
    /** True while the deadline has not passed and the application is not withdrawn or ineligible. */
    editable: z.boolean(),
  })
  .meta({ id: 'Application' });
export type ApplicationDto = z.infer<typeof applicationSchema>;

export const applicationSummarySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    callId: z.uuid(),
    callCode: z.string(),
    callTitleEs: z.string(),
    callTitleEn: z.string(),
    deadlineAt: z.iso.datetime().nullable(),
    status: z.enum(APPLICATION_STATUSES),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    leadName: z.string(),
    currentVersion: z.number().int(),
    submittedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    standing: z.enum(['lead', 'partner']),
  })
  .meta({ id: 'ApplicationSummary' });

export const submitSchema = z.object({
  /** Chosen by the client once per submit click; repeating the request returns the same version. */
  idempotencyKey: z.string().trim().min(8).max(100),
});

export const versionSchema = z
  .object({ version: z.number().int(), submittedAt: z.iso.datetime(), snapshotHash: z.string(), snapshot: snapshotSchema })
  .meta({ id: 'ApplicationVersion' });

// --- staff --------------------------------------------------------------------------------

export const staffListQuerySchema = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  eligible: z.enum(['yes', 'no']).optional(),
  instrument: z.string().max(40).optional(),
  q: z.string().trim().max(100).optional(),
});
export type StaffListQuery = z.infer<typeof staffListQuerySchema>;

export const staffRowSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    statusReason: z.string().nullable(),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    instrumentId: z.string().nullable(),
    leadName: z.string(),
    leadCountry: z.string(),
    partners: z.number().int(),
    countries: z.array(z.string()),
    requestedCents: z.number().int(),
    currentVersion: z.number().int(),
    submittedAt: z.iso.datetime().nullable(),
    eligible: z.boolean().nullable(),
    failures: z.array(z.string()),
  })
  .meta({ id: 'StaffApplicationRow' });
export type StaffRow = z.infer<typeof staffRowSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(['ineligible', 'withdrawn', 'submitted']),
  reason: z.string().trim().min(5).max(2000),
});

// --- invitations --------------------------------------------------------------------------

export const invitationSchema = z
  .object({
    callCode: z.string(),
    callTitleEs: z.string(),
    callTitleEn: z.string(),
    reference: z.string(),
    acronym: z.string().nullable(),
    title: z.string().nullable(),
    leadName: z.string(),
    invitedEmail: z.string(),
    invitedName: z.string().nullable(),
    roles: z.array(z.string()),
    partnerRoles: z.array(z.object({ id: z.string(), labelEs: z.string(), labelEn: z.string() })),
    requestedCents: z.number().int(),
    expiresAt: z.iso.datetime(),
    deadlineAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PartnerInvitation' });
export const acceptInvitationSchema = z.object({ organisationId: z.uuid(), roles: roles.min(1) });

// --- organisations of applicants ------------------------------------------------------------

export const taxIdCheckSchema = z.object({ taxId: z.string().trim().min(2).max(40), country: countrySchema.default('ES') });
export const taxIdResultSchema = z
  .object({
    valid: z.boolean(),
    normalised: z.string().nullable(),
    issue: z.object({ code: z.string(), message: z.string() }).nullable(),
    /** An organisation with this tax id is already in the registry (its name is public). */
    existing: z.object({ id: z.uuid(), legalName: z.string(), actsFor: z.boolean(), claimPending: z.boolean() }).nullable(),
  })
  .meta({ id: 'TaxIdCheck' });

export const ownOrganisationSchema = z.object({
  legalName: z.string().trim().min(2).max(250),
  tradeName: z.string().trim().max(250).nullish(),
  kind: z.enum(['company', 'university', 'research_centre', 'association']),
  country: countrySchema.default('ES'),
  taxId: z.string().trim().min(2).max(40),
  website: z.string().trim().max(300).nullish(),
  naceCodes: z.array(naceCodeSchema).max(30).default([]),
  stages: z.array(stageSchema).max(11).default([]),
  site: siteInputSchema,
});

export const claimInputSchema = z.object({ taxId: z.string().trim().min(2).max(40), country: countrySchema.default('ES'), message: z.string().trim().max(1000).optional() });
export const claimSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    taxId: z.string().nullable(),
    userId: z.uuid(),
    userName: z.string(),
    userEmail: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    message: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OrganisationClaim' });
export const claimDecisionSchema = z.object({ approve: z.boolean(), reason: z.string().trim().max(1000).optional() });

const yearSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  awu: z.number().min(0).max(10_000_000),
  turnoverCents: centsSchema,
  balanceSheetCents: centsSchema,
});

/** The SME self-declaration wizard's answers (Recommendation 2003/361/EC). */
export const smeDeclarationInputSchema = z.object({
  /** Closed accounting years of the organisation itself, at least one. */
  years: z.array(yearSchema).min(1).max(5),
  /** Partner (25-50 %) and linked (> 50 % or control) enterprises, upstream or downstream. */
  enterprises: z
    .array(
      z.object({
        name: z.string().trim().min(2).max(250),
        relation: z.enum(['partner', 'linked']),
        /** Who holds the stake: the enterprise holds it in us (`holds_us`) or we hold it in them (`held_by_us`). */
        direction: z.enum(['holds_us', 'held_by_us']),
        capitalPct: z.number().min(0).max(100),
        votingPct: z.number().min(0).max(100),
        years: z.array(yearSchema).min(1).max(5),
      }),
    )
    .max(20)
    .default([]),
  /** Public bodies hold, jointly, 25 % or more of the capital or voting rights. */
  publicBodyControl: z.boolean().default(false),
  /** The person confirms on honour that the data are true. */
  onHonour: z.literal(true),
});
export type SmeDeclarationInput = z.infer<typeof smeDeclarationInputSchema>;

export const smeDeclarationSchema = z
  .object({
    id: z.uuid(),
    declaredAt: z.iso.datetime(),
    declaredBy: z.string().nullable(),
    latestYear: z.number().int().nullable(),
    effectiveClass: sizeClassSchema.nullable(),
    explanations: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) })),
    input: smeDeclarationInputSchema.omit({ onHonour: true }),
  })
  .meta({ id: 'SmeDeclaration' });

export const myOrganisationSchema = z
  .object({
    organisation: organisationSchema,
    headquarters: z.object({ city: z.string().nullable(), nutsCode: z.string().nullable(), country: z.string() }).nullable(),
    declaration: smeDeclarationSchema.nullable(),
  })
  .meta({ id: 'MyOrganisation' });
export const myOrganisationsSchema = z
  .object({ organisations: z.array(myOrganisationSchema), claims: z.array(claimSchema) })
  .meta({ id: 'MyOrganisations' });
