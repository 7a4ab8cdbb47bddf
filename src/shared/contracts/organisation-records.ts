/**
 * Request and response shapes of what the registry holds about an organisation beyond its profile:
 * size figures and holdings (SME status), membership and fees, contacts and consents, the people
 * who act for it, and imports.
 */
import { z } from 'zod';
import {
  CONSENT_PURPOSES,
  CONTACT_ROLES,
  FEE_STATES,
  ORG_USER_ROLES,
} from '../organisations.js';
import { emailSchema, localeSchema } from './identity.js';
import { dateSchema, membershipStatusSchema, organisationSchema, siteSchema, sizeClassSchema, tierSchema } from './organisations.js';

const centsSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const percentSchema = z.number().min(0).max(100);

// --- size figures, holdings, SME status ------------------------------------------------------

export const yearFiguresInputSchema = z.object({
  awu: z.number().min(0).max(10_000_000),
  turnoverCents: centsSchema,
  balanceSheetCents: centsSchema,
});

export const yearFiguresSchema = yearFiguresInputSchema.extend({ year: z.number().int() }).meta({ id: 'YearFigures' });

export const yearParamsSchema = z.object({ id: z.uuid(), year: z.coerce.number().int().min(1950).max(2100) });

export const relationInputSchema = z.object({
  otherId: z.uuid(),
  /** `holds`: this organisation holds the stake in the other; `held_by`: the other holds it here. */
  direction: z.enum(['holds', 'held_by']),
  capitalPct: percentSchema,
  votingPct: percentSchema,
  control: z.boolean().default(false),
  qualifyingInvestor: z.boolean().default(false),
  note: z.string().trim().max(500).nullish(),
});

export const relationSchema = z
  .object({
    id: z.uuid(),
    holderId: z.uuid(),
    holderName: z.string(),
    heldId: z.uuid(),
    heldName: z.string(),
    capitalPct: z.number(),
    votingPct: z.number(),
    control: z.boolean(),
    qualifyingInvestor: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Relation' });

const paramValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const explanationSchema = z.object({ code: z.string(), params: z.record(z.string(), paramValue) });
const figuresSchema = z.object({ awu: z.number(), turnoverCents: z.number(), balanceSheetCents: z.number() });
const groupRoleSchema = z.enum(['self', 'linked', 'partner', 'partner_linked']);

export const smeYearSchema = z.object({
  year: z.number().int(),
  figures: figuresSchema.nullable(),
  breakdown: z.array(figuresSchema.extend({ enterpriseId: z.string(), role: groupRoleSchema, percent: z.number(), consolidatedIn: z.string().optional() })),
  rawClass: sizeClassSchema.nullable(),
  sizeClass: sizeClassSchema.nullable(),
  effectiveClass: sizeClassSchema.nullable(),
  isSme: z.boolean().nullable(),
  explanations: z.array(explanationSchema),
});

export const smeAssessmentSchema = z
  .object({
    organisationId: z.uuid(),
    assessedAt: z.iso.datetime(),
    latestYear: z.number().int().nullable(),
    effectiveClass: sizeClassSchema.nullable(),
    /** `not_applicable` for public bodies, `no_figures` before any closed year is entered. */
    status: z.enum(['assessed', 'no_figures', 'not_applicable']),
    group: z.array(z.object({ enterpriseId: z.string(), role: groupRoleSchema, percent: z.number(), via: z.array(z.string()) })),
    years: z.array(smeYearSchema),
    explanations: z.array(explanationSchema),
    publicBodyControl: z.boolean(),
    /** Names of every organisation the explanation mentions, by id. */
    names: z.record(z.string(), z.string()),
  })
  .meta({ id: 'SmeAssessment' });
export type SmeAssessmentDto = z.infer<typeof smeAssessmentSchema>;

// --- membership and fees ------------------------------------------------------------------

export const membershipChangeSchema = z.object({
  status: membershipStatusSchema.exclude(['none']),
  tier: tierSchema.nullish(),
  effectiveOn: dateSchema,
  annualFeeCents: centsSchema.nullish(),
  note: z.string().trim().max(500).nullish(),
});

export const membershipEventSchema = z
  .object({
    id: z.uuid(),
    status: membershipStatusSchema,
    tier: tierSchema.nullable(),
    effectiveOn: dateSchema,
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'MembershipEvent' });

export const feeIssueSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  /** Defaults to the organisation's annual fee. */
  amountCents: centsSchema.nullish(),
  issuedOn: dateSchema.nullish(),
  dueOn: dateSchema,
});

export const feeUpdateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('paid'), paidOn: dateSchema }),
  z.object({ status: z.literal('cancelled') }),
]);

export const feeSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    year: z.number().int(),
    reference: z.string(),
    amountCents: z.number().int(),
    issuedOn: dateSchema,
    dueOn: dateSchema,
    paidOn: dateSchema.nullable(),
    state: z.enum(FEE_STATES),
    reminderCount: z.number().int(),
    lastRemindedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Fee' });

export const feeQuerySchema = z.object({
  state: z.enum(FEE_STATES).optional(),
  year: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

// --- contacts and consents ------------------------------------------------------------------

export const contactInputSchema = z.object({
  name: z.string().trim().min(2).max(200),
  position: z.string().trim().max(200).nullish(),
  role: z.enum(CONTACT_ROLES).default('other'),
  email: emailSchema.nullish(),
  phone: z.string().trim().regex(/^\+?[\d\s().-]{6,25}$/).nullish(),
  locale: localeSchema.default('es'),
  isPrimary: z.boolean().default(false),
});

export const consentInputSchema = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  granted: z.boolean(),
  givenOn: dateSchema,
  source: z.string().trim().min(2).max(200),
});

export const consentSchema = consentInputSchema.extend({ id: z.uuid(), createdAt: z.iso.datetime() }).meta({ id: 'Consent' });

export const contactSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    position: z.string().nullable(),
    role: z.enum(CONTACT_ROLES),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    locale: localeSchema,
    isPrimary: z.boolean(),
    erasedAt: z.iso.datetime().nullable(),
    consents: z.array(consentSchema),
  })
  .meta({ id: 'Contact' });

/** Everything held about a person (right of access, GDPR Art. 15). */
export const contactExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    contact: contactSchema,
    organisation: z.object({ id: z.uuid(), legalName: z.string() }),
    feeReminders: z.array(z.object({ feeReference: z.string(), sentAt: z.iso.datetime() })),
    mails: z.array(z.object({ subject: z.string(), createdAt: z.iso.datetime(), status: z.string() })),
    history: z.array(z.object({ at: z.iso.datetime(), action: z.string(), actor: z.string() })),
  })
  .meta({ id: 'ContactExport' });

// --- people who act for the organisation ------------------------------------------------------

export const orgUserInputSchema = z.object({ email: emailSchema, role: z.enum(ORG_USER_ROLES).default('editor') });
export const orgUserSchema = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ORG_USER_ROLES) })
  .meta({ id: 'OrganisationUser' });

// --- the whole record ----------------------------------------------------------------------

export const organisationDetailSchema = z
  .object({
    organisation: organisationSchema,
    sites: z.array(siteSchema),
    years: z.array(yearFiguresSchema),
    relations: z.array(relationSchema),
    membership: z.array(membershipEventSchema),
    fees: z.array(feeSchema),
    contacts: z.array(contactSchema),
    users: z.array(orgUserSchema),
    /** What the signed-in person may do with this record. */
    permissions: z.object({
      editProfile: z.boolean(),
      editAdmin: z.boolean(),
      manageMembership: z.boolean(),
      manageFees: z.boolean(),
      manageContacts: z.boolean(),
      manageSize: z.boolean(),
      manageRelations: z.boolean(),
      manageUsers: z.boolean(),
    }),
  })
  .meta({ id: 'OrganisationDetail' });

// --- import --------------------------------------------------------------------------------

export const IMPORT_FIELDS = [
  'legalName',
  'tradeName',
  'taxId',
  'kind',
  'country',
  'website',
  'descriptionEs',
  'descriptionEn',
  'siteName',
  'address',
  'postcode',
  'city',
  'province',
  'nutsCode',
  'office',
  'naceCodes',
  'stages',
  'materials',
  'membershipStatus',
  'tier',
  'annualFee',
  'memberSince',
  'publicProfile',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactPosition',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column mapping: for each field, the header of the file's column that holds it. */
export const importMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200));

export const importUploadSchema = z
  .object({
    fileId: z.string(),
    format: z.enum(['csv', 'xlsx']),
    headers: z.array(z.string()),
    mapping: importMappingSchema,
    sample: z.array(z.record(z.string(), z.string())),
  })
  .meta({ id: 'ImportUpload' });

export const importRunSchema = z.object({ mapping: importMappingSchema, dryRun: z.boolean().default(true) });

export const importReportSchema = z
  .object({
    dryRun: z.boolean(),
    committed: z.boolean(),
    rows: z.number().int(),
    valid: z.number().int(),
    created: z.number().int(),
    /** Every problem of every row (row 1 is the first data row after the header). */
    problems: z.array(z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string(), value: z.string().optional() })),
    /** Rows with at least one problem. */
    badRows: z.number().int(),
  })
  .meta({ id: 'OrganisationImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;
