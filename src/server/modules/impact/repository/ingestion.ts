/** Site ingestion tokens and reading uploads. */
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { organisation, site } from '../../organisations/index.js';
import { impactSiteToken, impactUpload } from '../schema.js';

export type SiteTokenRow = typeof impactSiteToken.$inferSelect;
export type UploadRow = typeof impactUpload.$inferSelect;

export async function listSiteTokens(db: Db, siteId: string): Promise<SiteTokenRow[]> {
  return db.select().from(impactSiteToken).where(eq(impactSiteToken.siteId, siteId)).orderBy(desc(impactSiteToken.createdAt));
}

export async function insertSiteToken(db: Db, values: typeof impactSiteToken.$inferInsert): Promise<SiteTokenRow> {
  const [row] = await db.insert(impactSiteToken).values(values).returning();
  if (!row) throw new Error('insert impact_site_token returned nothing');
  return row;
}

export async function revokeSiteToken(db: Db, siteId: string, id: string, at: Date): Promise<boolean> {
  const done = await db
    .update(impactSiteToken)
    .set({ revokedAt: at })
    .where(and(eq(impactSiteToken.id, id), eq(impactSiteToken.siteId, siteId), isNull(impactSiteToken.revokedAt)))
    .returning({ id: impactSiteToken.id });
  return done.length === 1;
}

/** A live token by hash, with its site and organisation. */
export async function findLiveSiteToken(db: Db, tokenHash: string): Promise<{ id: string; siteId: string; organisationId: string } | undefined> {
  const [row] = await db
    .select({ id: impactSiteToken.id, siteId: impactSiteToken.siteId, organisationId: site.organisationId })
    .from(impactSiteToken)
    .innerJoin(site, eq(site.id, impactSiteToken.siteId))
    .where(and(eq(impactSiteToken.tokenHash, tokenHash), isNull(impactSiteToken.revokedAt)));
  return row;
}

/** Records use at most once a minute per token (no write per request). */
export async function touchSiteToken(db: Db, id: string, at: Date): Promise<void> {
  const minuteAgo = new Date(at.getTime() - 60_000);
  await db
    .update(impactSiteToken)
    .set({ lastUsedAt: at })
    .where(and(eq(impactSiteToken.id, id), or(isNull(impactSiteToken.lastUsedAt), lt(impactSiteToken.lastUsedAt, minuteAgo))));
}

export async function insertUpload(db: Db, values: typeof impactUpload.$inferInsert): Promise<UploadRow> {
  const [row] = await db.insert(impactUpload).values(values).returning();
  if (!row) throw new Error('insert impact_upload returned nothing');
  return row;
}

export async function findUpload(db: Db, id: string): Promise<(UploadRow & { organisationId: string; officeId: string | null }) | undefined> {
  const [row] = await db
    .select({ u: impactUpload, organisationId: site.organisationId, officeId: organisation.officeId })
    .from(impactUpload)
    .innerJoin(site, eq(site.id, impactUpload.siteId))
    .innerJoin(organisation, eq(organisation.id, site.organisationId))
    .where(eq(impactUpload.id, id));
  return row ? { ...row.u, organisationId: row.organisationId, officeId: row.officeId } : undefined;
}

export async function listUploads(db: Db, siteId: string, limit = 50): Promise<UploadRow[]> {
  return db.select().from(impactUpload).where(eq(impactUpload.siteId, siteId)).orderBy(desc(impactUpload.createdAt)).limit(limit);
}

/** Marks an upload committed if it was not yet; false when another commit won. */
export async function markUploadCommitted(db: Db, id: string, values: { mapping: unknown; stored: number; committedBy: string | null; committedAt: Date }): Promise<boolean> {
  const done = await db
    .update(impactUpload)
    .set({ status: 'committed', mapping: values.mapping as object, stored: values.stored, committedBy: values.committedBy, committedAt: values.committedAt })
    .where(and(eq(impactUpload.id, id), eq(impactUpload.status, 'uploaded')))
    .returning({ id: impactUpload.id });
  return done.length === 1;
}
