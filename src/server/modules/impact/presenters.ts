/** Database rows to the API's DTOs (dates as ISO strings). */
import type { AnalysisDto, AnalysisOptions, AnalysisResult } from '../../../shared/contracts/impact-analysis.js';
import type { MeasureDto, MeterDto } from '../../../shared/contracts/impact.js';
import type { AnalysisRow, EmissionFactorRow } from './repository/analyses.js';
import type { SiteTokenRow, UploadRow } from './repository/ingestion.js';
import type { MeasureRow } from './repository/measures.js';
import type { MeterRow } from './repository/meters.js';

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export function presentMeasure(m: MeasureRow): MeasureDto {
  return {
    id: m.id,
    organisationId: m.organisationId,
    organisationName: m.organisationName,
    siteId: m.siteId,
    siteName: m.siteName,
    category: m.category,
    title: m.title,
    description: m.description,
    startDate: m.startDate,
    completedDate: m.completedDate,
    costCents: m.costCents,
    currency: m.currency,
    awardId: m.awardId,
    meterIds: m.meterIds,
    verified: m.verified
      ? {
          analysisId: m.verified.analysisId,
          savingsKwh: Number(m.verified.savingsKwh),
          savingsFraction: Number(m.verified.savingsFraction),
          fsu: m.verified.fsu === null ? null : Number(m.verified.fsu),
          co2eKg: m.verified.co2eKg === null ? null : Number(m.verified.co2eKg),
          reportingStart: String(m.verified.reportingStart).slice(0, 10),
          reportingEnd: String(m.verified.reportingEnd).slice(0, 10),
          verifiedAt: iso(m.verified.verifiedAt) as string,
        }
      : null,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function presentMeter(m: MeterRow, readingCount: number | null = null): MeterDto {
  return {
    id: m.id,
    organisationId: m.organisationId,
    organisationName: m.organisationName,
    siteId: m.siteId,
    siteName: m.siteName,
    code: m.code,
    name: m.name,
    carrier: m.carrier,
    unit: m.unit,
    interval: m.interval,
    timeZone: m.timeZone,
    readingCount,
    firstReadingAt: iso(m.firstReadingAt),
    lastReadingAt: iso(m.lastReadingAt),
    createdAt: m.createdAt.toISOString(),
  };
}

export function presentSiteToken(t: SiteTokenRow) {
  return { id: t.id, siteId: t.siteId, name: t.name, prefix: t.prefix, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) };
}

export function presentUpload(u: UploadRow) {
  return {
    id: u.id,
    siteId: u.siteId,
    filename: u.filename,
    format: u.format,
    size: u.size,
    columns: u.columns,
    preview: u.preview,
    status: u.status,
    createdAt: u.createdAt.toISOString(),
    committedAt: iso(u.committedAt),
    stored: u.stored,
  };
}

export function presentAnalysis(a: AnalysisRow): AnalysisDto {
  return {
    id: a.id,
    measureId: a.measureId,
    model: a.model,
    energyMeterId: a.energyMeterId,
    productionMeterId: a.productionMeterId,
    temperatureMeterId: a.temperatureMeterId,
    baseline: { start: a.baselineStart, end: a.baselineEnd },
    reporting: { start: a.reportingStart, end: a.reportingEnd },
    options: a.options as AnalysisOptions,
    status: a.status,
    verifiable: a.verifiable,
    savingsKwh: a.savingsKwh === null ? null : Number(a.savingsKwh),
    savingsFraction: a.savingsFraction,
    co2eKg: a.co2eKg === null ? null : Number(a.co2eKg),
    result: a.result as AnalysisResult,
    computedAt: a.computedAt.toISOString(),
    computedBy: a.computedByName,
    verifiedAt: iso(a.verifiedAt),
    verifiedBy: a.verifiedByName,
    verificationNote: a.verificationNote,
  };
}

export function presentAnalysisSummary(a: AnalysisRow): Omit<AnalysisDto, 'result'> {
  const { result: _r, ...rest } = presentAnalysis(a);
  return rest;
}

export function presentFactor(f: EmissionFactorRow) {
  return {
    id: f.id,
    carrier: f.carrier,
    unit: f.unit,
    year: f.year,
    kgCo2ePerUnit: Number(f.kgCo2ePerUnit),
    kwhPerUnit: Number(f.kwhPerUnit),
    source: f.source,
    notes: f.notes,
    updatedAt: f.updatedAt.toISOString(),
  };
}
