/** Raw-materials queries: one function per query; services never build SQL. */
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.js';
import { appUser } from '../identity/index.js';
import { organisation, organisationMaterial, registryChanged } from '../organisations/index.js';
import {
  crmCapacityFigure,
  crmDataset,
  crmEndUse,
  crmGovernance,
  crmParameter,
  crmPublishedScore,
  crmScenario,
  crmSector,
  crmSupplyShare,
  material,
} from './schema.js';

export type DatasetRow = typeof crmDataset.$inferSelect;
export type ScenarioRow = typeof crmScenario.$inferSelect;
export type CapacityRow = typeof crmCapacityFigure.$inferSelect;
export type GovernanceRow = typeof crmGovernance.$inferSelect;
export type ParameterRow = typeof crmParameter.$inferSelect;

/** Rows per INSERT statement (well under PostgreSQL's 65,535 bound parameters). */
const CHUNK = 500;

async function insertChunked<T extends Record<string, unknown>>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

// --- catalogue -------------------------------------------------------------------------------

export function listMaterials(db: Db) {
  return db.select().from(material).orderBy(asc(material.nameEn));
}

export async function findMaterial(db: Db, id: string) {
  const [row] = await db.select().from(material).where(eq(material.id, id));
  return row;
}

// --- datasets --------------------------------------------------------------------------------

const countOf = (table: string) => sql<number>`(select count(*)::int from ${sql.raw(table)} x where x.dataset_id = ${crmDataset.id})`;

export interface DatasetWithCounts {
  dataset: DatasetRow;
  counts: { materials: number; supplyShares: number; endUses: number; publishedScores: number; governance: number; parameters: number };
}

const datasetCounts = {
  materials: sql<number>`(select count(distinct x.material_id)::int from (select material_id, dataset_id from crm_supply_share union all select material_id, dataset_id from crm_end_use union all select material_id, dataset_id from crm_published_score) x where x.dataset_id = ${crmDataset.id})`,
  supplyShares: countOf('crm_supply_share'),
  endUses: countOf('crm_end_use'),
  publishedScores: countOf('crm_published_score'),
  governance: countOf('crm_governance'),
  parameters: countOf('crm_parameter'),
};

export async function listDatasets(db: Db): Promise<DatasetWithCounts[]> {
  const rows = await db.select({ dataset: crmDataset, ...datasetCounts }).from(crmDataset).orderBy(desc(crmDataset.assessmentYear), asc(crmDataset.code));
  return rows.map(({ dataset, ...counts }) => ({ dataset, counts }));
}

export async function findDatasetWithCounts(db: Db, id: string): Promise<DatasetWithCounts | undefined> {
  const [row] = await db.select({ dataset: crmDataset, ...datasetCounts }).from(crmDataset).where(eq(crmDataset.id, id));
  if (!row) return undefined;
  const { dataset, ...counts } = row;
  return { dataset, counts };
}

export async function findDataset(db: Db, id: string): Promise<DatasetRow | undefined> {
  const [row] = await db.select().from(crmDataset).where(eq(crmDataset.id, id));
  return row;
}

export async function findDatasetByCode(db: Db, code: string): Promise<DatasetRow | undefined> {
  const [row] = await db.select().from(crmDataset).where(eq(crmDataset.code, code));
  return row;
}

export async function findCurrentDataset(db: Db): Promise<DatasetRow | undefined> {
  const [row] = await db.select().from(crmDataset).where(eq(crmDataset.isCurrent, true));
  return row;
}

export async function datasetRevision(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ revision: crmDataset.revision }).from(crmDataset).where(eq(crmDataset.id, id));
  return row?.revision;
}

export async function insertDataset(db: Db, values: typeof crmDataset.$inferInsert): Promise<DatasetRow> {
  const [row] = await db.insert(crmDataset).values(values).returning();
  if (!row) throw new Error('insert crm_dataset returned nothing');
  return row;
}

export async function updateDataset(db: Db, id: string, values: Partial<typeof crmDataset.$inferInsert>): Promise<void> {
  await db.update(crmDataset).set(values).where(eq(crmDataset.id, id));
}

export async function setCurrentDataset(db: Db, id: string, now: Date): Promise<void> {
  await db.update(crmDataset).set({ isCurrent: false, updatedAt: now }).where(and(eq(crmDataset.isCurrent, true), sql`${crmDataset.id} <> ${id}`));
  await db.update(crmDataset).set({ isCurrent: true, updatedAt: now }).where(eq(crmDataset.id, id));
}

/** Removes the study tables of a dataset (parameters, scenarios and capacity figures stay). */
export async function clearDatasetTables(db: Db, id: string): Promise<void> {
  for (const table of [crmSupplyShare, crmEndUse, crmPublishedScore, crmSector]) await db.delete(table).where(eq(table.datasetId, id));
}

export async function insertSectors(db: Db, rows: (typeof crmSector.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (c) => db.insert(crmSector).values(c));
}

export async function insertSupplyShares(db: Db, rows: (typeof crmSupplyShare.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (c) => db.insert(crmSupplyShare).values(c));
}

export async function insertEndUses(db: Db, rows: (typeof crmEndUse.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (c) => db.insert(crmEndUse).values(c));
}

export async function insertPublishedScores(db: Db, rows: (typeof crmPublishedScore.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (c) => db.insert(crmPublishedScore).values(c));
}

/** Every stored row of a dataset, for assembling the engine's dataset. */
export async function loadDatasetTables(db: Db, id: string) {
  const [sectors, shares, endUses, published, governance, parameters] = await Promise.all([
    db.select().from(crmSector).where(eq(crmSector.datasetId, id)),
    db.select().from(crmSupplyShare).where(eq(crmSupplyShare.datasetId, id)).orderBy(asc(crmSupplyShare.sourceLine)),
    db.select().from(crmEndUse).where(eq(crmEndUse.datasetId, id)).orderBy(asc(crmEndUse.materialId), asc(crmEndUse.position)),
    db.select().from(crmPublishedScore).where(eq(crmPublishedScore.datasetId, id)).orderBy(asc(crmPublishedScore.year)),
    db.select().from(crmGovernance).where(eq(crmGovernance.datasetId, id)),
    db.select().from(crmParameter).where(eq(crmParameter.datasetId, id)),
  ]);
  return { sectors, shares, endUses, published, governance, parameters };
}

// --- parameters staff enter ------------------------------------------------------------------

export function listGovernance(db: Db, datasetId: string): Promise<GovernanceRow[]> {
  return db.select().from(crmGovernance).where(eq(crmGovernance.datasetId, datasetId));
}

export async function upsertGovernance(db: Db, rows: (typeof crmGovernance.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (c) =>
    db
      .insert(crmGovernance)
      .values(c)
      .onConflictDoUpdate({
        target: [crmGovernance.datasetId, crmGovernance.country],
        set: { wgiScaled: sql`excluded.wgi_scaled`, source: sql`excluded.source`, illustrative: sql`excluded.illustrative`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
      }),
  );
}

export async function deleteGovernance(db: Db, datasetId: string, country: string): Promise<boolean> {
  const rows = await db.delete(crmGovernance).where(and(eq(crmGovernance.datasetId, datasetId), eq(crmGovernance.country, country))).returning({ c: crmGovernance.country });
  return rows.length > 0;
}

export function listParameters(db: Db, datasetId: string): Promise<ParameterRow[]> {
  return db.select().from(crmParameter).where(eq(crmParameter.datasetId, datasetId));
}

export async function upsertParameters(db: Db, rows: (typeof crmParameter.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (c) =>
    db
      .insert(crmParameter)
      .values(c)
      .onConflictDoUpdate({
        target: [crmParameter.datasetId, crmParameter.materialId, crmParameter.parameter],
        set: { value: sql`excluded.value`, source: sql`excluded.source`, illustrative: sql`excluded.illustrative`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
      }),
  );
}

export async function deleteParameters(db: Db, datasetId: string, materialId: string, names: readonly ParameterRow['parameter'][]): Promise<void> {
  if (names.length === 0) return;
  await db.delete(crmParameter).where(and(eq(crmParameter.datasetId, datasetId), eq(crmParameter.materialId, materialId), inArray(crmParameter.parameter, [...names])));
}

/** Countries of a dataset's share tables with the number of materials each supplies. */
export function datasetCountries(db: Db, datasetId: string): Promise<{ country: string; materials: number }[]> {
  return db
    .select({ country: crmSupplyShare.country, materials: sql<number>`count(distinct ${crmSupplyShare.materialId})::int` })
    .from(crmSupplyShare)
    .where(eq(crmSupplyShare.datasetId, datasetId))
    .groupBy(crmSupplyShare.country);
}

// --- scenarios -------------------------------------------------------------------------------

export type ScenarioWithAuthor = ScenarioRow & { authorName: string | null };

/** Scenarios of a dataset (all datasets when null); `visibleTo` limits to the author's and shared ones. */
export async function listScenarios(db: Db, datasetId: string | null, visibleTo: string | null): Promise<ScenarioWithAuthor[]> {
  const where: SQL[] = [];
  if (datasetId !== null) where.push(eq(crmScenario.datasetId, datasetId));
  if (visibleTo !== null) where.push(or(eq(crmScenario.shared, true), eq(crmScenario.createdBy, visibleTo)) as SQL);
  const rows = await db
    .select({ s: crmScenario, authorName: appUser.name })
    .from(crmScenario)
    .leftJoin(appUser, eq(appUser.id, crmScenario.createdBy))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(crmScenario.updatedAt));
  return rows.map((r) => ({ ...r.s, authorName: r.authorName }));
}

export async function findScenario(db: Db, id: string): Promise<ScenarioWithAuthor | undefined> {
  const [row] = await db.select({ s: crmScenario, authorName: appUser.name }).from(crmScenario).leftJoin(appUser, eq(appUser.id, crmScenario.createdBy)).where(eq(crmScenario.id, id));
  return row ? { ...row.s, authorName: row.authorName } : undefined;
}

export async function insertScenario(db: Db, values: typeof crmScenario.$inferInsert): Promise<ScenarioRow> {
  const [row] = await db.insert(crmScenario).values(values).returning();
  if (!row) throw new Error('insert crm_scenario returned nothing');
  return row;
}

export async function updateScenario(db: Db, id: string, values: Partial<typeof crmScenario.$inferInsert>): Promise<void> {
  await db.update(crmScenario).set(values).where(eq(crmScenario.id, id));
}

export async function deleteScenario(db: Db, id: string): Promise<void> {
  await db.delete(crmScenario).where(eq(crmScenario.id, id));
}

// --- capacity figures ------------------------------------------------------------------------

export type CapacityWithOrganisation = CapacityRow & { organisationName: string | null };

const orgName = sql<string | null>`coalesce(${organisation.tradeName}, ${organisation.legalName})`;

export async function listCapacityFigures(db: Db, materialId?: string): Promise<CapacityWithOrganisation[]> {
  const rows = await db
    .select({ f: crmCapacityFigure, organisationName: orgName })
    .from(crmCapacityFigure)
    .leftJoin(organisation, eq(organisation.id, crmCapacityFigure.organisationId))
    .where(materialId === undefined ? undefined : eq(crmCapacityFigure.materialId, materialId))
    .orderBy(asc(crmCapacityFigure.materialId), desc(crmCapacityFigure.year), desc(crmCapacityFigure.updatedAt));
  return rows.map((r) => ({ ...r.f, organisationName: r.organisationName }));
}

export async function findCapacityFigure(db: Db, id: string): Promise<CapacityWithOrganisation | undefined> {
  const [row] = await db
    .select({ f: crmCapacityFigure, organisationName: orgName })
    .from(crmCapacityFigure)
    .leftJoin(organisation, eq(organisation.id, crmCapacityFigure.organisationId))
    .where(eq(crmCapacityFigure.id, id));
  return row ? { ...row.f, organisationName: row.organisationName } : undefined;
}

export async function insertCapacityFigure(db: Db, values: typeof crmCapacityFigure.$inferInsert): Promise<CapacityRow> {
  const [row] = await db.insert(crmCapacityFigure).values(values).returning();
  if (!row) throw new Error('insert crm_capacity_figure returned nothing');
  return row;
}

export async function updateCapacityFigure(db: Db, id: string, values: Partial<typeof crmCapacityFigure.$inferInsert>): Promise<void> {
  await db.update(crmCapacityFigure).set(values).where(eq(crmCapacityFigure.id, id));
}

export async function deleteCapacityFigure(db: Db, id: string): Promise<void> {
  await db.delete(crmCapacityFigure).where(eq(crmCapacityFigure.id, id));
}

// --- members (organisations registry: `membership_status = 'active'` are members) -----------

export interface MemberMaterialRow {
  id: string;
  name: string;
  stages: string[];
  publicProfile: boolean;
  materialId: string;
}

/** Every (active member, material) pair, optionally for one material. */
export function activeMemberMaterials(db: Db, materialId?: string): Promise<MemberMaterialRow[]> {
  const where = [eq(organisation.membershipStatus, 'active')];
  if (materialId !== undefined) where.push(eq(organisationMaterial.materialId, materialId));
  return db
    .select({ id: organisation.id, name: sql<string>`coalesce(${organisation.tradeName}, ${organisation.legalName})`, stages: organisation.stages, publicProfile: organisation.publicProfile, materialId: organisationMaterial.materialId })
    .from(organisationMaterial)
    .innerJoin(organisation, eq(organisation.id, organisationMaterial.organisationId))
    .where(and(...where))
    .orderBy(asc(sql`coalesce(${organisation.tradeName}, ${organisation.legalName})`));
}

export async function countActiveMembers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organisation).where(eq(organisation.membershipStatus, 'active'));
  return row?.n ?? 0;
}

export async function findOrganisationIdByLegalName(db: Db, legalName: string): Promise<string | undefined> {
  const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.legalName, legalName)).limit(1);
  return row?.id;
}

export async function findOrganisationName(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: orgName }).from(organisation).where(eq(organisation.id, id));
  return row?.name ?? undefined;
}

// --- demo organisations (the registry owns these tables; the demo only adds fictional members) --

export async function insertDemoOrganisation(db: Db, values: typeof organisation.$inferInsert, materialIds: readonly string[]): Promise<string> {
  const [row] = await db.insert(organisation).values(values).returning({ id: organisation.id });
  if (!row) throw new Error('insert organisation returned nothing');
  if (materialIds.length) await db.insert(organisationMaterial).values(materialIds.map((materialId) => ({ organisationId: row.id, materialId })));
  await registryChanged(db, [row.id]);
  return row.id;
}
