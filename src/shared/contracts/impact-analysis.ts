/**
 * Savings analyses (IPMVP Option C) and the impact dashboards: request and response shapes.
 */
import { z } from 'zod';
import { ENERGY_CARRIERS, MEASURE_CATEGORIES, METER_UNITS } from './impact.js';

/** Baseline models: CalTRACK daily or billing (weather), or production-normalised (industrial). */
export const ANALYSIS_MODELS = ['caltrack_daily', 'caltrack_billing', 'production'] as const;
export type AnalysisModel = (typeof ANALYSIS_MODELS)[number];

const dateString = z.iso.date();
const period = z.object({ start: dateString, end: dateString });

export const analysisOptionsSchema = z.object({
  /** CalTRACK: degree days from the daily mean (CalTRACK default) or from hourly temperatures. */
  degreeDayMethod: z.enum(['dailyMean', 'hourly']).default('dailyMean'),
  /** CalTRACK: also require each slope's p-value < 0.10 (CalTRACK 1.0 screen; 2.0 has none). */
  requireSignificantSlopes: z.boolean().default(false),
  /** Production model: add a heating-degree-day term (needs a temperature meter). */
  useHdd: z.boolean().default(false),
  /** Production model: base temperature of heating degree days, degC. */
  hddBaseC: z.number().min(0).max(30).default(18),
  /** Production model: fit on days or on calendar months. */
  granularity: z.enum(['daily', 'monthly']).default('daily'),
  /** Two-sided confidence level of the savings uncertainty. */
  confidence: z.number().min(0.5).max(0.99).default(0.9),
});
export type AnalysisOptions = z.infer<typeof analysisOptionsSchema>;

export const analysisInputSchema = z.object({
  model: z.enum(ANALYSIS_MODELS),
  energyMeterId: z.uuid(),
  productionMeterId: z.uuid().nullable().optional(),
  temperatureMeterId: z.uuid().nullable().optional(),
  /** [start, end): end is the first day after the baseline. */
  baseline: period,
  /** [start, end): end is the first day after the reporting period. */
  reporting: period,
  options: analysisOptionsSchema.default(analysisOptionsSchema.parse({})),
});
export type AnalysisInput = z.infer<typeof analysisInputSchema>;

export const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
}).meta({ id: 'MvFinding' });
export type FindingDto = z.infer<typeof findingSchema>;

export const coefficientSchema = z.object({
  name: z.string(),
  estimate: z.number(),
  standardError: z.number().nullable(),
  pValue: z.number().nullable(),
});

export const seriesPointSchema = z.object({
  /** Day (YYYY-MM-DD), month (YYYY-MM) or billing period start. */
  t: z.string(),
  days: z.number(),
  predicted: z.number().nullable(),
  metered: z.number().nullable(),
});

export const co2eYearSchema = z.object({
  year: z.number().int(),
  savings: z.number(),
  savingsKwh: z.number().nullable(),
  /** Year of the factor applied (the latest at or before `year`); null when there is none. */
  factorYear: z.number().int().nullable(),
  kgCo2ePerUnit: z.number().nullable(),
  co2eKg: z.number().nullable(),
});

export const analysisResultSchema = z.object({
  unit: z.enum(METER_UNITS),
  carrier: z.enum(ENERGY_CARRIERS),
  findings: z.array(findingSchema),
  model: z
    .object({
      description: z.string(),
      modelType: z.string(),
      coefficients: z.array(coefficientSchema),
      heatingBalancePointC: z.number().nullable(),
      coolingBalancePointC: z.number().nullable(),
      fPValue: z.number().nullable(),
      r2: z.number(),
      adjR2: z.number(),
      n: z.number().int(),
      cvrmse: z.number(),
      nmbe: z.number(),
      valid: z.boolean(),
    })
    .nullable(),
  ashrae: z.object({ pass: z.boolean(), granularity: z.string(), cvrmse: z.number(), nmbe: z.number(), periods: z.number().int() }).nullable(),
  savings: z
    .object({
      baselineProjected: z.number(),
      metered: z.number(),
      savings: z.number(),
      savingsFraction: z.number(),
      fsu: z.number().nullable(),
      uncertainty: z.number().nullable(),
      confidence: z.number(),
      periodsUsed: z.number().int(),
      periodsGiven: z.number().int(),
    })
    .nullable(),
  co2e: z.object({ totalKg: z.number().nullable(), byYear: z.array(co2eYearSchema) }).nullable(),
  /** Baseline fit (observed vs fitted) and reporting projection, for charts. */
  baselineSeries: z.array(seriesPointSchema),
  reportingSeries: z.array(seriesPointSchema),
});
export type AnalysisResult = z.infer<typeof analysisResultSchema>;

export const analysisSchema = z.object({
  id: z.uuid(),
  measureId: z.uuid(),
  model: z.enum(ANALYSIS_MODELS),
  energyMeterId: z.uuid(),
  productionMeterId: z.uuid().nullable(),
  temperatureMeterId: z.uuid().nullable(),
  baseline: period,
  reporting: period,
  options: analysisOptionsSchema,
  status: z.enum(['computed', 'verified']),
  /** Data sufficient, model valid (F-test/R^2, ASHRAE G14) and savings computed: may be verified. */
  verifiable: z.boolean(),
  savingsKwh: z.number().nullable(),
  savingsFraction: z.number().nullable(),
  co2eKg: z.number().nullable(),
  result: analysisResultSchema,
  computedAt: z.iso.datetime(),
  computedBy: z.string().nullable(),
  verifiedAt: z.iso.datetime().nullable(),
  verifiedBy: z.string().nullable(),
  verificationNote: z.string().nullable(),
}).meta({ id: 'SavingsAnalysis' });
export type AnalysisDto = z.infer<typeof analysisSchema>;

export const analysisSummarySchema = analysisSchema.omit({ result: true }).meta({ id: 'SavingsAnalysisSummary' });

export const verifyAnalysisSchema = z.object({ note: z.string().trim().max(2000).optional() });

// --- dashboards ----------------------------------------------------------------------------------

const totals = {
  measures: z.number().int(),
  verifiedMeasures: z.number().int(),
  savingsKwh: z.number(),
  co2eKg: z.number(),
};

const fundingLabels = {
  callCode: z.string(),
  callTitleEs: z.string(),
  callTitleEn: z.string(),
  programmeCode: z.string(),
  programmeName: z.string(),
};

export const impactDashboardSchema = z.object({
  year: z.number().int().nullable(),
  totals: z.object({ ...totals, fundedMeasures: z.number().int(), fundedSavingsKwh: z.number(), fundedCo2eKg: z.number(), organisations: z.number().int() }),
  byCategory: z.array(z.object({ category: z.enum(MEASURE_CATEGORIES), ...totals })),
  /** By NUTS 2 region of the measure's site ('other' when unknown or outside Spain). */
  byRegion: z.array(z.object({ nuts2: z.string(), ...totals })),
  byYear: z.array(z.object({ year: z.number().int(), savingsKwh: z.number(), co2eKg: z.number() })),
  byCarrier: z.array(z.object({ carrier: z.enum(ENERGY_CARRIERS), savingsKwh: z.number(), co2eKg: z.number() })),
  /** Funded measures grouped by award: the recipient, the amount, the call and its programme. */
  byAward: z.array(z.object({ awardId: z.uuid(), ...fundingLabels, organisationName: z.string(), amountCents: z.number().int(), ...totals })),
  /** The same, summed per call (programmes group their calls). */
  byCall: z.array(z.object({ callId: z.uuid(), ...fundingLabels, ...totals })),
}).meta({ id: 'ImpactDashboard' });
export type ImpactDashboard = z.infer<typeof impactDashboardSchema>;

export const dashboardQuerySchema = z.object({
  /** Only savings in this calendar year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  organisationId: z.uuid().optional(),
});
