/** Meter queries. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { organisation, site } from '../../organisations/index.js';
import type { MeterCarrier } from '../../../../shared/contracts/impact.js';
import type { Visibility } from '../policy.js';
import { impactMeter } from '../schema.js';
import { allOf, organisationName, visibleTo } from './common.js';

export type MeterRow = typeof impactMeter.$inferSelect & {
  organisationName: string;
  siteName: string;
  officeId: string | null;
  firstReadingAt: Date | null;
  lastReadingAt: Date | null;
};

// min/max of the primary key (meter_id, start) are index lookups, cheap on any table size.
const firstReading = sql<string | null>`(select min(r.start) from impact_reading r where r.meter_id = ${impactMeter.id})`;
const lastReading = sql<string | null>`(select max(r.start) from impact_reading r where r.meter_id = ${impactMeter.id})`;

function base(db: Db) {
  return db
    .select({ m: impactMeter, organisationName, siteName: site.name, officeId: organisation.officeId, firstReading, lastReading })
    .from(impactMeter)
    .innerJoin(organisation, eq(organisation.id, impactMeter.organisationId))
    .innerJoin(site, eq(site.id, impactMeter.siteId));
}

function toRow(r: { m: typeof impactMeter.$inferSelect; organisationName: string; siteName: string; officeId: string | null; firstReading: string | null; lastReading: string | null }): MeterRow {
  return {
    ...r.m,
    organisationName: r.organisationName,
    siteName: r.siteName,
    officeId: r.officeId,
    firstReadingAt: r.firstReading ? new Date(r.firstReading) : null,
    lastReadingAt: r.lastReading ? new Date(r.lastReading) : null,
  };
}

export interface MeterFilter {
  visibility: Visibility;
  organisationId?: string;
  siteId?: string;
  carrier?: MeterCarrier;
}

export async function listMeters(db: Db, f: MeterFilter): Promise<MeterRow[]> {
  const where = allOf([
    visibleTo(f.visibility, impactMeter.organisationId),
    f.organisationId ? eq(impactMeter.organisationId, f.organisationId) : undefined,
    f.siteId ? eq(impactMeter.siteId, f.siteId) : undefined,
    f.carrier ? eq(impactMeter.carrier, f.carrier) : undefined,
  ]);
  const rows = await base(db).where(where).orderBy(asc(site.name), asc(impactMeter.code));
  return rows.map(toRow);
}

export async function findMeter(db: Db, id: string): Promise<MeterRow | undefined> {
  const [row] = await base(db).where(eq(impactMeter.id, id));
  return row ? toRow(row) : undefined;
}

export async function findMetersByIds(db: Db, ids: readonly string[]): Promise<MeterRow[]> {
  if (ids.length === 0) return [];
  const rows = await base(db).where(inArray(impactMeter.id, [...ids]));
  return rows.map(toRow);
}

export async function findMeterByCode(db: Db, siteId: string, code: string): Promise<typeof impactMeter.$inferSelect | undefined> {
  const [row] = await db.select().from(impactMeter).where(and(eq(impactMeter.siteId, siteId), eq(impactMeter.code, code)));
  return row;
}

/** Every meter of a site, keyed by code (ingestion lookups). */
export async function siteMeters(db: Db, siteId: string): Promise<(typeof impactMeter.$inferSelect)[]> {
  return db.select().from(impactMeter).where(eq(impactMeter.siteId, siteId));
}

export async function insertMeter(db: Db, values: typeof impactMeter.$inferInsert): Promise<string> {
  const [row] = await db.insert(impactMeter).values(values).returning({ id: impactMeter.id });
  if (!row) throw new Error('insert impact_meter returned nothing');
  return row.id;
}

export async function updateMeter(db: Db, id: string, values: Partial<typeof impactMeter.$inferInsert>): Promise<void> {
  await db.update(impactMeter).set(values).where(eq(impactMeter.id, id));
}
