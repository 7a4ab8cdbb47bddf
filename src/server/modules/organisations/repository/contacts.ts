/** Contacts, their consents, and what else Veta holds about them (mails, audit trail). */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/types.js';
import { contact, contactConsent } from '../schema.js';

export type ContactRow = typeof contact.$inferSelect;
export type ConsentRow = typeof contactConsent.$inferSelect;

export async function contactsOf(db: Db, organisationId: string): Promise<ContactRow[]> {
  return db.select().from(contact).where(eq(contact.organisationId, organisationId)).orderBy(sql`${contact.isPrimary} desc`, asc(contact.name));
}

export async function findContact(db: Db, id: string): Promise<ContactRow | undefined> {
  const [row] = await db.select().from(contact).where(eq(contact.id, id));
  return row;
}

export async function insertContact(db: Db, values: typeof contact.$inferInsert): Promise<ContactRow> {
  const [row] = await db.insert(contact).values(values).returning();
  if (!row) throw new Error('insert contact returned nothing');
  return row;
}

export async function insertContacts(db: Db, values: (typeof contact.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(contact).values(values);
}

export async function updateContact(db: Db, id: string, values: Partial<typeof contact.$inferInsert>): Promise<void> {
  await db.update(contact).set(values).where(eq(contact.id, id));
}

/** Only one primary contact per organisation. */
export async function clearPrimary(db: Db, organisationId: string): Promise<void> {
  await db.update(contact).set({ isPrimary: false }).where(eq(contact.organisationId, organisationId));
}

/** The contact fee reminders go to: the primary one, else a billing contact, else any, with an email. */
export async function reminderContact(db: Db, organisationId: string): Promise<ContactRow | undefined> {
  const [row] = await db
    .select()
    .from(contact)
    .where(and(eq(contact.organisationId, organisationId), isNull(contact.erasedAt), sql`${contact.email} is not null`))
    .orderBy(sql`${contact.isPrimary} desc`, sql`(${contact.role} = 'billing') desc`, asc(contact.createdAt))
    .limit(1);
  return row;
}

export async function consentsOf(db: Db, contactIds: readonly string[]): Promise<ConsentRow[]> {
  if (contactIds.length === 0) return [];
  return db.select().from(contactConsent).where(inArray(contactConsent.contactId, [...contactIds])).orderBy(asc(contactConsent.givenOn), asc(contactConsent.createdAt));
}

export async function insertConsent(db: Db, values: typeof contactConsent.$inferInsert): Promise<ConsentRow> {
  const [row] = await db.insert(contactConsent).values(values).returning();
  if (!row) throw new Error('insert contact_consent returned nothing');
  return row;
}

export async function deleteConsents(db: Db, contactId: string): Promise<number> {
  const gone = await db.delete(contactConsent).where(eq(contactConsent.contactId, contactId)).returning({ id: contactConsent.id });
  return gone.length;
}

export async function mailsTo(db: Db, email: string) {
  return rows<{ subject: string; createdAt: Date | string; status: string }>(
    db,
    sql`select subject, created_at as "createdAt", status from mail_message where "to" = ${email} order by created_at`,
  );
}

/** Removes the person from the mails this module wrote to them (the mail rows stay, anonymised). */
export async function scrubMails(db: Db, email: string, templates: readonly string[]): Promise<number> {
  const found = await rows<{ id: string }>(
    db,
    sql`update mail_message set "to" = 'erased@invalid', text = '[erased]', html = '[erased]'
        where "to" = ${email} and template in (${sql.join(templates.map((t) => sql`${t}`), sql`, `)}) returning id`,
  );
  return found.length;
}

export async function auditTrail(db: Db, contactId: string) {
  return rows<{ at: Date | string; action: string; actor: string }>(
    db,
    sql`select at, action, actor_label as actor from audit_event where entity_type = 'contact' and entity_id = ${contactId} order by seq`,
  );
}

/** The primary (else first) live contact of each organisation. */
export async function primaryContactsOf(db: Db, organisationIds: readonly string[]): Promise<ContactRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectDistinctOn([contact.organisationId])
    .from(contact)
    .where(and(inArray(contact.organisationId, [...organisationIds]), isNull(contact.erasedAt)))
    .orderBy(contact.organisationId, sql`${contact.isPrimary} desc`, asc(contact.createdAt));
}
