/** Small lookups the CLI operations need (the demo quarry's site, meters and measure). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.js';
import { site } from '../organisations/index.js';
import { impactMeasure, impactMeasureMeter } from './schema.js';
import { listMeters, type MeterRow } from './repository/meters.js';
import { startOfLocalDay } from '../../../engines/mv/index.js';

export async function siteOfOrganisation(db: Db, organisationId: string, name?: string): Promise<string | null> {
  const cond = name ? and(eq(site.organisationId, organisationId), eq(site.name, name)) : eq(site.organisationId, organisationId);
  const [row] = await db.select({ id: site.id }).from(site).where(cond).orderBy(asc(site.createdAt));
  return row?.id ?? null;
}

export async function siteMetersOf(db: Db, siteId: string): Promise<MeterRow[]> {
  return listMeters(db, { visibility: { kind: 'all' }, siteId });
}

/** The first measure that uses a meter, with the instant its installation was complete. */
export async function findMeasureByMeter(db: Db, meterId: string): Promise<{ id: string; completedAt: number } | null> {
  const [row] = await db
    .select({ id: impactMeasure.id, completed: sql<string>`coalesce(${impactMeasure.completedDate}, ${impactMeasure.startDate})::text` })
    .from(impactMeasure)
    .innerJoin(impactMeasureMeter, and(eq(impactMeasureMeter.measureId, impactMeasure.id), eq(impactMeasureMeter.meterId, meterId)))
    .orderBy(asc(impactMeasure.startDate))
    .limit(1);
  return row ? { id: row.id, completedAt: startOfLocalDay(row.completed, 'Europe/Madrid') } : null;
}
