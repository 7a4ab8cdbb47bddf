/**
 * Impact: measures, meters and their readings, site ingestion tokens, reading uploads, savings
 * analyses and the emission-factor table. Organisations and sites come from the registry.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { award } from '../awards/schema/core.js';
import { cents, createdAt, idColumn, instant, updatedAt } from '../../platform/db/columns.js';
import { organisation, site } from '../organisations/schema.js';
import { ENERGY_CARRIERS, MEASURE_CATEGORIES, METER_CARRIERS, METER_INTERVALS, METER_UNITS, READING_SOURCES } from '../../../shared/contracts/impact.js';
import { ANALYSIS_MODELS } from '../../../shared/contracts/impact-analysis.js';

/** A sustainability, circular-economy or digitalisation measure at an organisation's site. */
export const impactMeasure = pgTable(
  'impact_measure',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    siteId: uuid('site_id').notNull().references(() => site.id),
    category: text('category', { enum: MEASURE_CATEGORIES }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** First day of the installation: the baseline ends on or before it. */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** Day the installation was complete: the reporting period starts on or after it. */
    completedDate: date('completed_date', { mode: 'string' }),
    costCents: cents('cost_cents'),
    currency: text('currency').notNull().default('EUR'),
    /** The award that funds it (one of the organisation's awards). */
    awardId: uuid('award_id').references(() => award.id),
    /** Lower-case, accent-free title, description and organisation name, for trigram search. */
    searchText: text('search_text').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('impact_measure_org_idx').on(t.organisationId),
    index('impact_measure_site_idx').on(t.siteId),
    index('impact_measure_award_idx').on(t.awardId),
    index('impact_measure_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** A meter at a site: an energy carrier, production, or outdoor temperature. */
export const impactMeter = pgTable(
  'impact_meter',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    siteId: uuid('site_id').notNull().references(() => site.id),
    /** Short code, unique at the site; the MQTT topic and the batch API name the meter by it. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    carrier: text('carrier', { enum: METER_CARRIERS }).notNull(),
    unit: text('unit', { enum: METER_UNITS }).notNull(),
    interval: text('interval', { enum: METER_INTERVALS }).notNull(),
    /** IANA zone in which local days and months of this meter are counted. */
    timeZone: text('time_zone').notNull().default('Europe/Madrid'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('impact_meter_site_code_idx').on(t.siteId, t.code), index('impact_meter_org_idx').on(t.organisationId)],
);

/** The meters that show a measure's effect. */
export const impactMeasureMeter = pgTable(
  'impact_measure_meter',
  {
    measureId: uuid('measure_id').notNull().references(() => impactMeasure.id, { onDelete: 'cascade' }),
    meterId: uuid('meter_id').notNull().references(() => impactMeter.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.meterId] }), index('impact_measure_meter_meter_idx').on(t.meterId)],
);

/**
 * One reading: the value of the interval that starts at `start` (sum for energy and production,
 * mean for temperature). The primary key (meter_id, start) makes a repeated reading a no-op. Sized
 * for many millions of rows: no surrogate id, numeric value, one index.
 */
export const impactReading = pgTable(
  'impact_reading',
  {
    meterId: uuid('meter_id').notNull().references(() => impactMeter.id, { onDelete: 'cascade' }),
    start: instant('start').notNull(),
    /** End of a billing period; null for fixed intervals (start + the meter's interval). */
    endAt: instant('end_at'),
    value: numeric('value').notNull(),
    source: text('source', { enum: READING_SOURCES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meterId, t.start] })],
);

/** A site's ingestion token (HTTP batch API and MQTT): stored hashed, shown once. */
export const impactSiteToken = pgTable(
  'impact_site_token',
  {
    id: idColumn(),
    siteId: uuid('site_id').notNull().references(() => site.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('impact_site_token_site_idx').on(t.siteId)],
);

/** An uploaded CSV/XLSX file of readings, its mapping and the outcome of its commit. */
export const impactUpload = pgTable(
  'impact_upload',
  {
    id: idColumn(),
    siteId: uuid('site_id').notNull().references(() => site.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    sha256: text('sha256').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    columns: jsonb('columns').$type<string[]>().notNull(),
    preview: jsonb('preview').$type<string[][]>().notNull(),
    status: text('status', { enum: ['uploaded', 'committed'] }).notNull().default('uploaded'),
    mapping: jsonb('mapping'),
    stored: integer('stored'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    committedBy: uuid('committed_by'),
    committedAt: instant('committed_at'),
  },
  (t) => [index('impact_upload_site_idx').on(t.siteId)],
);

/** A savings analysis of a measure: inputs, the engine's result, and its verification. */
export const impactAnalysis = pgTable(
  'impact_analysis',
  {
    id: idColumn(),
    measureId: uuid('measure_id').notNull().references(() => impactMeasure.id, { onDelete: 'cascade' }),
    model: text('model', { enum: ANALYSIS_MODELS }).notNull(),
    energyMeterId: uuid('energy_meter_id').notNull().references(() => impactMeter.id),
    productionMeterId: uuid('production_meter_id').references(() => impactMeter.id),
    temperatureMeterId: uuid('temperature_meter_id').references(() => impactMeter.id),
    baselineStart: date('baseline_start', { mode: 'string' }).notNull(),
    baselineEnd: date('baseline_end', { mode: 'string' }).notNull(),
    reportingStart: date('reporting_start', { mode: 'string' }).notNull(),
    reportingEnd: date('reporting_end', { mode: 'string' }).notNull(),
    options: jsonb('options').notNull(),
    status: text('status', { enum: ['computed', 'verified'] }).notNull().default('computed'),
    verifiable: boolean('verifiable').notNull(),
    savingsKwh: numeric('savings_kwh', { mode: 'number' }),
    savingsFraction: doublePrecision('savings_fraction'),
    co2eKg: numeric('co2e_kg', { mode: 'number' }),
    result: jsonb('result').notNull(),
    computedBy: uuid('computed_by'),
    computedAt: instant('computed_at').notNull(),
    verifiedBy: uuid('verified_by'),
    verifiedAt: instant('verified_at'),
    verificationNote: text('verification_note'),
  },
  (t) => [index('impact_analysis_measure_idx').on(t.measureId), index('impact_analysis_verified_idx').on(t.measureId, t.verifiedAt).where(sql`status = 'verified'`)],
);

/**
 * kg CO2e per unit of an energy carrier, from a year on (in force until a later row of the same
 * carrier and unit), with the energy content of the unit and the source.
 */
export const impactEmissionFactor = pgTable(
  'impact_emission_factor',
  {
    id: idColumn(),
    carrier: text('carrier', { enum: ENERGY_CARRIERS }).notNull(),
    unit: text('unit', { enum: METER_UNITS }).notNull(),
    year: integer('year').notNull(),
    kgCo2ePerUnit: numeric('kg_co2e_per_unit', { mode: 'number' }).notNull(),
    kwhPerUnit: numeric('kwh_per_unit', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('impact_emission_factor_key_idx').on(t.carrier, t.unit, t.year)],
);
