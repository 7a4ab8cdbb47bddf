/** Request and response shapes of the members registry: organisations, sites, the directory. */
import { z } from 'zod';
import { isoCountry } from '../identifiers/countries.js';
import {
  MEMBERSHIP_STATUSES,
  MEMBERSHIP_TIERS,
  ORGANISATION_KINDS,
  SIZE_CLASSES,
} from '../organisations.js';
import { VALUE_CHAIN_STAGES } from '../value-chain.js';

export const kindSchema = z.enum(ORGANISATION_KINDS);
export const membershipStatusSchema = z.enum(MEMBERSHIP_STATUSES);
export const tierSchema = z.enum(MEMBERSHIP_TIERS);
export const sizeClassSchema = z.enum(SIZE_CLASSES);
export const stageSchema = z.enum(VALUE_CHAIN_STAGES);
/** ISO 3166-1 alpha-2; the EU's `EL` and `UK` are read as `GR` and `GB`. */
export const countrySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/)
  .transform((c) => isoCountry(c));
/** A calendar date `YYYY-MM-DD`. */
export const dateSchema = z.iso.date();
/** NACE Rev. 2: a section letter, or a division/group/class code with or without it (`B`, `08`, `B08.11`, `23.70`). */
export const naceCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-U]|[A-U]?\d{2}(\.\d{1,2})?)$/);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const websiteSchema = z
  .string()
  .trim()
  .max(300)
  .nullish()
  .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
  .pipe(z.url({ protocol: /^https?$/ }).nullable());

export const siteInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  address: optionalText(300),
  postcode: optionalText(20),
  city: optionalText(120),
  country: countrySchema.default('ES'),
  /** INE code of a Spanish province ('24'); derived from the postcode when omitted. */
  provinceCode: z.string().trim().regex(/^\d{1,2}$/).nullish(),
  /** NUTS 2024 code for sites in other EU countries (derived for Spain). */
  nutsCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/).nullish(),
  isHeadquarters: z.boolean().default(false),
});
export type SiteInput = z.input<typeof siteInputSchema>;

export const siteSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string(),
    provinceCode: z.string().nullable(),
    nutsCode: z.string().nullable(),
    isHeadquarters: z.boolean(),
  })
  .meta({ id: 'Site' });

const profileFields = {
  legalName: z.string().trim().min(2).max(250),
  tradeName: optionalText(250),
  kind: kindSchema,
  country: countrySchema.default('ES'),
  taxId: optionalText(40),
  website: websiteSchema,
  descriptionEs: optionalText(5000),
  descriptionEn: optionalText(5000),
  naceCodes: z.array(naceCodeSchema).max(30).default([]),
  stages: z.array(stageSchema).max(VALUE_CHAIN_STAGES.length).default([]),
  materialIds: z.array(z.string().min(1).max(60)).max(100).default([]),
  publicProfile: z.boolean().default(false),
};

export const organisationCreateSchema = z.object({
  ...profileFields,
  officeId: z.uuid().nullish(),
  publicBodyControl: z.boolean().default(false),
  sites: z.array(siteInputSchema).max(50).default([]),
});
export type OrganisationCreate = z.input<typeof organisationCreateSchema>;

/** Changes to a profile; members may change the profile fields, staff also office and control. */
export const organisationPatchSchema = z
  .object({
    ...profileFields,
    officeId: z.uuid().nullable(),
    publicBodyControl: z.boolean(),
  })
  .partial();

export const organisationSchema = z
  .object({
    id: z.uuid(),
    legalName: z.string(),
    tradeName: z.string().nullable(),
    kind: kindSchema,
    country: z.string(),
    taxId: z.string().nullable(),
    taxIdKind: z.enum(['cif', 'dni', 'nie', 'vat', 'other']).nullable(),
    website: z.string().nullable(),
    descriptionEs: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    officeId: z.uuid().nullable(),
    naceCodes: z.array(z.string()),
    stages: z.array(stageSchema),
    materialIds: z.array(z.string()),
    provinceCodes: z.array(z.string()),
    regionCodes: z.array(z.string()),
    publicProfile: z.boolean(),
    publicBodyControl: z.boolean(),
    membershipStatus: membershipStatusSchema,
    membershipTier: tierSchema.nullable(),
    annualFeeCents: z.number().int().nullable(),
    memberSince: dateSchema.nullable(),
    smeClass: sizeClassSchema.nullable(),
    smeYear: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Organisation' });
export type OrganisationDto = z.infer<typeof organisationSchema>;

/** A row of the internal directory. */
export const organisationSummarySchema = organisationSchema
  .pick({
    id: true,
    legalName: true,
    tradeName: true,
    kind: true,
    country: true,
    taxId: true,
    officeId: true,
    stages: true,
    materialIds: true,
    provinceCodes: true,
    membershipStatus: true,
    membershipTier: true,
    smeClass: true,
    publicProfile: true,
  })
  .extend({ city: z.string().nullable() })
  .meta({ id: 'OrganisationSummary' });

/** Where a public organisation works: town and region only, never the street address. */
export const publicPlaceSchema = z.object({
  city: z.string().nullable(),
  provinceCode: z.string().nullable(),
  nutsCode: z.string().nullable(),
  country: z.string(),
});

export const publicOrganisationSchema = organisationSchema
  .pick({
    id: true,
    legalName: true,
    tradeName: true,
    kind: true,
    country: true,
    website: true,
    descriptionEs: true,
    descriptionEn: true,
    naceCodes: true,
    stages: true,
    materialIds: true,
    memberSince: true,
  })
  .extend({ places: z.array(publicPlaceSchema), isMember: z.boolean() })
  .strict()
  .meta({ id: 'PublicOrganisation' });
export type PublicOrganisationDto = z.infer<typeof publicOrganisationSchema>;

/** `?stage=a&stage=b` or `?stage=a,b` both give `['a', 'b']`. */
function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => {
    if (v === undefined || v === '') return undefined;
    const arr = Array.isArray(v) ? v : [v];
    return arr.flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean);
  }, z.array(item).max(60).optional());
}

export const directoryFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: listParam(kindSchema),
  stage: listParam(stageSchema),
  material: listParam(z.string().max(60)),
  province: listParam(z.string().regex(/^\d{2}$/)),
  region: listParam(z.string().regex(/^[A-Z]{2}\d{1,2}$/)),
  size: listParam(sizeClassSchema),
  status: listParam(membershipStatusSchema),
  office: listParam(z.uuid()),
});
export type DirectoryFilter = z.infer<typeof directoryFilterSchema>;

export const directoryQuerySchema = directoryFilterSchema.extend({
  sort: z.enum(['relevance', 'name', 'recent']).default('relevance'),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

/** Public directory: the same search without the internal facets. */
export const publicDirectoryQuerySchema = directoryQuerySchema.omit({ size: true, status: true, office: true });

export const FACETS = ['kind', 'stage', 'material', 'province', 'region', 'size', 'status', 'office'] as const;
export type Facet = (typeof FACETS)[number];

const facetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const facetsSchema = z
  .object({
    kind: facetCountsSchema,
    stage: facetCountsSchema,
    material: facetCountsSchema,
    province: facetCountsSchema,
    region: facetCountsSchema,
    size: facetCountsSchema,
    status: facetCountsSchema,
    office: facetCountsSchema,
  })
  .partial()
  .meta({ id: 'DirectoryFacets' });

export const directoryPageSchema = z
  .object({ items: z.array(organisationSummarySchema), total: z.number().int(), facets: facetsSchema })
  .meta({ id: 'DirectoryPage' });

export const publicDirectoryPageSchema = z
  .object({ items: z.array(publicOrganisationSchema), total: z.number().int(), facets: facetsSchema })
  .meta({ id: 'PublicDirectoryPage' });

export const valueChainSchema = z
  .object({
    total: z.number().int(),
    cells: z.array(z.object({ stage: stageSchema, material: z.string(), count: z.number().int() })),
    stages: z.array(z.object({ stage: stageSchema, count: z.number().int() })),
    materials: z.array(z.object({ material: z.string(), count: z.number().int() })),
    provinces: z.array(z.object({ provinceCode: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'ValueChainMap' });

export const growthSchema = z
  .object({
    points: z.array(z.object({ month: z.string(), members: z.number().int(), joined: z.number().int(), left: z.number().int() })),
  })
  .meta({ id: 'MembershipGrowth' });

export const exportQuerySchema = directoryFilterSchema.extend({ format: z.enum(['csv', 'xlsx']) });
