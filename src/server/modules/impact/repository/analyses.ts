/** Savings analyses and emission factors. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/types.js';
import { impactAnalysis, impactEmissionFactor } from '../schema.js';

export type AnalysisRow = typeof impactAnalysis.$inferSelect & { computedByName: string | null; verifiedByName: string | null };

const computedByName = sql<string | null>`(select u.name from app_user u where u.id = ${impactAnalysis.computedBy})`;
const verifiedByName = sql<string | null>`(select u.name from app_user u where u.id = ${impactAnalysis.verifiedBy})`;

function withNames(db: Db) {
  return db.select({ a: impactAnalysis, computedByName, verifiedByName }).from(impactAnalysis);
}

export async function insertAnalysis(db: Db, values: typeof impactAnalysis.$inferInsert): Promise<string> {
  const [row] = await db.insert(impactAnalysis).values(values).returning({ id: impactAnalysis.id });
  if (!row) throw new Error('insert impact_analysis returned nothing');
  return row.id;
}

export async function findAnalysis(db: Db, id: string): Promise<AnalysisRow | undefined> {
  const [row] = await withNames(db).where(eq(impactAnalysis.id, id));
  return row ? { ...row.a, computedByName: row.computedByName, verifiedByName: row.verifiedByName } : undefined;
}

export async function listAnalyses(db: Db, measureId: string): Promise<AnalysisRow[]> {
  const found = await withNames(db).where(eq(impactAnalysis.measureId, measureId)).orderBy(desc(impactAnalysis.computedAt));
  return found.map((row) => ({ ...row.a, computedByName: row.computedByName, verifiedByName: row.verifiedByName }));
}

/** Marks a computed analysis verified; false when it was not in the computed state. */
export async function markVerified(db: Db, id: string, values: { verifiedBy: string | null; verifiedAt: Date; note: string | null }): Promise<boolean> {
  const done = await db
    .update(impactAnalysis)
    .set({ status: 'verified', verifiedBy: values.verifiedBy, verifiedAt: values.verifiedAt, verificationNote: values.note })
    .where(and(eq(impactAnalysis.id, id), eq(impactAnalysis.status, 'computed'), eq(impactAnalysis.verifiable, true)))
    .returning({ id: impactAnalysis.id });
  return done.length === 1;
}

export async function deleteAnalysis(db: Db, id: string): Promise<void> {
  await db.delete(impactAnalysis).where(eq(impactAnalysis.id, id));
}

/** Analyses using a meter (a meter with analyses keeps its readings' meaning). */
export async function countAnalysesOfMeter(db: Db, meterId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(impactAnalysis)
    .where(sql`${impactAnalysis.energyMeterId} = ${meterId} or ${impactAnalysis.productionMeterId} = ${meterId} or ${impactAnalysis.temperatureMeterId} = ${meterId}`);
  return Number(row?.n ?? 0);
}

// --- emission factors ----------------------------------------------------------------------------

export type EmissionFactorRow = typeof impactEmissionFactor.$inferSelect;

export async function listEmissionFactors(db: Db): Promise<EmissionFactorRow[]> {
  return db.select().from(impactEmissionFactor).orderBy(asc(impactEmissionFactor.carrier), asc(impactEmissionFactor.unit), desc(impactEmissionFactor.year));
}

export async function findEmissionFactorRow(db: Db, id: string): Promise<EmissionFactorRow | undefined> {
  const [row] = await db.select().from(impactEmissionFactor).where(eq(impactEmissionFactor.id, id));
  return row;
}

export async function findFactorByKey(db: Db, carrier: EmissionFactorRow['carrier'], unit: EmissionFactorRow['unit'], year: number): Promise<EmissionFactorRow | undefined> {
  const [row] = await db
    .select()
    .from(impactEmissionFactor)
    .where(and(eq(impactEmissionFactor.carrier, carrier), eq(impactEmissionFactor.unit, unit), eq(impactEmissionFactor.year, year)));
  return row;
}

export async function insertEmissionFactor(db: Db, values: typeof impactEmissionFactor.$inferInsert): Promise<EmissionFactorRow> {
  const [row] = await db.insert(impactEmissionFactor).values(values).returning();
  if (!row) throw new Error('insert impact_emission_factor returned nothing');
  return row;
}

export async function updateEmissionFactor(db: Db, id: string, values: Partial<typeof impactEmissionFactor.$inferInsert>): Promise<void> {
  await db.update(impactEmissionFactor).set(values).where(eq(impactEmissionFactor.id, id));
}

export async function deleteEmissionFactor(db: Db, id: string): Promise<void> {
  await db.delete(impactEmissionFactor).where(eq(impactEmissionFactor.id, id));
}

export interface VerifiedDetail {
  measureId: string;
  carrier: string;
  savingsKwh: number | null;
  co2eKg: number | null;
  byYear: { year: number; savingsKwh: number | null; co2eKg: number | null }[];
}

/** The latest verified analysis of every measure that has one (dashboards). */
export async function currentVerified(db: Db): Promise<VerifiedDetail[]> {
  const found = await rows<{ measure_id: string; carrier: string; savings_kwh: number | null; co2e_kg: number | null; by_year: VerifiedDetail['byYear'] | null }>(
    db,
    sql`select distinct on (a.measure_id) a.measure_id, a.result->>'carrier' as carrier, a.savings_kwh::float8 as savings_kwh, a.co2e_kg::float8 as co2e_kg,
          a.result->'co2e'->'byYear' as by_year
        from impact_analysis a where a.status = 'verified' order by a.measure_id, a.verified_at desc`,
  );
  return found.map((r) => ({
    measureId: r.measure_id,
    carrier: r.carrier,
    savingsKwh: r.savings_kwh === null ? null : Number(r.savings_kwh),
    co2eKg: r.co2e_kg === null ? null : Number(r.co2e_kg),
    byYear: (typeof r.by_year === 'string' ? (JSON.parse(r.by_year) as VerifiedDetail['byYear']) : r.by_year) ?? [],
  }));
}
