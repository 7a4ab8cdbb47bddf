/** Raw materials along the value chain: CRMA benchmarks tracker, member coverage, battery chain. */
import { z } from 'zod';
import { VALUE_CHAIN_STAGES } from '../value-chain.js';
import { publishedValuesSchema, materialValuesSchema } from './materials-analysis.js';

export const capacityScopeSchema = z.enum(['eu', 'spain', 'organisation']);
export const capacityStageSchema = z.enum(['extraction', 'processing', 'recycling', 'diversification']);

export const capacityFigureInputSchema = z.object({
  materialId: z.string().min(1).max(60),
  scope: capacityScopeSchema,
  organisationId: z.uuid().nullable().default(null),
  stage: capacityStageSchema,
  /** Share of EU annual consumption, 0..1. */
  share: z.number().min(0).max(1).nullable().default(null),
  /** Capacity in tonnes a year. */
  tonnes: z.number().min(0).max(1e10).nullable().default(null),
  /** For `diversification`: the third country (ISO alpha-2). */
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  year: z.number().int().min(1990).max(2100),
  source: z.string().trim().min(1).max(500),
  note: z.string().trim().max(1000).nullable().default(null),
  illustrative: z.boolean().default(false),
});

export const capacityFigureSchema = z
  .object({
    id: z.uuid(),
    materialId: z.string(),
    scope: capacityScopeSchema,
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    stage: capacityStageSchema,
    share: z.number().nullable(),
    tonnes: z.number().nullable(),
    country: z.string().nullable(),
    year: z.number().int(),
    source: z.string(),
    note: z.string().nullable(),
    illustrative: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'CapacityFigure' });
export type CapacityFigureDto = z.infer<typeof capacityFigureSchema>;

export const crmaBenchmarkSchema = z
  .object({ id: z.string(), article: z.string(), stage: z.string(), threshold: z.number(), direction: z.enum(['min', 'max']), targetYear: z.number().int() })
  .meta({ id: 'CrmaBenchmark' });

export const benchmarkCheckSchema = z
  .object({
    benchmarkId: z.string(),
    value: z.number().nullable(),
    threshold: z.number(),
    direction: z.enum(['min', 'max']),
    met: z.boolean().nullable(),
    margin: z.number().nullable(),
    formula: z.string(),
    /** The EU figure the check used (latest year). */
    figure: capacityFigureSchema.nullable(),
  })
  .meta({ id: 'BenchmarkCheck' });

export const trackerRowSchema = z
  .object({
    materialId: z.string(),
    strategic: z.enum(['yes', 'partly']),
    checks: z.array(benchmarkCheckSchema),
    spain: z.array(capacityFigureSchema),
    organisations: z.array(capacityFigureSchema),
    history: z.array(capacityFigureSchema),
  })
  .meta({ id: 'TrackerRow' });

export const trackerSchema = z.object({ benchmarks: z.array(crmaBenchmarkSchema), rows: z.array(trackerRowSchema) }).meta({ id: 'CrmaTracker' });

export const valueChainStageSchema = z.enum(VALUE_CHAIN_STAGES);
export const coverageScopeSchema = z.enum(['crma', 'strategic', 'battery', 'mapped', 'all']);

export const coverageMemberSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'CoverageMember' });

export const coverageCellSchema = z
  .object({
    stage: valueChainStageSchema,
    members: z.array(coverageMemberSchema),
    /** Members the viewer may not see by name (not in the public directory). */
    hiddenCount: z.number().int(),
  })
  .meta({ id: 'CoverageCell' });

export const coverageRowSchema = z
  .object({
    materialId: z.string(),
    cells: z.array(coverageCellSchema),
    memberCount: z.number().int(),
    /** Stages along the material's path with no member at all. */
    gaps: z.array(valueChainStageSchema),
  })
  .meta({ id: 'CoverageRow' });

export const coverageSchema = z
  .object({
    scope: coverageScopeSchema,
    stages: z.array(valueChainStageSchema),
    gapStages: z.array(valueChainStageSchema),
    rows: z.array(coverageRowSchema),
    activeMembers: z.number().int(),
    mappedMembers: z.number().int(),
  })
  .meta({ id: 'Coverage' });

export const coverageQuerySchema = z.object({ scope: coverageScopeSchema.default('crma') });
export const coverageExportQuerySchema = coverageQuerySchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(['es', 'en']).optional() });

export const materialMemberSchema = z
  .object({ id: z.uuid(), name: z.string(), stages: z.array(valueChainStageSchema) })
  .meta({ id: 'MaterialMember' });
export const materialMembersSchema = z.object({ members: z.array(materialMemberSchema), hiddenCount: z.number().int() }).meta({ id: 'MaterialMembers' });

export const batteryTargetSchema = z
  .object({
    provision: z.string(),
    materialOrCategory: z.string(),
    materialIds: z.array(z.string()),
    metric: z.string(),
    share: z.number().nullable(),
    requirement: z.string().nullable(),
    date: z.iso.date(),
    sourceUrl: z.string(),
  })
  .meta({ id: 'BatteryTarget' });

export const topSupplierSchema = z.object({ country: z.string(), share: z.number() });

export const batteryMaterialSchema = z
  .object({
    materialId: z.string(),
    strategic: z.enum(['yes', 'partly', 'no']),
    critical: z.boolean(),
    computed: materialValuesSchema.nullable(),
    published: publishedValuesSchema.nullable(),
    topSuppliers: z.object({
      extraction: z.array(topSupplierSchema),
      processing: z.array(topSupplierSchema),
    }),
    targets: z.array(batteryTargetSchema),
    /** Members per platform stage (battery sub-stages share "manufacturing"). */
    coverage: z.array(z.object({ stage: valueChainStageSchema, members: z.array(coverageMemberSchema), hiddenCount: z.number().int() })),
  })
  .meta({ id: 'BatteryMaterial' });

export const batteryViewSchema = z
  .object({
    datasetId: z.uuid().nullable(),
    /** The battery chain's stages and the platform stage each maps to. */
    stages: z.array(z.object({ id: z.string(), platformStage: valueChainStageSchema })),
    materials: z.array(batteryMaterialSchema),
    categoryTargets: z.array(batteryTargetSchema),
  })
  .meta({ id: 'BatteryView' });

export const optionalDatasetQuerySchema = z.object({ datasetId: z.uuid().optional() });
