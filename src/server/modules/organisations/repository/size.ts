/** Size figures, holdings and SME assessments. */
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { organisation, organisationRelation, organisationYear, smeAssessment } from '../schema.js';
import { registryChanged } from './version.js';

export type YearRow = typeof organisationYear.$inferSelect;
export type RelationRow = typeof organisationRelation.$inferSelect;
export type AssessmentRow = typeof smeAssessment.$inferSelect;

export async function yearsOf(db: Db, organisationIds: readonly string[]): Promise<YearRow[]> {
  if (organisationIds.length === 0) return [];
  return db.select().from(organisationYear).where(inArray(organisationYear.organisationId, [...organisationIds])).orderBy(organisationYear.year);
}

export async function upsertYear(db: Db, values: typeof organisationYear.$inferInsert): Promise<void> {
  await db
    .insert(organisationYear)
    .values(values)
    .onConflictDoUpdate({
      target: [organisationYear.organisationId, organisationYear.year],
      set: { awu: values.awu, turnoverCents: values.turnoverCents, balanceSheetCents: values.balanceSheetCents, updatedAt: sql`now()` },
    });
}

export async function deleteYear(db: Db, organisationId: string, year: number): Promise<boolean> {
  const gone = await db
    .delete(organisationYear)
    .where(and(eq(organisationYear.organisationId, organisationId), eq(organisationYear.year, year)))
    .returning({ year: organisationYear.year });
  return gone.length > 0;
}

/** Holdings in which any of these organisations is holder or held. */
export async function relationsTouching(db: Db, organisationIds: readonly string[]): Promise<RelationRow[]> {
  if (organisationIds.length === 0) return [];
  const ids = [...organisationIds];
  return db.select().from(organisationRelation).where(or(inArray(organisationRelation.holderId, ids), inArray(organisationRelation.heldId, ids)));
}

/** The organisations connected to `start` through holdings (itself included). */
export async function relationComponent(db: Db, start: string): Promise<{ ids: string[]; relations: RelationRow[] }> {
  const ids = new Set([start]);
  const relations = new Map<string, RelationRow>();
  let frontier = [start];
  while (frontier.length > 0 && ids.size < 5000) {
    const found = await relationsTouching(db, frontier);
    frontier = [];
    for (const r of found) {
      relations.set(r.id, r);
      for (const id of [r.holderId, r.heldId]) {
        if (!ids.has(id)) {
          ids.add(id);
          frontier.push(id);
        }
      }
    }
  }
  return { ids: [...ids], relations: [...relations.values()] };
}

export async function findRelation(db: Db, id: string): Promise<RelationRow | undefined> {
  const [row] = await db.select().from(organisationRelation).where(eq(organisationRelation.id, id));
  return row;
}

export async function upsertRelation(db: Db, values: typeof organisationRelation.$inferInsert): Promise<RelationRow> {
  const [row] = await db
    .insert(organisationRelation)
    .values(values)
    .onConflictDoUpdate({
      target: [organisationRelation.holderId, organisationRelation.heldId],
      set: { capitalPct: values.capitalPct, votingPct: values.votingPct, control: values.control, qualifyingInvestor: values.qualifyingInvestor, note: values.note },
    })
    .returning();
  if (!row) throw new Error('upsert relation returned nothing');
  return row;
}

export async function deleteRelation(db: Db, id: string): Promise<void> {
  await db.delete(organisationRelation).where(eq(organisationRelation.id, id));
}

export async function insertAssessment(db: Db, values: typeof smeAssessment.$inferInsert): Promise<void> {
  await db.insert(smeAssessment).values(values);
  await db
    .update(organisation)
    .set({ smeClass: values.effectiveClass ?? null, smeYear: values.latestYear ?? null })
    .where(eq(organisation.id, values.organisationId));
  await registryChanged(db, [values.organisationId]);
}

export async function latestAssessment(db: Db, organisationId: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(smeAssessment).where(eq(smeAssessment.organisationId, organisationId)).orderBy(desc(smeAssessment.assessedAt), desc(smeAssessment.id)).limit(1);
  return row;
}
