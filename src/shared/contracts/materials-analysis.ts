/** Raw materials: criticality assessment, figures with formulas, what-if scenarios. */
import { z } from 'zod';
import { materialParametersSchema } from './materials.js';

export const srStageSchema = z.enum(['extraction', 'processing']);
export const supplyListSchema = z.enum(['globalSupply', 'euSourcing']);

export const missingInputSchema = z
  .object({
    kind: z.enum(['governance', 'importReliance', 'eolRir', 'siSr', 'siEi', 'supplyShares', 'endUse', 'scalingSector', 'material']),
    materialId: z.string().optional(),
    stage: srStageSchema.optional(),
    list: supplyListSchema.optional(),
    country: z.string().optional(),
    reason: z.string(),
  })
  .meta({ id: 'MissingInput' });
export type MissingInputDto = z.infer<typeof missingInputSchema>;

export const stageValuesSchema = z
  .object({
    stage: srStageSchema,
    hhiGs: z.number().nullable(),
    hhiEu: z.number().nullable(),
    concentrationGs: z.number().nullable(),
    concentrationEu: z.number().nullable(),
    sr: z.number().nullable(),
  })
  .meta({ id: 'StageValues' });

/** SR and EI as numbers (null where an input is missing). */
export const materialValuesSchema = z
  .object({
    sr: z.number().nullable(),
    ei: z.number().nullable(),
    eiScaled: z.number().nullable(),
    stages: z.array(stageValuesSchema),
    critical: z.boolean().nullable(),
    illustrative: z.boolean(),
    missing: z.array(missingInputSchema),
  })
  .meta({ id: 'MaterialValues' });
export type MaterialValuesDto = z.infer<typeof materialValuesSchema>;

export const publishedValuesSchema = z
  .object({ year: z.number().int(), sr: z.number().nullable(), ei: z.number().nullable(), critical: z.boolean().nullable() })
  .meta({ id: 'PublishedValues' });

export const assessmentRowSchema = z
  .object({ materialId: z.string(), computed: materialValuesSchema, published: publishedValuesSchema.nullable() })
  .meta({ id: 'AssessmentRow' });

/** The thresholds applied to the published table and compared with the Act's Annex II. */
export const classificationCheckSchema = z
  .object({
    year: z.number().int(),
    assessed: z.number().int(),
    passing: z.array(z.string()),
    /** Strategic materials on the Act's critical list without passing the thresholds (copper, nickel). */
    addedAsStrategic: z.array(z.string()),
    actCritical: z.array(z.string()),
    matchesAct: z.boolean(),
    passingNotInAct: z.array(z.string()),
    actNotCovered: z.array(z.string()),
  })
  .meta({ id: 'ClassificationCheck' });

export const assessmentSchema = z
  .object({
    datasetId: z.uuid(),
    assessmentYear: z.number().int(),
    thresholds: z.object({ sr: z.number(), ei: z.number() }),
    rows: z.array(assessmentRowSchema),
    check: classificationCheckSchema,
  })
  .meta({ id: 'Assessment' });

/** A computed value with its formula (numbers substituted) and inputs, for the "how is this computed" view. */
export const figureSchema = z
  .object({
    symbol: z.string(),
    value: z.number().nullable(),
    formula: z.string(),
    inputs: z.array(z.object({ symbol: z.string(), value: z.number().nullable(), note: z.string().optional() })),
    missing: z.array(missingInputSchema),
    illustrative: z.boolean(),
  })
  .meta({ id: 'Figure' });
export type FigureDto = z.infer<typeof figureSchema>;

export const stageFiguresSchema = z
  .object({ stage: srStageSchema, sr: figureSchema, hhiGs: figureSchema, hhiEu: figureSchema, concentrationGs: figureSchema, concentrationEu: figureSchema })
  .meta({ id: 'StageFigures' });

export const materialFiguresSchema = z
  .object({
    sr: figureSchema,
    stages: z.array(stageFiguresSchema),
    ei: figureSchema,
    eiSum: figureSchema,
    eiScaled: figureSchema,
    impliedSiEi: figureSchema.nullable(),
    classification: z.string().nullable(),
  })
  .meta({ id: 'MaterialFigures' });
export type MaterialFiguresDto = z.infer<typeof materialFiguresSchema>;

export const shareRowSchema = z
  .object({ country: z.string(), share: z.number().nullable(), shareRaw: z.string(), t: z.number(), line: z.number().int().nullable() })
  .meta({ id: 'ShareRow' });

const stageShares = z.object({ extraction: z.array(shareRowSchema).optional(), processing: z.array(shareRowSchema).optional() });

export const endUseRowSchema = z
  .object({
    application: z.string(),
    share: z.number().nullable(),
    shareRaw: z.string(),
    sectorCode: z.string().nullable(),
    sectorName: z.string().nullable(),
    valueAddedMeur: z.number().nullable(),
    line: z.number().int(),
  })
  .meta({ id: 'EndUseRow' });

export const materialAssessmentSchema = z
  .object({
    datasetId: z.uuid(),
    materialId: z.string(),
    inDataset: z.boolean(),
    values: materialValuesSchema,
    figures: materialFiguresSchema,
    published: publishedValuesSchema.nullable(),
    history: z.array(z.object({ year: z.number().int(), sr: z.number().nullable(), ei: z.number().nullable() })),
    supply: z.object({ globalSupply: stageShares, euSourcing: stageShares }),
    endUses: z.array(endUseRowSchema),
    parameters: materialParametersSchema,
  })
  .meta({ id: 'MaterialAssessment' });

export const eiReportRowSchema = z
  .object({
    materialId: z.string(),
    status: z.enum(['compared', 'no-end-use', 'no-published-ei']),
    scaled: z.number().nullable(),
    published: z.number().nullable(),
    impliedSiEi: z.number().nullable(),
  })
  .meta({ id: 'EiReportRow' });

const countryCode = z.string().regex(/^[A-Z]{2}$/);
const share01 = z.number().min(0).max(1);
const tradeFactor = z.number().positive().max(10);

export const scenarioChangeSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('share'), materialId: z.string(), stage: srStageSchema, list: supplyListSchema, country: countryCode, share: share01, t: tradeFactor.optional() }),
    z.object({ kind: z.literal('trade'), materialId: z.string(), stage: srStageSchema, list: supplyListSchema.optional(), country: countryCode, t: tradeFactor }),
    z.object({ kind: z.literal('parameter'), materialId: z.string(), parameter: z.enum(['importReliance', 'eolRir', 'siSr', 'siEi']), value: share01 }),
    z.object({ kind: z.literal('governance'), country: countryCode, wgiScaled: z.number().min(0).max(10) }),
  ])
  .meta({ id: 'ScenarioChange' });
export type ScenarioChangeDto = z.infer<typeof scenarioChangeSchema>;

export const whatIfSchema = z.object({
  datasetId: z.uuid(),
  changes: z.array(scenarioChangeSchema).min(1).max(200),
  /** Also return the figures (formulas) of this material before and after. */
  explain: z.string().max(60).optional(),
});

export const comparisonSchema = z
  .object({ materialId: z.string(), before: materialValuesSchema, after: materialValuesSchema, published: publishedValuesSchema.nullable() })
  .meta({ id: 'ScenarioComparison' });

export const whatIfResultSchema = z
  .object({
    comparisons: z.array(comparisonSchema),
    explained: z.object({ materialId: z.string(), before: materialFiguresSchema, after: materialFiguresSchema }).nullable(),
  })
  .meta({ id: 'WhatIfResult' });

export const scenarioInputSchema = z.object({
  datasetId: z.uuid(),
  name: z.string().trim().min(2).max(120),
  description: z.string().trim().max(2000).nullable().default(null),
  changes: z.array(scenarioChangeSchema).min(1).max(200),
  shared: z.boolean().default(false),
});

export const scenarioSchema = z
  .object({
    id: z.uuid(),
    datasetId: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    changes: z.array(scenarioChangeSchema),
    shared: z.boolean(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    mine: z.boolean(),
    canEdit: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Scenario' });

export const scenarioWithResultSchema = scenarioSchema.extend({ result: whatIfResultSchema }).meta({ id: 'ScenarioWithResult' });

