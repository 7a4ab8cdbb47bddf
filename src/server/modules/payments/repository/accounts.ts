/** Bank accounts: the recipients' (payees) and the programmes' (payers). */
import { asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { organisation } from '../../organisations/index.js';
import { payeeAccount, programmeAccount } from '../schema.js';

export type PayeeAccountRow = typeof payeeAccount.$inferSelect;
export type ProgrammeAccountRow = typeof programmeAccount.$inferSelect;

export async function payeeAccounts(db: Db, filter: { organisationIds?: string[]; unverifiedOnly?: boolean } = {}) {
  const where = filter.organisationIds ? (filter.organisationIds.length ? inArray(payeeAccount.organisationId, filter.organisationIds) : inArray(payeeAccount.id, [])) : filter.unverifiedOnly ? isNull(payeeAccount.verifiedAt) : undefined;
  return db
    .select({ account: payeeAccount, organisationName: organisation.legalName })
    .from(payeeAccount)
    .innerJoin(organisation, eq(organisation.id, payeeAccount.organisationId))
    .where(where)
    .orderBy(asc(organisation.legalName));
}

export async function findPayeeAccount(db: Db, id: string): Promise<PayeeAccountRow | undefined> {
  const [row] = await db.select().from(payeeAccount).where(eq(payeeAccount.id, id));
  return row;
}

/** Enters or replaces an organisation's account; a changed account must be verified again. */
export async function upsertPayeeAccount(db: Db, values: { organisationId: string; iban: string; bic: string | null; holderName: string; enteredBy: string | null }, now: Date): Promise<PayeeAccountRow> {
  const [row] = await db
    .insert(payeeAccount)
    .values({ ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: payeeAccount.organisationId, set: { iban: values.iban, bic: values.bic, holderName: values.holderName, enteredBy: values.enteredBy, verifiedAt: null, verifiedBy: null, updatedAt: now } })
    .returning();
  if (!row) throw new Error('upsert payee_account returned nothing');
  return row;
}

export async function verifyPayeeAccount(db: Db, id: string, by: string | null, now: Date): Promise<void> {
  await db.update(payeeAccount).set({ verifiedAt: now, verifiedBy: by }).where(eq(payeeAccount.id, id));
}

export async function findProgrammeAccount(db: Db, programmeId: string): Promise<ProgrammeAccountRow | undefined> {
  const [row] = await db.select().from(programmeAccount).where(eq(programmeAccount.programmeId, programmeId));
  return row;
}

export async function upsertProgrammeAccount(db: Db, values: { programmeId: string; iban: string; bic: string | null; holderName: string; updatedBy: string | null }, now: Date): Promise<ProgrammeAccountRow> {
  const [row] = await db
    .insert(programmeAccount)
    .values({ ...values, updatedAt: now })
    .onConflictDoUpdate({ target: programmeAccount.programmeId, set: { iban: values.iban, bic: values.bic, holderName: values.holderName, updatedBy: values.updatedBy, updatedAt: now } })
    .returning();
  if (!row) throw new Error('upsert programme_account returned nothing');
  return row;
}
