/** Measure queries. */
import { asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { organisation, site } from '../../organisations/index.js';
import type { MeasureCategory } from '../../../../shared/contracts/impact.js';
import type { Visibility } from '../policy.js';
import { impactMeasure, impactMeasureMeter } from '../schema.js';
import { allOf, organisationName, visibleTo } from './common.js';

export interface VerifiedRow {
  analysisId: string;
  savingsKwh: number;
  savingsFraction: number;
  fsu: number | null;
  co2eKg: number | null;
  reportingStart: string;
  reportingEnd: string;
  verifiedAt: string;
}

export type MeasureRow = typeof impactMeasure.$inferSelect & {
  organisationName: string;
  siteName: string;
  officeId: string | null;
  nutsCode: string | null;
  meterIds: string[];
  verified: VerifiedRow | null;
};

const meterIds = sql<string[]>`coalesce((select array_agg(mm.meter_id::text order by mm.meter_id) from impact_measure_meter mm where mm.measure_id = ${impactMeasure.id}), '{}')`;

/** The latest verified analysis of the measure, as JSON. */
const verified = sql<VerifiedRow | null>`(
  select json_build_object(
    'analysisId', a.id, 'savingsKwh', a.savings_kwh::float8, 'savingsFraction', a.savings_fraction,
    'fsu', (a.result->'savings'->>'fsu')::float8, 'co2eKg', a.co2e_kg::float8,
    'reportingStart', a.reporting_start, 'reportingEnd', a.reporting_end, 'verifiedAt', a.verified_at)
  from impact_analysis a where a.measure_id = ${impactMeasure.id} and a.status = 'verified'
  order by a.verified_at desc limit 1)`;

const columns = {
  m: impactMeasure,
  organisationName,
  siteName: site.name,
  officeId: organisation.officeId,
  nutsCode: site.nutsCode,
  meterIds,
  verified,
};

function base(db: Db) {
  return db.select(columns).from(impactMeasure).innerJoin(organisation, eq(organisation.id, impactMeasure.organisationId)).innerJoin(site, eq(site.id, impactMeasure.siteId));
}

type Selected = { m: typeof impactMeasure.$inferSelect; organisationName: string; siteName: string; officeId: string | null; nutsCode: string | null; meterIds: string[]; verified: VerifiedRow | null };

function toRow(r: Selected): MeasureRow {
  return { ...r.m, organisationName: r.organisationName, siteName: r.siteName, officeId: r.officeId, nutsCode: r.nutsCode, meterIds: r.meterIds, verified: r.verified };
}

export interface MeasureFilter {
  visibility: Visibility;
  /** Normalised search text (lower case, no accents). */
  q?: string;
  category?: MeasureCategory;
  organisationId?: string;
  siteId?: string;
  funded?: 'yes' | 'no';
  verified?: 'yes' | 'no';
  limit: number;
  offset: number;
}

function conditions(f: Omit<MeasureFilter, 'limit' | 'offset'>): SQL | undefined {
  const hasVerified = sql`exists (select 1 from impact_analysis a where a.measure_id = ${impactMeasure.id} and a.status = 'verified')`;
  return allOf([
    visibleTo(f.visibility, impactMeasure.organisationId),
    f.q ? sql`(${impactMeasure.searchText} like ${`%${f.q}%`} or ${f.q} <% ${impactMeasure.searchText})` : undefined,
    f.category ? eq(impactMeasure.category, f.category) : undefined,
    f.organisationId ? eq(impactMeasure.organisationId, f.organisationId) : undefined,
    f.siteId ? eq(impactMeasure.siteId, f.siteId) : undefined,
    f.funded === 'yes' ? sql`${impactMeasure.awardId} is not null` : f.funded === 'no' ? sql`${impactMeasure.awardId} is null` : undefined,
    f.verified === 'yes' ? hasVerified : f.verified === 'no' ? sql`not ${hasVerified}` : undefined,
  ]);
}

export async function listMeasures(db: Db, f: MeasureFilter): Promise<{ items: MeasureRow[]; total: number }> {
  const where = conditions(f);
  const rows = await base(db).where(where).orderBy(desc(impactMeasure.startDate), asc(impactMeasure.title)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(impactMeasure).where(where);
  return { items: rows.map(toRow), total: total?.n ?? 0 };
}

/** Every measure the visibility allows (dashboards, exports). */
export async function allMeasures(db: Db, f: Omit<MeasureFilter, 'limit' | 'offset'>): Promise<MeasureRow[]> {
  const rows = await base(db).where(conditions(f)).orderBy(desc(impactMeasure.startDate), asc(impactMeasure.title));
  return rows.map(toRow);
}

export async function findMeasure(db: Db, id: string): Promise<MeasureRow | undefined> {
  const [row] = await base(db).where(eq(impactMeasure.id, id));
  return row ? toRow(row) : undefined;
}

export async function insertMeasure(db: Db, values: typeof impactMeasure.$inferInsert): Promise<string> {
  const [row] = await db.insert(impactMeasure).values(values).returning({ id: impactMeasure.id });
  if (!row) throw new Error('insert impact_measure returned nothing');
  return row.id;
}

export async function updateMeasure(db: Db, id: string, values: Partial<typeof impactMeasure.$inferInsert>): Promise<void> {
  await db.update(impactMeasure).set(values).where(eq(impactMeasure.id, id));
}

export async function deleteMeasure(db: Db, id: string): Promise<void> {
  await db.delete(impactMeasure).where(eq(impactMeasure.id, id));
}

export async function setMeasureMeters(db: Db, measureId: string, meterIds: readonly string[]): Promise<void> {
  await db.delete(impactMeasureMeter).where(eq(impactMeasureMeter.measureId, measureId));
  if (meterIds.length) await db.insert(impactMeasureMeter).values([...new Set(meterIds)].map((meterId) => ({ measureId, meterId })));
}
