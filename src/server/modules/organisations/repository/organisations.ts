/** Organisation, site and material queries. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { preparedQuery } from '../../../platform/db/prepared.js';
import { rows, type Db } from '../../../platform/db/types.js';
import { organisation, organisationMaterial, organisationUser, site } from '../schema.js';
import { registryChanged } from './version.js';

export type OrganisationRow = typeof organisation.$inferSelect;
export type OrganisationInsert = typeof organisation.$inferInsert;
export type SiteRow = typeof site.$inferSelect;
export type SiteInsert = typeof site.$inferInsert;

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisation).where(eq(organisation.id, id));
  return row;
}

const byIds = preparedQuery('orgs_by_ids', (db) => db.select().from(organisation).where(sql`${organisation.id} = any(${sql.placeholder('ids')}::uuid[])`));

export async function findOrganisations(db: Db, ids: readonly string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return byIds(db, { ids: [...ids] });
}

/** The city of the organisation `id` refers to: its headquarters' (else its first site's), as `listSites` orders them. */
export const hqCityOf = (id: SQL) => sql<string | null>`(select s.city from ${site} s where s.organisation_id = ${id} order by s.is_headquarters desc, s.created_at, s.id limit 1)`;

/** The outer column is qualified by hand: a single-table select renders `organisation.id` as a bare `"id"`. */
const hqCity = hqCityOf(sql`${organisation}.id`);

const summariesByIds = preparedQuery('orgs_summaries_by_ids', (db) =>
  db
    .select({
      id: organisation.id,
      legalName: organisation.legalName,
      tradeName: organisation.tradeName,
      kind: organisation.kind,
      country: organisation.country,
      taxId: organisation.taxId,
      officeId: organisation.officeId,
      stages: organisation.stages,
      materialIds: organisation.materialIds,
      provinceCodes: organisation.provinceCodes,
      membershipStatus: organisation.membershipStatus,
      membershipTier: organisation.membershipTier,
      smeClass: organisation.smeClass,
      publicProfile: organisation.publicProfile,
      city: hqCity,
    })
    .from(organisation)
    .where(sql`${organisation.id} = any(${sql.placeholder('ids')}::uuid[])`),
);

/** What a directory list shows of each organisation (a page of search results), in no set order. */
export type SummaryRow = Awaited<ReturnType<typeof summariesByIds>>[number];

export async function findSummaries(db: Db, ids: readonly string[]): Promise<SummaryRow[]> {
  if (ids.length === 0) return [];
  return summariesByIds(db, { ids: [...ids] });
}

export async function findByTaxId(db: Db, taxId: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisation).where(eq(organisation.taxId, taxId));
  return row;
}

/** Which of these tax ids are already registered. */
export async function existingTaxIds(db: Db, taxIds: readonly string[]): Promise<Set<string>> {
  if (taxIds.length === 0) return new Set();
  const found = await db.select({ taxId: organisation.taxId }).from(organisation).where(inArray(organisation.taxId, [...taxIds]));
  return new Set(found.map((r) => r.taxId ?? ''));
}

export async function insertOrganisation(db: Db, values: OrganisationInsert): Promise<OrganisationRow> {
  const [row] = await db.insert(organisation).values(values).returning();
  if (!row) throw new Error('insert organisation returned nothing');
  await registryChanged(db, [row.id]);
  return row;
}

export async function insertOrganisations(db: Db, values: OrganisationInsert[]): Promise<void> {
  if (values.length === 0) return;
  const ids = await db.insert(organisation).values(values).returning({ id: organisation.id });
  await registryChanged(db, ids.map((r) => r.id));
}

export async function updateOrganisation(db: Db, id: string, values: Partial<OrganisationInsert>): Promise<void> {
  await db.update(organisation).set(values).where(eq(organisation.id, id));
  await registryChanged(db, [id]);
}

export async function listSites(db: Db, organisationId: string): Promise<SiteRow[]> {
  return db.select().from(site).where(eq(site.organisationId, organisationId)).orderBy(sql`${site.isHeadquarters} desc`, asc(site.createdAt), asc(site.id));
}

const sitesByOrganisations = preparedQuery('orgs_sites_of', (db) =>
  db
    .select()
    .from(site)
    .where(sql`${site.organisationId} = any(${sql.placeholder('ids')}::uuid[])`)
    .orderBy(sql`${site.isHeadquarters} desc`, asc(site.createdAt)),
);

export async function sitesOf(db: Db, organisationIds: readonly string[]): Promise<SiteRow[]> {
  if (organisationIds.length === 0) return [];
  return sitesByOrganisations(db, { ids: [...organisationIds] });
}

export async function findSite(db: Db, id: string): Promise<SiteRow | undefined> {
  const [row] = await db.select().from(site).where(eq(site.id, id));
  return row;
}

export async function insertSites(db: Db, values: SiteInsert[]): Promise<SiteRow[]> {
  if (values.length === 0) return [];
  return db.insert(site).values(values).returning();
}

export async function updateSite(db: Db, id: string, values: Partial<SiteInsert>): Promise<void> {
  await db.update(site).set(values).where(eq(site.id, id));
}

export async function deleteSite(db: Db, id: string): Promise<void> {
  await db.delete(site).where(eq(site.id, id));
}

/** Only one headquarters per organisation. */
export async function clearHeadquarters(db: Db, organisationId: string): Promise<void> {
  await db.update(site).set({ isHeadquarters: false }).where(eq(site.organisationId, organisationId));
}

export async function setMaterials(db: Db, organisationId: string, materialIds: readonly string[]): Promise<void> {
  await db.delete(organisationMaterial).where(eq(organisationMaterial.organisationId, organisationId));
  if (materialIds.length) await db.insert(organisationMaterial).values(materialIds.map((materialId) => ({ organisationId, materialId })));
}

export async function insertMaterialLinks(db: Db, values: { organisationId: string; materialId: string }[]): Promise<void> {
  if (values.length) await db.insert(organisationMaterial).values(values);
}

/** Ids of the known materials among `ids`. */
export async function knownMaterialIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await rows<{ id: string }>(db, sql`select id from material where id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  return new Set(found.map((r) => r.id));
}

export async function allMaterialNames(db: Db): Promise<{ id: string; nameEs: string; nameEn: string }[]> {
  return rows(db, sql`select id, name_es as "nameEs", name_en as "nameEn" from material`);
}

// --- people acting for organisations ---------------------------------------------------------

export async function organisationIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const found = await db.select({ id: organisationUser.organisationId }).from(organisationUser).where(eq(organisationUser.userId, userId));
  return found.map((r) => r.id);
}

export async function actsFor(db: Db, userId: string, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisationUser.organisationId })
    .from(organisationUser)
    .where(and(eq(organisationUser.userId, userId), eq(organisationUser.organisationId, organisationId)));
  return row !== undefined;
}

export async function listOrganisationUsers(db: Db, organisationId: string) {
  return rows<{ userId: string; name: string; email: string; role: 'representative' | 'editor' }>(
    db,
    sql`select u.id as "userId", u.name, u.email, ou.role from organisation_user ou join app_user u on u.id = ou.user_id
        where ou.organisation_id = ${organisationId} order by u.name`,
  );
}

export async function upsertOrganisationUser(db: Db, values: typeof organisationUser.$inferInsert): Promise<void> {
  await db.insert(organisationUser).values(values).onConflictDoUpdate({ target: [organisationUser.organisationId, organisationUser.userId], set: { role: values.role } });
}

export async function deleteOrganisationUser(db: Db, organisationId: string, userId: string): Promise<boolean> {
  const gone = await db
    .delete(organisationUser)
    .where(and(eq(organisationUser.organisationId, organisationId), eq(organisationUser.userId, userId)))
    .returning({ id: organisationUser.userId });
  return gone.length > 0;
}

export async function listMaterialIds(db: Db, organisationId: string): Promise<string[]> {
  const found = await db.select({ id: organisationMaterial.materialId }).from(organisationMaterial).where(eq(organisationMaterial.organisationId, organisationId));
  return found.map((r) => r.id);
}
