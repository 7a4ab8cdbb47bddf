/** Progress and final reports. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { projectReport } from '../schema.js';

export type ReportRow = typeof projectReport.$inferSelect;

export async function insertReport(db: Db, values: typeof projectReport.$inferInsert): Promise<ReportRow> {
  const [row] = await db.insert(projectReport).values(values).returning();
  if (!row) throw new Error('insert project_report returned nothing');
  return row;
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(projectReport).where(eq(projectReport.id, id));
  return row;
}

export async function lockReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(projectReport).where(eq(projectReport.id, id)).for('update');
  return row;
}

export async function reportsOf(db: Db, agreementIds: readonly string[]): Promise<ReportRow[]> {
  if (agreementIds.length === 0) return [];
  return db.select().from(projectReport).where(inArray(projectReport.agreementId, [...agreementIds])).orderBy(desc(projectReport.submittedAt), desc(projectReport.id));
}

export async function reportsOfMilestone(db: Db, agreementId: string, milestone: string): Promise<ReportRow[]> {
  return db.select().from(projectReport).where(and(eq(projectReport.agreementId, agreementId), eq(projectReport.milestone, milestone)));
}

export async function decideReport(db: Db, id: string, values: Pick<ReportRow, 'status' | 'decidedBy' | 'decidedAt' | 'comment'>): Promise<ReportRow> {
  const [row] = await db.update(projectReport).set(values).where(eq(projectReport.id, id)).returning();
  if (!row) throw new Error('update project_report returned nothing');
  return row;
}
