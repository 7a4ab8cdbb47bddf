/** Programmes, calls, call documents and commitments: queries. */
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/types.js';
import { organisation } from '../../organisations/index.js';
import { application, call, callDocument, programme, recipientCommitment } from '../schema.js';

export type ProgrammeRow = typeof programme.$inferSelect;
export type ProgrammeInsert = typeof programme.$inferInsert;
export type CallRow = typeof call.$inferSelect;
export type CallInsert = typeof call.$inferInsert;
export type CallDocumentRow = typeof callDocument.$inferSelect;
export type CommitmentRow = typeof recipientCommitment.$inferSelect;

// --- programmes ----------------------------------------------------------------------------

export async function listProgrammes(db: Db): Promise<ProgrammeRow[]> {
  return db.select().from(programme).orderBy(desc(programme.createdAt));
}

export async function findProgramme(db: Db, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programme).where(eq(programme.id, id));
  return row;
}

export async function findProgrammeByCode(db: Db, code: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programme).where(eq(programme.code, code));
  return row;
}

export async function insertProgramme(db: Db, values: ProgrammeInsert): Promise<ProgrammeRow> {
  const [row] = await db.insert(programme).values(values).returning();
  if (!row) throw new Error('insert programme returned nothing');
  return row;
}

export async function updateProgramme(db: Db, id: string, values: Partial<ProgrammeInsert>): Promise<void> {
  await db.update(programme).set(values).where(eq(programme.id, id));
}

/** Per programme: number of calls, sum of their budgets, money committed to recipients. */
export async function programmeTotals(db: Db): Promise<Map<string, { calls: number; callsBudgetCents: number; committedCents: number }>> {
  const found = await rows<{ id: string; calls: number; budget: string; committed: string }>(
    db,
    sql`select p.id,
          (select count(*)::int from call c where c.programme_id = p.id) as calls,
          (select coalesce(sum(c.budget_cents), 0) from call c where c.programme_id = p.id) as budget,
          (select coalesce(sum(rc.amount_cents), 0) from recipient_commitment rc where rc.programme_id = p.id) as committed
        from programme p`,
  );
  return new Map(found.map((r) => [r.id, { calls: r.calls, callsBudgetCents: Number(r.budget), committedCents: Number(r.committed) }]));
}

// --- calls ---------------------------------------------------------------------------------

export async function listCalls(db: Db, programmeId?: string): Promise<CallRow[]> {
  const q = db.select().from(call);
  return (programmeId ? q.where(eq(call.programmeId, programmeId)) : q).orderBy(desc(call.createdAt));
}

export async function listCallsByStatus(db: Db, statuses: readonly CallRow['status'][]): Promise<CallRow[]> {
  return db.select().from(call).where(inArray(call.status, [...statuses])).orderBy(asc(call.deadlineAt));
}

export async function findCall(db: Db, id: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(call).where(eq(call.id, id));
  return row;
}

export async function findCallByCode(db: Db, code: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(call).where(eq(call.code, code));
  return row;
}

export async function insertCall(db: Db, values: CallInsert): Promise<CallRow> {
  const [row] = await db.insert(call).values(values).returning();
  if (!row) throw new Error('insert call returned nothing');
  return row;
}

export async function updateCall(db: Db, id: string, values: Partial<CallInsert>): Promise<void> {
  await db.update(call).set(values).where(eq(call.id, id));
}

/** Hands out the next application number of a call (atomic: concurrent drafts never share one). */
export async function nextApplicationNumber(db: Db, callId: string): Promise<number> {
  const [row] = await db.update(call).set({ applicationSeq: sql`${call.applicationSeq} + 1` }).where(eq(call.id, callId)).returning({ seq: call.applicationSeq });
  if (!row) throw new Error('call vanished');
  return row.seq;
}

/** Sum of the budgets of the other calls of a programme. */
export async function otherCallsBudget(db: Db, programmeId: string, callId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${call.budgetCents}), 0)` })
    .from(call)
    .where(and(eq(call.programmeId, programmeId), ne(call.id, callId)));
  return Number(row?.total ?? 0);
}

/** Number of applications of a call by status. */
export async function applicationCounts(db: Db, callIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  if (callIds.length === 0) return out;
  const found = await db
    .select({ callId: application.callId, status: application.status, n: sql<number>`count(*)::int` })
    .from(application)
    .where(inArray(application.callId, [...callIds]))
    .groupBy(application.callId, application.status);
  for (const r of found) out.set(r.callId, { ...(out.get(r.callId) ?? {}), [r.status]: r.n });
  return out;
}

// --- documents -----------------------------------------------------------------------------

export async function listDocuments(db: Db, callIds: readonly string[]): Promise<CallDocumentRow[]> {
  if (callIds.length === 0) return [];
  return db.select().from(callDocument).where(inArray(callDocument.callId, [...callIds])).orderBy(asc(callDocument.createdAt));
}

export async function findDocument(db: Db, id: string): Promise<CallDocumentRow | undefined> {
  const [row] = await db.select().from(callDocument).where(eq(callDocument.id, id));
  return row;
}

export async function insertDocument(db: Db, values: typeof callDocument.$inferInsert): Promise<CallDocumentRow> {
  const [row] = await db.insert(callDocument).values(values).returning();
  if (!row) throw new Error('insert document returned nothing');
  return row;
}

export async function deleteDocument(db: Db, id: string): Promise<boolean> {
  return (await db.delete(callDocument).where(eq(callDocument.id, id)).returning({ id: callDocument.id })).length > 0;
}

// --- commitments ---------------------------------------------------------------------------

export async function listCommitments(db: Db, programmeId: string) {
  return db
    .select({ row: recipientCommitment, organisationName: organisation.legalName })
    .from(recipientCommitment)
    .innerJoin(organisation, eq(organisation.id, recipientCommitment.organisationId))
    .where(eq(recipientCommitment.programmeId, programmeId))
    .orderBy(desc(recipientCommitment.createdAt));
}

export async function insertCommitment(db: Db, values: typeof recipientCommitment.$inferInsert): Promise<CommitmentRow> {
  const [row] = await db.insert(recipientCommitment).values(values).returning();
  if (!row) throw new Error('insert commitment returned nothing');
  return row;
}

export async function deleteCommitment(db: Db, id: string): Promise<CommitmentRow | undefined> {
  const [row] = await db.delete(recipientCommitment).where(eq(recipientCommitment.id, id)).returning();
  return row;
}

/** Removes the award commitments of one recipient in one application. */
export async function deleteAwardCommitments(db: Db, k: { programmeId: string; organisationId: string; applicationId: string }): Promise<CommitmentRow[]> {
  return db
    .delete(recipientCommitment)
    .where(and(eq(recipientCommitment.programmeId, k.programmeId), eq(recipientCommitment.organisationId, k.organisationId), eq(recipientCommitment.applicationId, k.applicationId), eq(recipientCommitment.source, 'award')))
    .returning();
}

export async function findCommitment(db: Db, id: string): Promise<CommitmentRow | undefined> {
  const [row] = await db.select().from(recipientCommitment).where(eq(recipientCommitment.id, id));
  return row;
}

/** Amounts committed in a programme to these organisations (for the per-recipient cap). */
export async function commitmentsOf(db: Db, programmeId: string, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({ organisationId: recipientCommitment.organisationId, amountCents: recipientCommitment.amountCents, applicationId: recipientCommitment.applicationId })
    .from(recipientCommitment)
    .where(and(eq(recipientCommitment.programmeId, programmeId), inArray(recipientCommitment.organisationId, [...organisationIds])));
}
