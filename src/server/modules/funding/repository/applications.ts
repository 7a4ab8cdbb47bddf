/** Applications, their partners, attachments and submitted versions: queries. */
import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/types.js';
import { appUser } from '../../identity/index.js';
import { application, applicationAttachment, applicationPartner, applicationVersion, call } from '../schema.js';

export type ApplicationRow = typeof application.$inferSelect;
export type ApplicationInsert = typeof application.$inferInsert;
export type PartnerRow = typeof applicationPartner.$inferSelect;
export type PartnerInsert = typeof applicationPartner.$inferInsert;
export type AttachmentRow = typeof applicationAttachment.$inferSelect;
export type VersionRow = typeof applicationVersion.$inferSelect;

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(application).where(eq(application.id, id));
  return row;
}

/** The application row locked for this transaction (concurrent submissions queue here). */
export async function lockApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(application).where(eq(application.id, id)).for('update');
  return row;
}

export async function insertApplication(db: Db, values: ApplicationInsert): Promise<ApplicationRow> {
  const [row] = await db.insert(application).values(values).returning();
  if (!row) throw new Error('insert application returned nothing');
  return row;
}

export async function updateApplication(db: Db, id: string, values: Partial<ApplicationInsert>): Promise<void> {
  await db.update(application).set(values).where(eq(application.id, id));
}

/** Merges answers by question id in one statement (`null` values remove the answer). */
export async function mergeAnswers(db: Db, id: string, answers: Record<string, unknown>, at: Date): Promise<void> {
  const set = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null));
  const drop = Object.entries(answers).filter(([, v]) => v === null).map(([k]) => k);
  const dropped = drop.length ? sql` - ${sql`array[${sql.join(drop.map((k) => sql`${k}`), sql`, `)}]::text[]`}` : sql``;
  await db
    .update(application)
    .set({ answers: sql`(${application.answers} || ${JSON.stringify(set)}::jsonb)${dropped}`, updatedAt: at })
    .where(eq(application.id, id));
}

/** Applications whose lead or a confirmed partner is one of these organisations. */
export async function applicationsOfOrganisations(db: Db, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  const partnerOf = db
    .select({ id: applicationPartner.applicationId })
    .from(applicationPartner)
    .where(and(inArray(applicationPartner.organisationId, [...organisationIds]), eq(applicationPartner.status, 'confirmed')));
  return db
    .select({ app: application, call })
    .from(application)
    .innerJoin(call, eq(call.id, application.callId))
    .where(or(inArray(application.leadOrganisationId, [...organisationIds]), inArray(application.id, partnerOf)))
    .orderBy(desc(application.updatedAt));
}

// --- partners ------------------------------------------------------------------------------

export async function partnersOf(db: Db, applicationId: string): Promise<PartnerRow[]> {
  return db.select().from(applicationPartner).where(eq(applicationPartner.applicationId, applicationId)).orderBy(asc(applicationPartner.createdAt), asc(applicationPartner.id));
}

export async function findPartner(db: Db, id: string): Promise<PartnerRow | undefined> {
  const [row] = await db.select().from(applicationPartner).where(eq(applicationPartner.id, id));
  return row;
}

export async function findPartnerByToken(db: Db, tokenHash: string): Promise<PartnerRow | undefined> {
  const [row] = await db.select().from(applicationPartner).where(eq(applicationPartner.inviteTokenHash, tokenHash));
  return row;
}

export async function insertPartner(db: Db, values: PartnerInsert): Promise<PartnerRow> {
  const [row] = await db.insert(applicationPartner).values(values).returning();
  if (!row) throw new Error('insert partner returned nothing');
  return row;
}

export async function updatePartner(db: Db, id: string, values: Partial<PartnerInsert>): Promise<void> {
  await db.update(applicationPartner).set(values).where(eq(applicationPartner.id, id));
}

export async function deletePartner(db: Db, id: string): Promise<void> {
  await db.delete(applicationPartner).where(eq(applicationPartner.id, id));
}

/** An invited or confirmed partner of the application with this email or organisation. */
export async function activePartnerLike(db: Db, applicationId: string, match: { email?: string; organisationId?: string }): Promise<PartnerRow | undefined> {
  const cond = match.organisationId ? eq(applicationPartner.organisationId, match.organisationId) : eq(applicationPartner.invitedEmail, match.email ?? '');
  const [row] = await db
    .select()
    .from(applicationPartner)
    .where(and(eq(applicationPartner.applicationId, applicationId), ne(applicationPartner.status, 'declined'), cond));
  return row;
}

// --- attachments ---------------------------------------------------------------------------

export async function attachmentsOf(db: Db, applicationId: string): Promise<AttachmentRow[]> {
  return db.select().from(applicationAttachment).where(eq(applicationAttachment.applicationId, applicationId)).orderBy(asc(applicationAttachment.createdAt));
}

export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(applicationAttachment).where(eq(applicationAttachment.id, id));
  return row;
}

export async function insertAttachment(db: Db, values: typeof applicationAttachment.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(applicationAttachment).values(values).returning();
  if (!row) throw new Error('insert attachment returned nothing');
  return row;
}

// --- versions ------------------------------------------------------------------------------

export async function versionsOf(db: Db, applicationId: string) {
  return db
    .select({ version: applicationVersion.version, submittedAt: applicationVersion.submittedAt, submittedBy: applicationVersion.submittedBy, snapshotHash: applicationVersion.snapshotHash, eligible: sql<boolean>`coalesce((${applicationVersion.snapshot}->'eligibility'->>'eligible')::boolean, false)` })
    .from(applicationVersion)
    .where(eq(applicationVersion.applicationId, applicationId))
    .orderBy(asc(applicationVersion.version));
}

export async function findVersion(db: Db, applicationId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(applicationVersion).where(and(eq(applicationVersion.applicationId, applicationId), eq(applicationVersion.version, version)));
  return row;
}

export async function findVersionByKey(db: Db, applicationId: string, key: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(applicationVersion).where(and(eq(applicationVersion.applicationId, applicationId), eq(applicationVersion.idempotencyKey, key)));
  return row;
}

export async function insertVersion(db: Db, values: typeof applicationVersion.$inferInsert): Promise<VersionRow> {
  const [row] = await db.insert(applicationVersion).values(values).returning();
  if (!row) throw new Error('insert version returned nothing');
  return row;
}

/** Every version's id, number and stored hash with its snapshot, for verification. */
export async function allVersions(db: Db, callId?: string) {
  const base = sql`select v.application_id as "applicationId", a.reference, v.version, v.snapshot_hash as "snapshotHash", v.snapshot
                   from application_version v join application a on a.id = v.application_id`;
  return rows<{ applicationId: string; reference: string; version: number; snapshotHash: string; snapshot: unknown }>(
    db,
    callId ? sql`${base} where a.call_id = ${callId} order by a.reference, v.version` : sql`${base} order by a.reference, v.version`,
  );
}

/** Name, address and language of these people (receipts). */
export async function usersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: appUser.id, name: appUser.name, email: appUser.email, locale: appUser.locale, status: appUser.status }).from(appUser).where(inArray(appUser.id, [...ids]));
}
