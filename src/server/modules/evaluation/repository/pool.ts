/** The evaluator pool: queries. */
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { appUser } from '../../identity/index.js';
import { evaluator } from '../schema/core.js';

export type EvaluatorRow = typeof evaluator.$inferSelect;
export type EvaluatorInsert = typeof evaluator.$inferInsert;
export type ExpertRow = EvaluatorRow & { name: string; email: string; userStatus: string; locale: 'es' | 'en' };

const expertColumns = { ev: evaluator, name: appUser.name, email: appUser.email, userStatus: appUser.status, locale: appUser.locale };
const flatten = (r: { ev: EvaluatorRow; name: string; email: string; userStatus: string; locale: 'es' | 'en' }): ExpertRow => ({ ...r.ev, name: r.name, email: r.email, userStatus: r.userStatus, locale: r.locale });

function expertQuery(db: Db, where: SQL | undefined) {
  return db.select(expertColumns).from(evaluator).innerJoin(appUser, eq(appUser.id, evaluator.userId)).where(where).orderBy(asc(appUser.name));
}

/** Experts whose name, e-mail, organisation, topics or keywords contain `q`. */
export async function listExperts(db: Db, q?: string): Promise<ExpertRow[]> {
  const like = q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  const where = like
    ? or(
        ilike(appUser.name, like),
        ilike(appUser.email, like),
        ilike(evaluator.organisationName, like),
        sql`array_to_string(${evaluator.topics}, ' ') ilike ${like}`,
        sql`array_to_string(${evaluator.keywords}, ' ') ilike ${like}`,
      )
    : undefined;
  return (await expertQuery(db, where)).map(flatten);
}

export async function findExpert(db: Db, id: string): Promise<ExpertRow | undefined> {
  const [row] = await expertQuery(db, eq(evaluator.id, id));
  return row ? flatten(row) : undefined;
}

export async function findExpertByUser(db: Db, userId: string): Promise<ExpertRow | undefined> {
  const [row] = await expertQuery(db, eq(evaluator.userId, userId));
  return row ? flatten(row) : undefined;
}

export async function expertsByIds(db: Db, ids: readonly string[]): Promise<ExpertRow[]> {
  if (ids.length === 0) return [];
  return (await expertQuery(db, inArray(evaluator.id, [...ids]))).map(flatten);
}

/** Experts who can be assigned: accepted the terms, account not disabled. */
export async function assignableExperts(db: Db): Promise<ExpertRow[]> {
  return (await expertQuery(db, and(sql`${evaluator.termsAcceptedAt} is not null`, sql`${appUser.status} <> 'disabled'`))).map(flatten);
}

export async function insertEvaluator(db: Db, values: EvaluatorInsert): Promise<EvaluatorRow> {
  const [row] = await db.insert(evaluator).values(values).returning();
  if (!row) throw new Error('insert evaluator returned nothing');
  return row;
}

export async function updateEvaluator(db: Db, id: string, values: Partial<EvaluatorInsert>): Promise<void> {
  await db.update(evaluator).set(values).where(eq(evaluator.id, id));
}

export async function renameUser(db: Db, userId: string, name: string): Promise<void> {
  await db.update(appUser).set({ name }).where(eq(appUser.id, userId));
}
