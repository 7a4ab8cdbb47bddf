/** Payments of the ledger: queries and conditional state updates. */
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PaymentState } from '../../../../engines/ledger/index.js';
import type { Db } from '../../../platform/db/types.js';
import { award } from '../../awards/index.js';
import { application } from '../../funding/index.js';
import { organisation } from '../../organisations/index.js';
import { payment } from '../schema.js';

export type PaymentRow = typeof payment.$inferSelect;
export type PaymentInsert = typeof payment.$inferInsert;

export async function insertPayments(db: Db, values: PaymentInsert[]): Promise<PaymentRow[]> {
  return values.length ? db.insert(payment).values(values).returning() : [];
}

export async function findPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payment).where(eq(payment.id, id));
  return row;
}

/** The payment under a row lock (concurrent transitions of one payment queue behind it). */
export async function lockPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payment).where(eq(payment.id, id)).for('update');
  return row;
}

/** Moves a payment from `from` only; false when another transaction changed it first. */
export async function updateIfState(db: Db, id: string, from: PaymentState, values: Partial<PaymentInsert>, now: Date): Promise<boolean> {
  const done = await db.update(payment).set({ ...values, updatedAt: now }).where(and(eq(payment.id, id), eq(payment.state, from))).returning({ id: payment.id });
  return done.length === 1;
}

/** The payments of an agreement not yet paid or closed (scheduled or approved), locked. */
export async function lockUnpaid(db: Db, agreementId: string): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payment)
    .where(and(eq(payment.agreementId, agreementId), inArray(payment.state, ['scheduled', 'approved'])))
    .orderBy(asc(payment.trancheIndex), asc(payment.createdAt))
    .for('update');
}

export async function paymentsOfAgreements(db: Db, agreementIds: readonly string[]): Promise<PaymentRow[]> {
  if (agreementIds.length === 0) return [];
  return db.select().from(payment).where(inArray(payment.agreementId, [...agreementIds])).orderBy(asc(payment.trancheIndex), asc(payment.createdAt));
}

/** Scheduled payments of an agreement's milestone that are not yet due. */
export async function makeMilestoneDue(db: Db, agreementId: string, milestone: string, by: string | null, now: Date): Promise<PaymentRow[]> {
  return db
    .update(payment)
    .set({ dueAt: now, madeDueBy: by, updatedAt: now })
    .where(and(eq(payment.agreementId, agreementId), eq(payment.milestone, milestone), eq(payment.state, 'scheduled'), sql`${payment.dueAt} is null`))
    .returning();
}

/** A ledger line: the payment with its project and recipient. */
export async function ledgerLines(db: Db, where: { programmeId?: string; agreementId?: string; paymentId?: string; states?: PaymentState[]; dueOnly?: boolean }) {
  const conditions: SQL[] = [];
  if (where.programmeId) conditions.push(eq(payment.programmeId, where.programmeId));
  if (where.paymentId) conditions.push(eq(payment.id, where.paymentId));
  if (where.agreementId) conditions.push(eq(payment.agreementId, where.agreementId));
  if (where.states?.length) conditions.push(inArray(payment.state, where.states));
  if (where.dueOnly) conditions.push(isNotNull(payment.dueAt));
  return db
    .select({ payment, reference: application.reference, acronym: application.acronym, applicationId: application.id, organisationName: organisation.legalName })
    .from(payment)
    .innerJoin(award, eq(award.id, payment.awardId))
    .innerJoin(application, eq(application.id, award.applicationId))
    .innerJoin(organisation, eq(organisation.id, payment.organisationId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(application.reference), asc(payment.trancheIndex), asc(organisation.legalName));
}

export type LedgerLine = Awaited<ReturnType<typeof ledgerLines>>[number];

/** Every payment (for the invariant check). */
export async function allPayments(db: Db, programmeId?: string): Promise<PaymentRow[]> {
  return db.select().from(payment).where(programmeId ? eq(payment.programmeId, programmeId) : undefined);
}
