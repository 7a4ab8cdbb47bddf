import { boolean, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../platform/db/columns.js';
import { office } from '../identity/schema.js';
import { material } from '../materials/schema.js';

export const ORGANISATION_KINDS = ['company', 'university', 'research_centre', 'public_body', 'association'] as const;
export const MEMBERSHIP_STATUSES = ['none', 'applicant', 'active', 'suspended', 'left'] as const;

/** A company, university, research centre, public body or association the cluster knows. */
export const organisation = pgTable(
  'organisation',
  {
    id: idColumn(),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name'),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    /** ISO 3166-1 alpha-2 of the registered seat. */
    country: text('country').notNull(),
    /** Normalised tax id (Spanish NIF/CIF, EU VAT or other), unique when present. */
    taxId: text('tax_id'),
    taxIdKind: text('tax_id_kind', { enum: ['cif', 'dni', 'nie', 'vat', 'other'] }),
    website: text('website'),
    descriptionEs: text('description_es'),
    descriptionEn: text('description_en'),
    officeId: uuid('office_id').references(() => office.id),
    naceCodes: text('nace_codes').array().notNull().default([]),
    stages: text('stages').array().notNull().default([]),
    /** Listed in the public directory (public fields only). */
    publicProfile: boolean('public_profile').notNull().default(false),
    /** Current membership status (history in the membership tables). */
    membershipStatus: text('membership_status', { enum: MEMBERSHIP_STATUSES }).notNull().default('none'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('organisation_tax_id_idx').on(t.taxId), index('organisation_office_idx').on(t.officeId)],
);

/** A place where an organisation works (seat, quarry, plant); Spanish sites carry a province and NUTS. */
export const site = pgTable(
  'site',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    address: text('address'),
    postcode: text('postcode'),
    city: text('city'),
    country: text('country').notNull(),
    /** INE province code for Spanish sites. */
    provinceCode: text('province_code'),
    /** NUTS 2024 code (NUTS3 where known). */
    nutsCode: text('nuts_code'),
    isHeadquarters: boolean('is_headquarters').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('site_org_idx').on(t.organisationId)],
);

export const organisationMaterial = pgTable(
  'organisation_material',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id, { onDelete: 'cascade' }),
    materialId: text('material_id').notNull().references(() => material.id),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.materialId] })],
);
