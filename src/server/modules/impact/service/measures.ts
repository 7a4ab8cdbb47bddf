/** Measures: record, change, list and remove them, with the meters that show their effect. */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, type FieldIssue } from '../../../platform/http/errors.js';
import type { MeasureInput, MeasureUpdate } from '../../../../shared/contracts/impact.js';
import { issue } from '../errors.js';
import * as common from '../repository/common.js';
import * as repo from '../repository/measures.js';
import { findMetersByIds } from '../repository/meters.js';
import { awardsByIds, awardsOfOrganisation } from '../repository/awards.js';
import { actorUserId, assertCan, visibleFor } from './scope.js';

/** Lower case without accents, for trigram search. */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export async function listMeasures(ctx: Ctx, query: Omit<repo.MeasureFilter, 'visibility'>): Promise<{ items: repo.MeasureRow[]; total: number }> {
  return repo.listMeasures(ctx.db, { ...query, q: query.q ? searchText(query.q) : undefined, visibility: await visibleFor(ctx) });
}

export async function getMeasure(ctx: Ctx, id: string, action: 'read' | 'write' | 'verify' = 'read'): Promise<repo.MeasureRow> {
  const row = await repo.findMeasure(ctx.db, id);
  await assertCan(ctx, action, row, 'measure', id);
  return row as repo.MeasureRow;
}

function dateIssues(startDate: string, completedDate: string | null | undefined): FieldIssue[] {
  return completedDate && completedDate < startDate ? [{ path: 'completedDate', code: issue.dateOrder }] : [];
}

async function meterIssues(ctx: Ctx, organisationId: string, meterIds: readonly string[] | undefined): Promise<FieldIssue[]> {
  if (!meterIds?.length) return [];
  const meters = await findMetersByIds(ctx.db, meterIds);
  const ok = new Set(meters.filter((m) => m.organisationId === organisationId).map((m) => m.id));
  return meterIds.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `meterIds.${i}`, code: issue.meterNotInOrganisation }]));
}

async function siteIssues(ctx: Ctx, organisationId: string, siteId: string | undefined): Promise<FieldIssue[]> {
  if (!siteId) return [];
  const found = await common.findSite(ctx.db, siteId);
  return found && found.organisationId === organisationId ? [] : [{ path: 'siteId', code: issue.siteNotInOrganisation }];
}

/** The awards of an organisation whose impact records the caller may read. */
export async function awardsForMeasures(ctx: Ctx, organisationId: string) {
  await assertCan(ctx, 'read', await common.findOrganisation(ctx.db, organisationId), 'organisation', organisationId);
  return (await awardsOfOrganisation(ctx.db, organisationId)).map((a) => ({ id: a.awardId, callCode: a.callCode, callTitleEs: a.callTitleEs, callTitleEn: a.callTitleEn, programmeName: a.programmeName, amountCents: a.amountCents }));
}

async function awardIssues(ctx: Ctx, organisationId: string, awardId: string | null | undefined): Promise<FieldIssue[]> {
  if (!awardId) return [];
  const [found] = await awardsByIds(ctx.db, [awardId]);
  return found && found.organisationId === organisationId ? [] : [{ path: 'awardId', code: issue.awardNotOfOrganisation }];
}

export async function createMeasure(ctx: Ctx, input: MeasureInput): Promise<repo.MeasureRow> {
  const org = await common.findOrganisation(ctx.db, input.organisationId);
  await assertCan(ctx, 'write', org, 'organisation', input.organisationId);
  const problems = [
    ...(await siteIssues(ctx, input.organisationId, input.siteId)),
    ...dateIssues(input.startDate, input.completedDate),
    ...(await meterIssues(ctx, input.organisationId, input.meterIds)),
    ...(await awardIssues(ctx, input.organisationId, input.awardId)),
  ];
  if (problems.length) throw invalid(problems);
  const id = await inTransaction(ctx, async (tx) => {
    const measureId = await repo.insertMeasure(tx.db, {
      organisationId: input.organisationId,
      siteId: input.siteId,
      category: input.category,
      title: input.title,
      description: input.description,
      startDate: input.startDate,
      completedDate: input.completedDate ?? null,
      costCents: input.costCents ?? null,
      awardId: input.awardId ?? null,
      searchText: searchText(input.title, input.description, org?.name),
      createdBy: actorUserId(tx),
    });
    await repo.setMeasureMeters(tx.db, measureId, input.meterIds ?? []);
    await audit(tx, { action: 'impact.measure_created', entityType: 'impact_measure', entityId: measureId, summary: { organisationId: input.organisationId, title: input.title, category: input.category } });
    return measureId;
  });
  return getMeasure(ctx, id);
}

function changedFields(before: repo.MeasureRow, changes: MeasureUpdate): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ['siteId', 'category', 'title', 'description', 'startDate', 'completedDate', 'costCents', 'awardId'] as const) {
    if (changes[key] !== undefined && changes[key] !== before[key]) out[key] = { from: before[key], to: changes[key] };
  }
  if (changes.meterIds && [...changes.meterIds].sort().join() !== before.meterIds.join()) out.meterIds = { from: before.meterIds, to: changes.meterIds };
  return out;
}

export async function updateMeasure(ctx: Ctx, id: string, changes: MeasureUpdate): Promise<repo.MeasureRow> {
  const before = await getMeasure(ctx, id, 'write');
  const startDate = changes.startDate ?? before.startDate;
  const completedDate = changes.completedDate === undefined ? before.completedDate : changes.completedDate;
  const problems = [
    ...(await siteIssues(ctx, before.organisationId, changes.siteId)),
    ...dateIssues(startDate, completedDate),
    ...(await meterIssues(ctx, before.organisationId, changes.meterIds)),
    ...(await awardIssues(ctx, before.organisationId, changes.awardId)),
  ];
  if (problems.length) throw invalid(problems);
  await inTransaction(ctx, async (tx) => {
    const title = changes.title ?? before.title;
    const description = changes.description ?? before.description;
    await repo.updateMeasure(tx.db, id, {
      ...(changes.siteId ? { siteId: changes.siteId } : {}),
      ...(changes.category ? { category: changes.category } : {}),
      title,
      description,
      startDate,
      completedDate,
      ...(changes.costCents !== undefined ? { costCents: changes.costCents } : {}),
      ...(changes.awardId !== undefined ? { awardId: changes.awardId } : {}),
      searchText: searchText(title, description, before.organisationName),
      updatedAt: tx.clock.now(),
    });
    if (changes.meterIds) await repo.setMeasureMeters(tx.db, id, changes.meterIds);
    await audit(tx, { action: 'impact.measure_updated', entityType: 'impact_measure', entityId: id, summary: changedFields(before, changes) });
  });
  return getMeasure(ctx, id);
}

/** Removes a measure and its analyses; refused once savings were verified (they are on record). */
export async function deleteMeasure(ctx: Ctx, id: string): Promise<void> {
  const before = await getMeasure(ctx, id, 'write');
  if (before.verified) throw new AppError('impact.measure_has_verified_savings', {});
  await inTransaction(ctx, async (tx) => {
    await repo.deleteMeasure(tx.db, id);
    await audit(tx, { action: 'impact.measure_deleted', entityType: 'impact_measure', entityId: id, summary: { title: before.title, organisationId: before.organisationId } });
  });
}
