/** Raw materials: catalogue, name mapping, assessment datasets and the parameters staff enter. */
import { z } from 'zod';

export const materialSchema = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameEs: z.string(),
    symbol: z.string().nullable(),
    group: z.string(),
    strategic: z.enum(['yes', 'partly', 'no']),
    critical: z.boolean(),
    batteryChain: z.boolean(),
    memberOf: z.string().nullable(),
    source: z.enum(['catalogue', 'custom']),
    /** Point of Annex II Section 1 of Regulation (EU) 2024/1252 when the material is itself an item. */
    annexIIPoint: z.string().nullable(),
  })
  .meta({ id: 'Material' });
export type MaterialDto = z.infer<typeof materialSchema>;

export const NAME_SOURCES = ['crma', 'srEi', 'globalSupply', 'euSourcing', 'materialUse'] as const;
export const namesBySourceSchema = z.object(Object.fromEntries(NAME_SOURCES.map((s) => [s, z.array(z.string())])) as Record<(typeof NAME_SOURCES)[number], z.ZodArray<z.ZodString>>);

export const materialDetailSchema = materialSchema
  .extend({
    note: z.string().nullable(),
    /** Exact names of this material in the Act's list and in each table of the EU study. */
    names: namesBySourceSchema,
    /** Ids of the catalogue entries that belong to this group (e.g. the light rare earths). */
    members: z.array(z.string()),
  })
  .meta({ id: 'MaterialDetail' });

export const nameMappingRowSchema = z
  .object({
    materialId: z.string(),
    names: namesBySourceSchema,
    /** A study table spells it differently from the Act (or the tables disagree among themselves). */
    mismatch: z.boolean(),
  })
  .meta({ id: 'NameMappingRow' });

export const materialIdParamsSchema = z.object({ id: z.string().min(1).max(60) });
export const datasetParamsSchema = z.object({ datasetId: z.uuid() });

/** A problem found in an input file, translated; `line` is 1-based (the header is line 1). */
export const fileIssueSchema = z
  .object({
    file: z.string(),
    line: z.number().int().nullable(),
    column: z.string().nullable(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })
  .meta({ id: 'FileIssue' });
export type FileIssueDto = z.infer<typeof fileIssueSchema>;

export const datasetSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    assessmentYear: z.number().int(),
    source: z.string(),
    licence: z.string(),
    attribution: z.string(),
    files: z.array(z.string()),
    isCurrent: z.boolean(),
    warningCount: z.number().int(),
    counts: z.object({
      materials: z.number().int(),
      supplyShares: z.number().int(),
      endUses: z.number().int(),
      publishedScores: z.number().int(),
      governance: z.number().int(),
      parameters: z.number().int(),
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'CrmDataset' });
export type DatasetDto = z.infer<typeof datasetSchema>;

export const datasetDetailSchema = datasetSchema.extend({ warnings: z.array(fileIssueSchema) }).meta({ id: 'CrmDatasetDetail' });

const csvText = z.string().max(2_000_000);

export const importEu2023Schema = z.object({
  dryRun: z.boolean().default(false),
  /** Replace the tables of an existing dataset with the same code (its parameters and scenarios stay). */
  replace: z.boolean().default(false),
  /** The four tables by file name; omitted: the tables shipped with Veta. */
  files: z.record(z.string().max(120), csvText).optional(),
});

export const importReportSchema = z
  .object({
    dryRun: z.boolean(),
    committed: z.boolean(),
    datasetId: z.uuid().nullable(),
    /** Rows that were (or, on a dry run, would be) stored, by kind. */
    counts: z.record(z.string(), z.number().int()),
    /** Lines with no value, left as they are (parameter files). */
    unchanged: z.array(z.number().int()),
    warnings: z.array(fileIssueSchema),
    errors: z.array(fileIssueSchema),
  })
  .meta({ id: 'DatasetImportReport' });
export type ImportReportDto = z.infer<typeof importReportSchema>;

export const csvImportSchema = z.object({ csv: csvText, dryRun: z.boolean().default(false) });

export const updateDatasetSchema = z.object({ isCurrent: z.literal(true) });

const sourceText = z.string().trim().min(1).max(500);

export const governanceEntrySchema = z
  .object({
    country: z.string(),
    /** Score entered for this dataset, or null. */
    wgiScaled: z.number().nullable(),
    source: z.string().nullable(),
    illustrative: z.boolean(),
    /** Materials whose share tables list the country. */
    materialCount: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'GovernanceEntry' });

export const setGovernanceSchema = z.object({ wgiScaled: z.number().min(0).max(10), source: sourceText, illustrative: z.boolean().default(false) });
export const countryParamsSchema = datasetParamsSchema.extend({ country: z.string().regex(/^[A-Z]{2}$/) });

export const parameterNameSchema = z.enum(['importReliance', 'eolRir', 'siSr', 'siEi']);
export type ParameterNameDto = z.infer<typeof parameterNameSchema>;

export const parameterValueSchema = z
  .object({ value: z.number(), source: z.string(), illustrative: z.boolean(), updatedAt: z.iso.datetime() })
  .meta({ id: 'ParameterValue' });

export const materialParametersSchema = z
  .object({
    materialId: z.string(),
    importReliance: parameterValueSchema.nullable(),
    eolRir: parameterValueSchema.nullable(),
    siSr: parameterValueSchema.nullable(),
    siEi: parameterValueSchema.nullable(),
  })
  .meta({ id: 'MaterialParameters' });

const share01 = z.number().min(0).max(1);
export const setParametersSchema = z
  .object({
    importReliance: share01.nullable().optional(),
    eolRir: share01.nullable().optional(),
    siSr: share01.nullable().optional(),
    siEi: share01.nullable().optional(),
    source: sourceText,
    illustrative: z.boolean().default(false),
  })
  .describe('Omitted parameters stay as they are; null removes a value.');
export const datasetMaterialParamsSchema = datasetParamsSchema.extend({ materialId: z.string().min(1).max(60) });
