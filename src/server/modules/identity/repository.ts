/** Identity queries: one function per query; services never build SQL. */
import { and, asc, count, eq, gt, ilike, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { preparedQuery } from '../../platform/db/prepared.js';
import type { Db } from '../../platform/db/types.js';
import type { Role } from '../../../shared/roles.js';
import { apiToken, appUser, authAttempt, office, session, userOffice, userToken, type AttemptKind, type TokenPurpose } from './schema.js';
import { announceAuthChange } from './service/session-cache.js';

export type UserRow = typeof appUser.$inferSelect;
export type UserWithOffices = UserRow & { officeIds: string[] };

const officeIdsOf = sql<string[]>`coalesce((select array_agg(uo.office_id::text order by uo.office_id) from user_office uo where uo.user_id = ${appUser.id}), '{}')`;

export async function findUserByEmail(db: Db, email: string): Promise<UserWithOffices | undefined> {
  const [row] = await db.select({ u: appUser, officeIds: officeIdsOf }).from(appUser).where(eq(appUser.email, email));
  return row ? { ...row.u, officeIds: row.officeIds } : undefined;
}

const userById = preparedQuery('identity_user_by_id', (db) => db.select({ u: appUser, officeIds: officeIdsOf }).from(appUser).where(eq(appUser.id, sql.placeholder('id'))));

export async function findUserById(db: Db, id: string): Promise<UserWithOffices | undefined> {
  const [row] = await userById(db, { id });
  return row ? { ...row.u, officeIds: row.officeIds } : undefined;
}

export interface UserFilter {
  q?: string;
  role?: Role;
  status?: UserRow['status'];
  officeId?: string;
  limit: number;
  offset: number;
}

export async function listUsers(db: Db, f: UserFilter): Promise<{ items: UserWithOffices[]; total: number }> {
  const where: SQL[] = [];
  if (f.q) where.push(or(ilike(appUser.email, `%${f.q}%`), ilike(appUser.name, `%${f.q}%`)) as SQL);
  if (f.role) where.push(eq(appUser.role, f.role));
  if (f.status) where.push(eq(appUser.status, f.status));
  if (f.officeId) where.push(sql`exists (select 1 from user_office uo where uo.user_id = ${appUser.id} and uo.office_id = ${f.officeId})`);
  const cond = where.length ? and(...where) : undefined;
  const rows = await db.select({ u: appUser, officeIds: officeIdsOf }).from(appUser).where(cond).orderBy(asc(appUser.name)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(appUser).where(cond);
  return { items: rows.map((r) => ({ ...r.u, officeIds: r.officeIds })), total: total?.n ?? 0 };
}

const activeAdmins = preparedQuery('identity_active_admins', (db) => db.select({ n: count() }).from(appUser).where(and(eq(appUser.role, 'admin'), eq(appUser.status, 'active'))));

export async function countActiveAdmins(db: Db): Promise<number> {
  const [row] = await activeAdmins(db);
  return row?.n ?? 0;
}

export async function insertUser(db: Db, values: typeof appUser.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(appUser).values(values).returning();
  if (!row) throw new Error('insert app_user returned nothing');
  return row;
}

export async function updateUser(db: Db, id: string, values: Partial<typeof appUser.$inferInsert>): Promise<void> {
  await db.update(appUser).set(values).where(eq(appUser.id, id));
  await announceAuthChange(db, id);
}

export async function setUserOffices(db: Db, userId: string, officeIds: string[]): Promise<void> {
  await db.delete(userOffice).where(eq(userOffice.userId, userId));
  if (officeIds.length) await db.insert(userOffice).values(officeIds.map((officeId) => ({ userId, officeId })));
  await announceAuthChange(db, userId);
}

const officesByName = preparedQuery('identity_offices_by_name', (db) => db.select().from(office).orderBy(asc(office.name)));

export async function listOffices(db: Db): Promise<(typeof office.$inferSelect)[]> {
  return officesByName(db);
}

export async function findOfficesByIds(db: Db, ids: string[]): Promise<(typeof office.$inferSelect)[]> {
  return ids.length ? db.select().from(office).where(inArray(office.id, ids)) : [];
}

export async function findOfficeByCode(db: Db, code: string): Promise<typeof office.$inferSelect | undefined> {
  const [row] = await db.select().from(office).where(eq(office.code, code));
  return row;
}

export async function insertOffice(db: Db, values: typeof office.$inferInsert): Promise<typeof office.$inferSelect> {
  const [row] = await db.insert(office).values(values).returning();
  if (!row) throw new Error('insert office returned nothing');
  return row;
}

export async function updateOffice(db: Db, id: string, values: Partial<typeof office.$inferInsert>): Promise<void> {
  await db.update(office).set(values).where(eq(office.id, id));
}

// --- sessions ---------------------------------------------------------------------------------

export async function insertSession(db: Db, values: typeof session.$inferInsert): Promise<typeof session.$inferSelect> {
  const [row] = await db.insert(session).values(values).returning();
  if (!row) throw new Error('insert session returned nothing');
  return row;
}

export interface SessionLookup {
  session: typeof session.$inferSelect;
  user: UserWithOffices;
}

const liveSessionByHash = preparedQuery('identity_live_session', (db) =>
  db
    .select({ s: session, u: appUser, officeIds: officeIdsOf })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .where(and(eq(session.tokenHash, sql.placeholder('tokenHash')), isNull(session.revokedAt), gt(session.expiresAt, sql.placeholder('now')))),
);

export async function findLiveSession(db: Db, tokenHash: string, now: Date): Promise<SessionLookup | undefined> {
  const [row] = await liveSessionByHash(db, { tokenHash, now });
  return row ? { session: row.s, user: { ...row.u, officeIds: row.officeIds } } : undefined;
}

export async function touchSession(db: Db, id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
  await db.update(session).set({ lastSeenAt, expiresAt }).where(eq(session.id, id));
}

export async function revokeSession(db: Db, id: string, at: Date): Promise<void> {
  const rows = await db.update(session).set({ revokedAt: at }).where(and(eq(session.id, id), isNull(session.revokedAt))).returning({ userId: session.userId });
  for (const r of rows) await announceAuthChange(db, r.userId);
}

export async function revokeUserSessions(db: Db, userId: string, at: Date, exceptId?: string): Promise<number> {
  const conds = [eq(session.userId, userId), isNull(session.revokedAt)];
  if (exceptId) conds.push(ne(session.id, exceptId));
  const rows = await db.update(session).set({ revokedAt: at }).where(and(...conds)).returning({ id: session.id });
  await announceAuthChange(db, userId);
  return rows.length;
}

// --- single-use tokens ------------------------------------------------------------------------

export async function insertUserToken(db: Db, values: typeof userToken.$inferInsert): Promise<void> {
  await db.insert(userToken).values(values);
}

export async function findUserToken(db: Db, tokenHash: string): Promise<typeof userToken.$inferSelect | undefined> {
  const [row] = await db.select().from(userToken).where(eq(userToken.tokenHash, tokenHash));
  return row;
}

/** Marks the token used if it still was unused; false when someone used it first. */
export async function consumeUserToken(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db.update(userToken).set({ usedAt: at }).where(and(eq(userToken.id, id), isNull(userToken.usedAt))).returning({ id: userToken.id });
  return rows.length === 1;
}

export async function expireUserTokens(db: Db, userId: string, purpose: TokenPurpose, at: Date): Promise<void> {
  await db.update(userToken).set({ usedAt: at }).where(and(eq(userToken.userId, userId), eq(userToken.purpose, purpose), isNull(userToken.usedAt)));
}

// --- API tokens -------------------------------------------------------------------------------

export async function insertApiToken(db: Db, values: typeof apiToken.$inferInsert): Promise<typeof apiToken.$inferSelect> {
  const [row] = await db.insert(apiToken).values(values).returning();
  if (!row) throw new Error('insert api_token returned nothing');
  return row;
}

export async function listApiTokens(db: Db, userId: string): Promise<(typeof apiToken.$inferSelect)[]> {
  return db.select().from(apiToken).where(eq(apiToken.userId, userId)).orderBy(asc(apiToken.createdAt));
}

const liveApiTokenByHash = preparedQuery('identity_live_api_token', (db) =>
  db
    .select({ t: apiToken, u: appUser, officeIds: officeIdsOf })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .where(and(eq(apiToken.tokenHash, sql.placeholder('tokenHash')), isNull(apiToken.revokedAt), or(isNull(apiToken.expiresAt), gt(apiToken.expiresAt, sql.placeholder('now'))))),
);

export async function findApiTokenUser(db: Db, tokenHash: string, now: Date): Promise<{ token: typeof apiToken.$inferSelect; user: UserWithOffices } | undefined> {
  const [row] = await liveApiTokenByHash(db, { tokenHash, now });
  return row ? { token: row.t, user: { ...row.u, officeIds: row.officeIds } } : undefined;
}

export async function touchApiToken(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiToken).set({ lastUsedAt: at }).where(eq(apiToken.id, id));
}

export async function revokeApiToken(db: Db, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(apiToken)
    .set({ revokedAt: at })
    .where(and(eq(apiToken.id, id), eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
    .returning({ id: apiToken.id });
  await announceAuthChange(db, userId);
  return rows.length === 1;
}

// --- rate limiting ----------------------------------------------------------------------------

export async function recordAttempt(db: Db, values: typeof authAttempt.$inferInsert): Promise<void> {
  await db.insert(authAttempt).values(values);
}

/** Attempts of a kind from an address since `since` (failures only unless `all`), oldest first. */
export async function recentAttempts(db: Db, ip: string, kind: AttemptKind, since: Date, all: boolean): Promise<Date[]> {
  const conds = [eq(authAttempt.ip, ip), eq(authAttempt.kind, kind), gt(authAttempt.at, since)];
  if (!all) conds.push(eq(authAttempt.success, false));
  const rows = await db.select({ at: authAttempt.at }).from(authAttempt).where(and(...conds)).orderBy(asc(authAttempt.at));
  return rows.map((r) => r.at);
}

export async function pruneAttempts(db: Db, before: Date): Promise<void> {
  await db.delete(authAttempt).where(lt(authAttempt.at, before));
}
