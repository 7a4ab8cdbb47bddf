/** Membership history, fees and fee reminders. */
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/types.js';
import { feeReminder, membershipEvent, membershipFee, organisation } from '../schema.js';
import type { FeeState } from '../../../../shared/organisations.js';

export type EventRow = typeof membershipEvent.$inferSelect;
export type FeeRow = typeof membershipFee.$inferSelect;
export type FeeWithName = FeeRow & { organisationName: string };

export async function eventsOf(db: Db, organisationId: string): Promise<EventRow[]> {
  return db.select().from(membershipEvent).where(eq(membershipEvent.organisationId, organisationId)).orderBy(asc(membershipEvent.effectiveOn), asc(membershipEvent.createdAt));
}

export async function insertEvents(db: Db, values: (typeof membershipEvent.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(membershipEvent).values(values);
}

/** Every membership event in date order (growth chart). */
export async function allEvents(db: Db, organisationIds?: readonly string[]): Promise<{ organisationId: string; status: string; effectiveOn: string }[]> {
  const q = db
    .select({ organisationId: membershipEvent.organisationId, status: membershipEvent.status, effectiveOn: membershipEvent.effectiveOn })
    .from(membershipEvent);
  const filtered = organisationIds ? q.where(inArray(membershipEvent.organisationId, [...organisationIds])) : q;
  return filtered.orderBy(asc(membershipEvent.effectiveOn), asc(membershipEvent.createdAt));
}

/** Stored status and due date give the state a person sees: an unpaid fee past its due date is overdue. */
export function feeState(fee: Pick<FeeRow, 'status' | 'dueOn'>, today: string): FeeState {
  if (fee.status !== 'issued') return fee.status;
  return fee.dueOn < today ? 'overdue' : 'issued';
}

function stateCondition(state: FeeState, today: string): SQL | undefined {
  if (state === 'overdue') return and(eq(membershipFee.status, 'issued'), lt(membershipFee.dueOn, today));
  if (state === 'issued') return and(eq(membershipFee.status, 'issued'), gte(membershipFee.dueOn, today));
  return eq(membershipFee.status, state);
}

const withName = { fee: membershipFee, organisationName: organisation.legalName };

export async function feesOf(db: Db, organisationId: string): Promise<FeeWithName[]> {
  const found = await db.select(withName).from(membershipFee).innerJoin(organisation, eq(organisation.id, membershipFee.organisationId))
    .where(eq(membershipFee.organisationId, organisationId)).orderBy(desc(membershipFee.year), desc(membershipFee.createdAt));
  return found.map((r) => ({ ...r.fee, organisationName: r.organisationName }));
}

export interface FeeFilter {
  state?: FeeState;
  year?: number;
  officeIds?: string[];
  today: string;
  limit: number;
  offset: number;
}

export async function listFees(db: Db, f: FeeFilter): Promise<{ items: FeeWithName[]; total: number }> {
  const conds: (SQL | undefined)[] = [];
  if (f.state) conds.push(stateCondition(f.state, f.today));
  if (f.year) conds.push(eq(membershipFee.year, f.year));
  if (f.officeIds) conds.push(f.officeIds.length ? inArray(organisation.officeId, f.officeIds) : sql`false`);
  const where = and(...conds);
  const found = await db.select(withName).from(membershipFee).innerJoin(organisation, eq(organisation.id, membershipFee.organisationId))
    .where(where).orderBy(asc(membershipFee.dueOn), asc(organisation.legalName)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(membershipFee).innerJoin(organisation, eq(organisation.id, membershipFee.organisationId)).where(where);
  return { items: found.map((r) => ({ ...r.fee, organisationName: r.organisationName })), total: total?.n ?? 0 };
}

export async function findFee(db: Db, id: string): Promise<FeeRow | undefined> {
  const [row] = await db.select().from(membershipFee).where(eq(membershipFee.id, id));
  return row;
}

export async function openFeeForYear(db: Db, organisationId: string, year: number): Promise<FeeRow | undefined> {
  const [row] = await db.select().from(membershipFee)
    .where(and(eq(membershipFee.organisationId, organisationId), eq(membershipFee.year, year), sql`${membershipFee.status} <> 'cancelled'`));
  return row;
}

export async function insertFee(db: Db, values: typeof membershipFee.$inferInsert): Promise<FeeRow> {
  const [row] = await db.insert(membershipFee).values(values).returning();
  if (!row) throw new Error('insert membership_fee returned nothing');
  return row;
}

export async function insertFees(db: Db, values: (typeof membershipFee.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(membershipFee).values(values);
}

export async function updateFee(db: Db, id: string, values: Partial<typeof membershipFee.$inferInsert>): Promise<void> {
  await db.update(membershipFee).set(values).where(eq(membershipFee.id, id));
}

/** The next free fee reference of a year: `CUOTA-2026-0001`. */
export async function nextFeeReference(db: Db, year: number): Promise<string> {
  const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from membership_fee where year = ${year}`);
  let n = (row?.n ?? 0) + 1;
  for (;;) {
    const reference = `CUOTA-${year}-${String(n).padStart(4, '0')}`;
    const [taken] = await db.select({ id: membershipFee.id }).from(membershipFee).where(eq(membershipFee.reference, reference));
    if (!taken) return reference;
    n++;
  }
}

/** Overdue fees not reminded since `remindedBefore` (the weekly rule), oldest due first. */
export async function feesToRemind(db: Db, today: string, remindedBefore: Date): Promise<FeeWithName[]> {
  const found = await db.select(withName).from(membershipFee).innerJoin(organisation, eq(organisation.id, membershipFee.organisationId))
    .where(and(eq(membershipFee.status, 'issued'), lt(membershipFee.dueOn, today), or(isNull(membershipFee.lastRemindedAt), lte(membershipFee.lastRemindedAt, remindedBefore))))
    .orderBy(asc(membershipFee.dueOn));
  return found.map((r) => ({ ...r.fee, organisationName: r.organisationName }));
}

/** Marks the fee reminded if nobody did since `remindedBefore`; false when another run got there first. */
export async function claimReminder(db: Db, feeId: string, at: Date, remindedBefore: Date): Promise<boolean> {
  const claimed = await db
    .update(membershipFee)
    .set({ lastRemindedAt: at, reminderCount: sql`${membershipFee.reminderCount} + 1` })
    .where(and(eq(membershipFee.id, feeId), or(isNull(membershipFee.lastRemindedAt), lte(membershipFee.lastRemindedAt, remindedBefore))))
    .returning({ id: membershipFee.id });
  return claimed.length === 1;
}

export async function insertReminder(db: Db, values: typeof feeReminder.$inferInsert): Promise<void> {
  await db.insert(feeReminder).values(values);
}

export async function remindersOfContact(db: Db, contactId: string): Promise<{ feeReference: string; sentAt: Date }[]> {
  return db
    .select({ feeReference: membershipFee.reference, sentAt: feeReminder.sentAt })
    .from(feeReminder)
    .innerJoin(membershipFee, eq(membershipFee.id, feeReminder.feeId))
    .where(eq(feeReminder.contactId, contactId))
    .orderBy(asc(feeReminder.sentAt));
}
