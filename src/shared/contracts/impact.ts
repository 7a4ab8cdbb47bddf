/**
 * Request and response shapes of the impact module: measures, meters, readings (upload, HTTP batch,
 * MQTT), site ingestion tokens and emission factors. Savings analyses and dashboards are in
 * `impact-analysis.ts`.
 */
import { z } from 'zod';

/** Measure categories (DOMAIN.md section 6). */
export const MEASURE_CATEGORIES = ['energy_efficiency', 'circular_economy', 'environmental_protection', 'digitalisation'] as const;
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number];

/** What a meter measures: an energy carrier, production, or outdoor temperature. */
export const METER_CARRIERS = ['electricity', 'gas', 'diesel', 'production', 'temperature'] as const;
export type MeterCarrier = (typeof METER_CARRIERS)[number];

/** Carriers whose use a measure saves (the others are drivers of a model). */
export const ENERGY_CARRIERS = ['electricity', 'gas', 'diesel'] as const;
export type EnergyCarrier = (typeof ENERGY_CARRIERS)[number];

export const METER_UNITS = ['kWh', 'm3', 'l', 't', 'degC', 'degF'] as const;
export type MeterUnit = (typeof METER_UNITS)[number];

/** The units each carrier may be metered in. */
export const UNITS_BY_CARRIER: Record<MeterCarrier, readonly MeterUnit[]> = {
  electricity: ['kWh'],
  gas: ['kWh', 'm3'],
  diesel: ['l'],
  production: ['t'],
  temperature: ['degC', 'degF'],
};

/** Reading intervals: 15 minutes, hourly, daily, or monthly bills (each reading has its own end). */
export const METER_INTERVALS = ['15min', 'hourly', 'daily', 'monthly'] as const;
export type MeterInterval = (typeof METER_INTERVALS)[number];

/** Minutes of a fixed interval (monthly bills have none). */
export const INTERVAL_MINUTES: Record<MeterInterval, number | null> = { '15min': 15, hourly: 60, daily: 1440, monthly: null };

export const READING_SOURCES = ['upload', 'api', 'mqtt', 'demo'] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

const dateString = z.iso.date();
const code = z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/);

// --- organisations and sites (read from the registry) ---------------------------------------------

export const impactSiteSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string().nullable(),
  provinceCode: z.string().nullable(),
  nutsCode: z.string().nullable(),
  country: z.string(),
}).meta({ id: 'ImpactSite' });

export const impactOrganisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  officeId: z.uuid().nullable(),
  sites: z.array(impactSiteSchema),
}).meta({ id: 'ImpactOrganisation' });

/** An award an organisation received, to link a measure to the money behind it. */
export const impactAwardSchema = z.object({
  id: z.uuid(),
  callCode: z.string(),
  callTitleEs: z.string(),
  callTitleEn: z.string(),
  programmeName: z.string(),
  amountCents: z.number().int(),
}).meta({ id: 'ImpactAward' });

// --- measures ------------------------------------------------------------------------------------

export const verifiedSavingsSchema = z.object({
  analysisId: z.uuid(),
  savingsKwh: z.number(),
  savingsFraction: z.number(),
  fsu: z.number().nullable(),
  co2eKg: z.number().nullable(),
  reportingStart: dateString,
  reportingEnd: dateString,
  verifiedAt: z.iso.datetime(),
}).meta({ id: 'VerifiedSavings' });

export const measureSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  category: z.enum(MEASURE_CATEGORIES),
  title: z.string(),
  description: z.string(),
  startDate: dateString,
  completedDate: dateString.nullable(),
  costCents: z.number().int().nullable(),
  currency: z.string(),
  awardId: z.uuid().nullable(),
  meterIds: z.array(z.uuid()),
  verified: verifiedSavingsSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}).meta({ id: 'Measure' });
export type MeasureDto = z.infer<typeof measureSchema>;

const measureFields = {
  category: z.enum(MEASURE_CATEGORIES),
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(''),
  startDate: dateString,
  completedDate: dateString.nullable().optional(),
  costCents: z.number().int().min(0).max(1e13).nullable().optional(),
  awardId: z.uuid().nullable().optional(),
  meterIds: z.array(z.uuid()).max(50).optional(),
};

export const measureInputSchema = z.object({ organisationId: z.uuid(), siteId: z.uuid(), ...measureFields });
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const measureUpdateSchema = z.object({
  siteId: z.uuid().optional(),
  category: measureFields.category.optional(),
  title: measureFields.title.optional(),
  description: z.string().trim().max(5000).optional(),
  startDate: dateString.optional(),
  completedDate: measureFields.completedDate,
  costCents: measureFields.costCents,
  awardId: measureFields.awardId,
  meterIds: measureFields.meterIds,
});
export type MeasureUpdate = z.infer<typeof measureUpdateSchema>;

export const measureQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.enum(MEASURE_CATEGORIES).optional(),
  organisationId: z.uuid().optional(),
  siteId: z.uuid().optional(),
  funded: z.enum(['yes', 'no']).optional(),
  verified: z.enum(['yes', 'no']).optional(),
});

// --- meters and readings -------------------------------------------------------------------------

export const meterSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  code: z.string(),
  name: z.string(),
  carrier: z.enum(METER_CARRIERS),
  unit: z.enum(METER_UNITS),
  interval: z.enum(METER_INTERVALS),
  timeZone: z.string(),
  /** Stored readings (one meter's detail only; null in lists). */
  readingCount: z.number().int().nullable(),
  firstReadingAt: z.iso.datetime().nullable(),
  lastReadingAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'Meter' });
export type MeterDto = z.infer<typeof meterSchema>;

export const meterInputSchema = z.object({
  siteId: z.uuid(),
  code,
  name: z.string().trim().min(2).max(120),
  carrier: z.enum(METER_CARRIERS),
  unit: z.enum(METER_UNITS),
  interval: z.enum(METER_INTERVALS),
  timeZone: z.string().trim().min(3).max(64).default('Europe/Madrid'),
});
export type MeterInput = z.infer<typeof meterInputSchema>;

export const meterUpdateSchema = z.object({ name: meterInputSchema.shape.name.optional(), timeZone: z.string().trim().min(3).max(64).optional() });

export const meterQuerySchema = z.object({
  organisationId: z.uuid().optional(),
  siteId: z.uuid().optional(),
  carrier: z.enum(METER_CARRIERS).optional(),
});

export const RESOLUTIONS = ['raw', 'hour', 'day', 'month'] as const;
export const readingQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  resolution: z.enum(RESOLUTIONS).default('day'),
});

export const readingPointSchema = z.object({
  /** Start of the point (the reading, or the local hour/day/month). */
  t: z.iso.datetime(),
  /** Sum over the point (energy, production) or mean (temperature). */
  value: z.number(),
  /** Readings in the point. */
  count: z.number().int(),
});

export const readingSeriesSchema = z.object({
  meterId: z.uuid(),
  unit: z.enum(METER_UNITS),
  resolution: z.enum(RESOLUTIONS),
  aggregate: z.enum(['sum', 'mean']),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  points: z.array(readingPointSchema),
  /** True when the raw series was cut at the point limit. */
  truncated: z.boolean(),
}).meta({ id: 'ReadingSeries' });

export const meterQualitySchema = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  readings: z.number().int(),
  /** Readings a complete series would have (fixed intervals only). */
  expected: z.number().int().nullable(),
  gaps: z.array(z.object({ from: z.iso.datetime(), to: z.iso.datetime(), missing: z.number().int() })),
  gapCount: z.number().int(),
  outliers: z.array(z.object({ start: z.iso.datetime(), value: z.number() })),
  outlierCount: z.number().int(),
  outlierThreshold: z.number().nullable(),
  negatives: z.number().int(),
}).meta({ id: 'MeterQuality' });

// --- ingestion: site tokens and the HTTP batch API -----------------------------------------------

export const siteTokenSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
}).meta({ id: 'SiteToken' });

export const createdSiteTokenSchema = siteTokenSchema.extend({ secret: z.string() }).meta({ id: 'CreatedSiteToken' });
export const siteTokenInputSchema = z.object({ name: z.string().trim().min(2).max(80) });

/** Readings one HTTP batch request may carry. */
export const MAX_BATCH_READINGS = 20_000;

export const batchReadingSchema = z.object({
  /** The meter's code at the token's site. */
  meter: code,
  start: z.iso.datetime({ offset: true }),
  /** Required for monthly bills; otherwise start + the meter's interval. */
  end: z.iso.datetime({ offset: true }).optional(),
  value: z.number().finite(),
});

export const batchIngestSchema = z.object({ readings: z.array(batchReadingSchema).min(1).max(MAX_BATCH_READINGS) });
export type BatchIngest = z.infer<typeof batchIngestSchema>;

export const ingestResultSchema = z.object({
  received: z.number().int(),
  /** New readings stored. */
  stored: z.number().int(),
  /** Readings already stored (same meter and start): kept as they were. */
  duplicates: z.number().int(),
}).meta({ id: 'IngestResult' });

export const telemetryStatusSchema = z.object({
  mode: z.enum(['embedded', 'external', 'off']),
  /** Broker address without credentials. */
  url: z.string().nullable(),
  topic: z.string(),
  connected: z.boolean(),
  startedAt: z.iso.datetime().nullable(),
  messages: z.number().int(),
  readingsStored: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.record(z.string(), z.number().int()),
  lastMessageAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
}).meta({ id: 'TelemetryStatus' });

// --- uploads (CSV / XLSX) ------------------------------------------------------------------------

export const uploadSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  filename: z.string(),
  format: z.enum(['csv', 'xlsx']),
  size: z.number().int(),
  columns: z.array(z.string()),
  preview: z.array(z.array(z.string())),
  status: z.enum(['uploaded', 'committed']),
  createdAt: z.iso.datetime(),
  committedAt: z.iso.datetime().nullable(),
  stored: z.number().int().nullable(),
}).meta({ id: 'ReadingUpload' });

export const TIMESTAMP_FORMATS = ['iso', 'dmy', 'ymd', 'mdy'] as const;

export const importMappingSchema = z.object({
  /** Column with the interval's timestamp. */
  timestampColumn: z.string().min(1).max(200),
  /** Column with the end of each period (monthly bills), optional. */
  endColumn: z.string().min(1).max(200).optional(),
  /** How dates are written: ISO 8601 (offset optional), or day/month/year orders with / - or . */
  timestampFormat: z.enum(TIMESTAMP_FORMATS).default('iso'),
  /** Whether the timestamp marks the start or the end of the interval (many utility exports: end). */
  timestampMarks: z.enum(['start', 'end']).default('start'),
  /** IANA zone of timestamps written without an offset (default: each meter's zone). */
  timeZone: z.string().min(3).max(64).optional(),
  decimalSeparator: z.enum(['.', ',']).default('.'),
  /** Which column feeds which meter of the upload's site. */
  columns: z.array(z.object({ column: z.string().min(1).max(200), meterId: z.uuid() })).min(1).max(20),
}).meta({ id: 'ImportMapping' });
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importProblemSchema = z.object({
  /** 1-based row of the file (the header is row 1). */
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const importReportSchema = z.object({
  uploadId: z.uuid(),
  committed: z.boolean(),
  rows: z.number().int(),
  /** Readings in the file (rows x mapped columns, empty cells excluded). */
  readings: z.number().int(),
  /** Readings not yet stored. */
  newReadings: z.number().int(),
  /** Readings already stored with the same value. */
  duplicates: z.number().int(),
  /** Readings already stored with another value (the stored one is kept). */
  conflicts: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  problems: z.array(importProblemSchema),
  /** True when more problems were found than `problems` lists. */
  truncated: z.boolean(),
  stored: z.number().int(),
}).meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;

// --- emission factors ----------------------------------------------------------------------------

export const emissionFactorSchema = z.object({
  id: z.uuid(),
  carrier: z.enum(ENERGY_CARRIERS),
  unit: z.enum(METER_UNITS),
  /** First year the factor applies; it stays in force until a later row for the same carrier and unit. */
  year: z.number().int(),
  kgCo2ePerUnit: z.number(),
  /** Energy content of one unit in kWh (1 for kWh), to add up savings across carriers. */
  kwhPerUnit: z.number(),
  source: z.string(),
  notes: z.string().nullable(),
  updatedAt: z.iso.datetime(),
}).meta({ id: 'EmissionFactor' });

export const emissionFactorInputSchema = z.object({
  carrier: z.enum(ENERGY_CARRIERS),
  unit: z.enum(METER_UNITS),
  year: z.number().int().min(1990).max(2100),
  kgCo2ePerUnit: z.number().min(0).max(100),
  kwhPerUnit: z.number().positive().max(1000),
  source: z.string().trim().min(3).max(500),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type EmissionFactorInput = z.infer<typeof emissionFactorInputSchema>;
