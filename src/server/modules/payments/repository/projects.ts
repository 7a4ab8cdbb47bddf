/** Funded projects: awards, grant agreements and the applications they belong to. */
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { award, grantAgreement } from '../../awards/index.js';
import { application, call, programme, recipientCommitment } from '../../funding/index.js';
import { organisation, site } from '../../organisations/index.js';

export type AwardRow = typeof award.$inferSelect;
export type AgreementRow = typeof grantAgreement.$inferSelect;

/** An active award with its recipient's name and headquarters' NUTS code. */
export interface AwardWithRecipient extends AwardRow {
  organisationName: string;
  nutsCode: string | null;
}

const hqNuts = sql<string | null>`(select ${site.nutsCode} from ${site} where ${site.organisationId} = ${award.organisationId} and ${site.isHeadquarters} limit 1)`;

export async function activeAwards(db: Db, filter: { applicationIds?: string[]; programmeId?: string } = {}): Promise<AwardWithRecipient[]> {
  const conditions = [eq(award.status, 'active')];
  if (filter.applicationIds) conditions.push(filter.applicationIds.length ? inArray(award.applicationId, filter.applicationIds) : sql`false`);
  if (filter.programmeId) conditions.push(eq(award.programmeId, filter.programmeId));
  const found = await db
    .select({ award, organisationName: organisation.legalName, nutsCode: hqNuts })
    .from(award)
    .innerJoin(organisation, eq(organisation.id, award.organisationId))
    .where(and(...conditions))
    .orderBy(asc(award.createdAt), asc(award.id));
  return found.map((r) => ({ ...r.award, organisationName: r.organisationName, nutsCode: r.nutsCode }));
}

/** Applications with at least one active award, with their call and programme. */
export async function fundedApplications(db: Db, filter: { applicationIds?: string[]; programmeId?: string } = {}) {
  const conditions = [sql`exists (select 1 from ${award} where ${award.applicationId} = ${application.id} and ${award.status} = 'active')`];
  if (filter.applicationIds) conditions.push(filter.applicationIds.length ? inArray(application.id, filter.applicationIds) : sql`false`);
  if (filter.programmeId) conditions.push(eq(call.programmeId, filter.programmeId));
  return db
    .select({ application, call, programme, leadName: organisation.legalName, agreement: grantAgreement })
    .from(application)
    .innerJoin(call, eq(call.id, application.callId))
    .innerJoin(programme, eq(programme.id, call.programmeId))
    .innerJoin(organisation, eq(organisation.id, application.leadOrganisationId))
    .leftJoin(grantAgreement, eq(grantAgreement.applicationId, application.id))
    .where(and(...conditions))
    .orderBy(asc(application.reference));
}

export type FundedApplication = Awaited<ReturnType<typeof fundedApplications>>[number];

/** Applications whose lead organisation, or one of whose awarded organisations, is in `organisationIds`. */
export async function applicationIdsOfRecipients(db: Db, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const led = await db.select({ id: application.id }).from(application).where(inArray(application.leadOrganisationId, [...organisationIds]));
  const awarded = await db.select({ id: award.applicationId }).from(award).where(inArray(award.organisationId, [...organisationIds]));
  return [...new Set([...led, ...awarded].map((r) => r.id))];
}

export async function findAgreement(db: Db, id: string): Promise<AgreementRow | undefined> {
  const [row] = await db.select().from(grantAgreement).where(eq(grantAgreement.id, id));
  return row;
}

export async function lockAgreement(db: Db, id: string): Promise<AgreementRow | undefined> {
  const [row] = await db.select().from(grantAgreement).where(eq(grantAgreement.id, id)).for('update');
  return row;
}

/** The new agreement, or undefined when the application already has one (unique per application). */
export async function insertAgreement(db: Db, values: typeof grantAgreement.$inferInsert): Promise<AgreementRow | undefined> {
  const [row] = await db.insert(grantAgreement).values(values).onConflictDoNothing({ target: grantAgreement.applicationId }).returning();
  return row;
}

export async function markSigned(db: Db, id: string, signedOn: string): Promise<void> {
  await db.update(grantAgreement).set({ status: 'signed', signedOn }).where(eq(grantAgreement.id, id));
}

export async function markTerminated(db: Db, id: string, values: { terminatedOn: string; terminationReason: string; terminatedBy: string | null }): Promise<void> {
  await db.update(grantAgreement).set({ status: 'terminated', ...values }).where(eq(grantAgreement.id, id));
}

export async function findProgramme(db: Db, id: string) {
  const [row] = await db.select().from(programme).where(eq(programme.id, id));
  return row;
}

export async function findProgrammeByCode(db: Db, code: string) {
  const [row] = await db.select().from(programme).where(eq(programme.code, code));
  return row;
}

/** Awards (any status) of projects whose agreement was signed (even if terminated since): the ones with a payment schedule. */
export async function scheduledAwards(db: Db, programmeId?: string): Promise<AwardRow[]> {
  const found = await db
    .select({ award })
    .from(award)
    .innerJoin(grantAgreement, and(eq(grantAgreement.applicationId, award.applicationId), isNotNull(grantAgreement.signedOn)))
    .where(programmeId ? eq(award.programmeId, programmeId) : undefined);
  return found.map((r) => r.award);
}

export async function programmeCodes(db: Db): Promise<Map<string, string>> {
  return new Map((await db.select({ id: programme.id, code: programme.code }).from(programme)).map((r) => [r.id, r.code]));
}

/** Support an organisation received from the programme outside Veta (counted as committed). */
export async function externalCommitments(db: Db, programmeId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${recipientCommitment.amountCents}), 0)` })
    .from(recipientCommitment)
    .where(and(eq(recipientCommitment.programmeId, programmeId), eq(recipientCommitment.source, 'external')));
  return Number(row?.total ?? 0);
}
