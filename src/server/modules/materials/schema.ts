import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../platform/db/columns.js';
import { appUser } from '../identity/schema.js';
import { organisation } from '../organisations/schema.js';

/**
 * The materials catalogue: the CRMA critical and strategic lists, the EU study's other candidates and
 * the non-critical materials members work with. Catalogue rows are kept in step with
 * `src/shared/materials/` at every start; staff may add `custom` ones.
 */
export const material = pgTable('material', {
  id: text('id').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameEs: text('name_es').notNull(),
  symbol: text('symbol'),
  group: text('group').notNull(),
  strategic: text('strategic', { enum: ['yes', 'partly', 'no'] }).notNull(),
  critical: boolean('critical').notNull(),
  batteryChain: boolean('battery_chain').notNull().default(false),
  memberOf: text('member_of'),
  source: text('source', { enum: ['catalogue', 'custom'] }).notNull().default('catalogue'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const SUPPLY_LIST_VALUES = ['globalSupply', 'euSourcing'] as const;
export const SR_STAGE_VALUES = ['extraction', 'processing'] as const;
export const PARAMETER_NAMES = ['importReliance', 'eolRir', 'siSr', 'siEi'] as const;

/**
 * A criticality assessment dataset (e.g. the EU 2023 study tables): version, source and licence.
 * `revision` changes with every change to the dataset or its parameters (a fresh random token, so
 * that a rolled-back change can never be mistaken for a later one by a process's cache).
 */
export const crmDataset = pgTable(
  'crm_dataset',
  {
    id: idColumn(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    assessmentYear: integer('assessment_year').notNull(),
    source: text('source').notNull(),
    licence: text('licence').notNull(),
    attribution: text('attribution').notNull(),
    files: text('files').array().notNull().default([]),
    /** Code of the NACE sector whose value added scales EI to 10, or null. */
    scalingSector: text('scaling_sector'),
    /** The quirks the importer reported (warnings), as `FileIssue` objects. */
    importWarnings: jsonb('import_warnings').notNull().default([]),
    isCurrent: boolean('is_current').notNull().default(false),
    revision: text('revision').notNull(),
    importedBy: uuid('imported_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('crm_dataset_code_idx').on(t.code), uniqueIndex('crm_dataset_current_idx').on(t.isCurrent).where(sql`is_current`)],
);

const datasetRef = () => uuid('dataset_id').notNull().references(() => crmDataset.id, { onDelete: 'cascade' });
const materialRef = () => text('material_id').notNull().references(() => material.id);

/** NACE Rev. 2 sectors of a dataset with the value added (million EUR) the end-use table gives them. */
export const crmSector = pgTable(
  'crm_sector',
  { datasetId: datasetRef(), code: text('code').notNull(), name: text('name').notNull(), valueAddedMeur: doublePrecision('value_added_meur').notNull() },
  (t) => [primaryKey({ columns: [t.datasetId, t.code] })],
);

/** A country's share of a material's supply at one stage, in one list, with the trade factor t. */
export const crmSupplyShare = pgTable(
  'crm_supply_share',
  {
    datasetId: datasetRef(),
    materialId: materialRef(),
    list: text('list', { enum: SUPPLY_LIST_VALUES }).notNull(),
    stage: text('stage', { enum: SR_STAGE_VALUES }).notNull(),
    country: text('country').notNull(),
    /** Fraction 0..1; null when published only as a bound ("<0.1%"). */
    share: doublePrecision('share'),
    shareRaw: text('share_raw').notNull(),
    tradeT: doublePrecision('trade_t').notNull(),
    sourceFile: text('source_file'),
    sourceLine: integer('source_line'),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.materialId, t.list, t.stage, t.country] }), index('crm_supply_share_country_idx').on(t.datasetId, t.country)],
);

/** One end-use application of a material with its NACE sector and value added, as published. */
export const crmEndUse = pgTable(
  'crm_end_use',
  {
    datasetId: datasetRef(),
    materialId: materialRef(),
    position: integer('position').notNull(),
    application: text('application').notNull(),
    share: doublePrecision('share'),
    shareRaw: text('share_raw').notNull(),
    sectorCode: text('sector_code'),
    sectorName: text('sector_name'),
    valueAddedMeur: doublePrecision('value_added_meur'),
    sourceFile: text('source_file').notNull(),
    sourceLine: integer('source_line').notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.materialId, t.position] })],
);

/** Published SR and EI of a material in an assessment year (null = not assessed). */
export const crmPublishedScore = pgTable(
  'crm_published_score',
  {
    datasetId: datasetRef(),
    materialId: materialRef(),
    year: integer('year').notNull(),
    sr: doublePrecision('sr'),
    ei: doublePrecision('ei'),
    sourceFile: text('source_file').notNull(),
    sourceLine: integer('source_line').notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.materialId, t.year] })],
);

const enteredColumns = () => ({
  source: text('source').notNull(),
  illustrative: boolean('illustrative').notNull().default(false),
  updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/** A governance score (WGI scaled 0..10, 10 worst) entered by staff for a country in a dataset. */
export const crmGovernance = pgTable(
  'crm_governance',
  { datasetId: datasetRef(), country: text('country').notNull(), wgiScaled: doublePrecision('wgi_scaled').notNull(), ...enteredColumns() },
  (t) => [primaryKey({ columns: [t.datasetId, t.country] })],
);

/** A material parameter (IR, EoL-RIR, SI_SR, SI_EI; 0..1) entered by staff for a dataset. */
export const crmParameter = pgTable(
  'crm_parameter',
  {
    datasetId: datasetRef(),
    materialId: materialRef(),
    parameter: text('parameter', { enum: PARAMETER_NAMES }).notNull(),
    value: doublePrecision('value').notNull(),
    ...enteredColumns(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.materialId, t.parameter] })],
);

/** A named what-if: changes to shares, trade factors, governance or parameters of a dataset. */
export const crmScenario = pgTable(
  'crm_scenario',
  {
    id: idColumn(),
    datasetId: datasetRef(),
    name: text('name').notNull(),
    description: text('description'),
    /** The changes, as the engine's `ScenarioChange` objects (validated on every write). */
    changes: jsonb('changes').notNull(),
    /** Visible to every cluster role (otherwise to its author and the cluster's staff). */
    shared: boolean('shared').notNull().default(false),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('crm_scenario_dataset_idx').on(t.datasetId)],
);

export const CAPACITY_SCOPES = ['eu', 'spain', 'organisation'] as const;
export const CAPACITY_STAGES = ['extraction', 'processing', 'recycling', 'diversification'] as const;

/**
 * A capacity figure for the CRMA Art. 5 tracker: the EU's (or Spain's, or a member's) extraction,
 * processing or recycling capacity for a material as a share of EU annual consumption and/or in
 * tonnes a year; `diversification` is the share of EU consumption supplied by one third country.
 */
export const crmCapacityFigure = pgTable(
  'crm_capacity_figure',
  {
    id: idColumn(),
    materialId: materialRef(),
    scope: text('scope', { enum: CAPACITY_SCOPES }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: CAPACITY_STAGES }).notNull(),
    share: doublePrecision('share'),
    tonnes: doublePrecision('tonnes'),
    /** The third country of a diversification figure (ISO alpha-2). */
    country: text('country'),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    note: text('note'),
    illustrative: boolean('illustrative').notNull().default(false),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('crm_capacity_material_idx').on(t.materialId)],
);
