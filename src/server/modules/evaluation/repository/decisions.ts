/** Staff decisions on a call (manual conflicts, affinity overrides, pair rules) and assignments: queries. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { evaluationAssignment } from '../schema/core.js';
import { evaluationAffinityOverride, evaluationAssignmentRun, evaluationConflict, evaluationPairRule } from '../schema/pool.js';

export type ConflictRow = typeof evaluationConflict.$inferSelect;
export type OverrideRow = typeof evaluationAffinityOverride.$inferSelect;
export type PairRuleRow = typeof evaluationPairRule.$inferSelect;
export type RunRow = typeof evaluationAssignmentRun.$inferSelect;
export type AssignmentRow = typeof evaluationAssignment.$inferSelect;

// --- manual conflicts ------------------------------------------------------------------------

export const manualConflicts = (db: Db, callId: string): Promise<ConflictRow[]> => db.select().from(evaluationConflict).where(eq(evaluationConflict.callId, callId));

export async function findManualConflict(db: Db, id: string): Promise<ConflictRow | undefined> {
  const [row] = await db.select().from(evaluationConflict).where(eq(evaluationConflict.id, id));
  return row;
}

export async function insertManualConflict(db: Db, values: typeof evaluationConflict.$inferInsert): Promise<ConflictRow | undefined> {
  const [row] = await db.insert(evaluationConflict).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteManualConflict(db: Db, id: string): Promise<void> {
  await db.delete(evaluationConflict).where(eq(evaluationConflict.id, id));
}

// --- affinity overrides ----------------------------------------------------------------------

export const overrides = (db: Db, callId: string): Promise<OverrideRow[]> => db.select().from(evaluationAffinityOverride).where(eq(evaluationAffinityOverride.callId, callId));

export async function findOverride(db: Db, id: string): Promise<OverrideRow | undefined> {
  const [row] = await db.select().from(evaluationAffinityOverride).where(eq(evaluationAffinityOverride.id, id));
  return row;
}

export async function upsertOverride(db: Db, values: typeof evaluationAffinityOverride.$inferInsert, now: Date): Promise<OverrideRow> {
  const [row] = await db
    .insert(evaluationAffinityOverride)
    .values(values)
    .onConflictDoUpdate({
      target: [evaluationAffinityOverride.applicationId, evaluationAffinityOverride.evaluatorId],
      set: { affinity: values.affinity, reason: values.reason, createdBy: values.createdBy, updatedAt: now },
    })
    .returning();
  if (!row) throw new Error('upsert override returned nothing');
  return row;
}

export async function deleteOverride(db: Db, id: string): Promise<void> {
  await db.delete(evaluationAffinityOverride).where(eq(evaluationAffinityOverride.id, id));
}

// --- pair rules ------------------------------------------------------------------------------

export const pairRules = (db: Db, callId: string): Promise<PairRuleRow[]> => db.select().from(evaluationPairRule).where(eq(evaluationPairRule.callId, callId)).orderBy(evaluationPairRule.createdAt);

export async function findPairRule(db: Db, id: string): Promise<PairRuleRow | undefined> {
  const [row] = await db.select().from(evaluationPairRule).where(eq(evaluationPairRule.id, id));
  return row;
}

export async function upsertPairRule(db: Db, values: typeof evaluationPairRule.$inferInsert): Promise<PairRuleRow> {
  const [row] = await db
    .insert(evaluationPairRule)
    .values(values)
    .onConflictDoUpdate({ target: [evaluationPairRule.applicationId, evaluationPairRule.evaluatorId], set: { rule: values.rule, createdBy: values.createdBy } })
    .returning();
  if (!row) throw new Error('upsert pair rule returned nothing');
  return row;
}

export async function deletePairRule(db: Db, id: string): Promise<void> {
  await db.delete(evaluationPairRule).where(eq(evaluationPairRule.id, id));
}

// --- runs ------------------------------------------------------------------------------------

export async function insertRun(db: Db, values: typeof evaluationAssignmentRun.$inferInsert): Promise<RunRow> {
  const [row] = await db.insert(evaluationAssignmentRun).values(values).returning();
  if (!row) throw new Error('insert run returned nothing');
  return row;
}

export async function findRun(db: Db, id: string): Promise<RunRow | undefined> {
  const [row] = await db.select().from(evaluationAssignmentRun).where(eq(evaluationAssignmentRun.id, id));
  return row;
}

export async function latestRun(db: Db, callId: string): Promise<RunRow | undefined> {
  const [row] = await db.select().from(evaluationAssignmentRun).where(eq(evaluationAssignmentRun.callId, callId)).orderBy(desc(evaluationAssignmentRun.createdAt), desc(evaluationAssignmentRun.id)).limit(1);
  return row;
}

export async function updateRun(db: Db, id: string, values: Partial<typeof evaluationAssignmentRun.$inferInsert>): Promise<void> {
  await db.update(evaluationAssignmentRun).set(values).where(eq(evaluationAssignmentRun.id, id));
}

// --- assignments -----------------------------------------------------------------------------

export const callAssignments = (db: Db, callId: string): Promise<AssignmentRow[]> => db.select().from(evaluationAssignment).where(eq(evaluationAssignment.callId, callId));

export const evaluatorAssignments = (db: Db, evaluatorId: string): Promise<AssignmentRow[]> => db.select().from(evaluationAssignment).where(eq(evaluationAssignment.evaluatorId, evaluatorId));

export async function findAssignment(db: Db, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(evaluationAssignment).where(eq(evaluationAssignment.id, id));
  return row;
}

export async function findPair(db: Db, applicationId: string, evaluatorId: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(evaluationAssignment).where(and(eq(evaluationAssignment.applicationId, applicationId), eq(evaluationAssignment.evaluatorId, evaluatorId)));
  return row;
}

export async function insertAssignments(db: Db, values: (typeof evaluationAssignment.$inferInsert)[]): Promise<AssignmentRow[]> {
  return values.length ? db.insert(evaluationAssignment).values(values).returning() : [];
}

export async function deleteAssignments(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length) await db.delete(evaluationAssignment).where(inArray(evaluationAssignment.id, [...ids]));
}

export async function updateAssignment(db: Db, id: string, values: Partial<typeof evaluationAssignment.$inferInsert>): Promise<void> {
  await db.update(evaluationAssignment).set(values).where(eq(evaluationAssignment.id, id));
}
