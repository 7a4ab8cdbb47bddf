/** SME self-declarations and organisation claims: queries. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { appUser } from '../../identity/index.js';
import { organisation } from '../../organisations/index.js';
import { organisationClaim, smeDeclaration } from '../schema.js';

export type DeclarationRow = typeof smeDeclaration.$inferSelect;
export type ClaimRow = typeof organisationClaim.$inferSelect;

export async function insertDeclaration(db: Db, values: typeof smeDeclaration.$inferInsert): Promise<DeclarationRow> {
  const [row] = await db.insert(smeDeclaration).values(values).returning();
  if (!row) throw new Error('insert declaration returned nothing');
  return row;
}

/** The latest declaration of each of these organisations. */
export async function latestDeclarations(db: Db, organisationIds: readonly string[]): Promise<Map<string, DeclarationRow>> {
  if (organisationIds.length === 0) return new Map();
  const found = await db
    .selectDistinctOn([smeDeclaration.organisationId])
    .from(smeDeclaration)
    .where(inArray(smeDeclaration.organisationId, [...organisationIds]))
    .orderBy(smeDeclaration.organisationId, desc(smeDeclaration.declaredAt), desc(smeDeclaration.id));
  return new Map(found.map((d) => [d.organisationId, d]));
}

const claimColumns = {
  claim: organisationClaim,
  organisationName: organisation.legalName,
  taxId: organisation.taxId,
  website: organisation.website,
  userName: appUser.name,
  userEmail: appUser.email,
  userLocale: appUser.locale,
};

function claimsQuery(db: Db) {
  return db
    .select(claimColumns)
    .from(organisationClaim)
    .innerJoin(organisation, eq(organisation.id, organisationClaim.organisationId))
    .innerJoin(appUser, eq(appUser.id, organisationClaim.userId));
}
export type ClaimWithNames = Awaited<ReturnType<ReturnType<typeof claimsQuery>['execute']>>[number];

export async function listClaims(db: Db, status?: ClaimRow['status']): Promise<ClaimWithNames[]> {
  const q = claimsQuery(db);
  return (status ? q.where(eq(organisationClaim.status, status)) : q).orderBy(desc(organisationClaim.createdAt)).limit(500);
}

export async function claimsOfUser(db: Db, userId: string): Promise<ClaimWithNames[]> {
  return claimsQuery(db).where(eq(organisationClaim.userId, userId)).orderBy(desc(organisationClaim.createdAt));
}

export async function findClaim(db: Db, id: string): Promise<ClaimWithNames | undefined> {
  const [row] = await claimsQuery(db).where(eq(organisationClaim.id, id));
  return row;
}

export async function pendingClaim(db: Db, organisationId: string, userId: string): Promise<ClaimRow | undefined> {
  const [row] = await db
    .select()
    .from(organisationClaim)
    .where(and(eq(organisationClaim.organisationId, organisationId), eq(organisationClaim.userId, userId), eq(organisationClaim.status, 'pending')));
  return row;
}

export async function insertClaim(db: Db, values: typeof organisationClaim.$inferInsert): Promise<ClaimRow> {
  const [row] = await db.insert(organisationClaim).values(values).returning();
  if (!row) throw new Error('insert claim returned nothing');
  return row;
}

/** Decides a pending claim; false when it was decided meanwhile. */
export async function decideClaim(db: Db, id: string, values: Pick<ClaimRow, 'status' | 'decidedBy' | 'decidedAt' | 'reason'>): Promise<boolean> {
  const done = await db.update(organisationClaim).set(values).where(and(eq(organisationClaim.id, id), eq(organisationClaim.status, 'pending'))).returning({ id: organisationClaim.id });
  return done.length > 0;
}

export const countPendingClaims = async (db: Db) => Number((await db.select({ n: sql<number>`count(*)::int` }).from(organisationClaim).where(eq(organisationClaim.status, 'pending')))[0]?.n ?? 0);
