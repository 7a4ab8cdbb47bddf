/**
 * CRMA Art. 5 benchmarks tracker: per strategic raw material, the EU's extraction, processing and
 * recycling capacity as a share of EU annual consumption (figures staff enter with source and year)
 * against 10 / 40 / 25 % and the 65 % single-third-country cap, with Spain's and the members' known
 * capacities beside them. The latest year's EU figure of each stage is the one checked.
 */
import { checkCrmaBenchmarks, isEuMember, type CapacityProfile } from '../../../../engines/criticality/index.js';
import { annexIIMaterials, getMaterial } from '../../../../shared/materials/catalogue.js';
import type { CapacityFigureDto } from '../../../../shared/contracts/materials-chain.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { invalid, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { authorize } from '../policy.js';
import * as repo from '../repository.js';
import { legalTables } from './reference.js';

export interface CapacityInput {
  materialId: string;
  scope: 'eu' | 'spain' | 'organisation';
  organisationId: string | null;
  stage: 'extraction' | 'processing' | 'recycling' | 'diversification';
  share: number | null;
  tonnes: number | null;
  country: string | null;
  year: number;
  source: string;
  note: string | null;
  illustrative: boolean;
}

function present(f: repo.CapacityWithOrganisation): CapacityFigureDto {
  return {
    id: f.id,
    materialId: f.materialId,
    scope: f.scope,
    organisation: f.organisationId === null ? null : { id: f.organisationId, name: f.organisationName ?? '' },
    stage: f.stage,
    share: f.share,
    tonnes: f.tonnes,
    country: f.country,
    year: f.year,
    source: f.source,
    note: f.note,
    illustrative: f.illustrative,
    updatedAt: f.updatedAt.toISOString(),
  };
}

const issue = (path: string, code: string, params: Record<string, unknown> = {}): FieldIssue => ({ path, code: `materials:capacity.${code}`, params });

async function check(ctx: Ctx, input: CapacityInput): Promise<void> {
  const issues: FieldIssue[] = [];
  if (!getMaterial(input.materialId) && !(await repo.findMaterial(ctx.db, input.materialId))) issues.push(issue('materialId', 'unknown_material'));
  if (input.share === null && input.tonnes === null) issues.push(issue('share', 'value_required'));
  if (input.scope === 'organisation' && input.organisationId === null) issues.push(issue('organisationId', 'organisation_required'));
  if (input.scope !== 'organisation' && input.organisationId !== null) issues.push(issue('organisationId', 'organisation_only'));
  if (input.organisationId !== null && (await repo.findOrganisationName(ctx.db, input.organisationId)) === undefined) issues.push(issue('organisationId', 'unknown_organisation'));
  if (input.stage === 'diversification') {
    if (input.scope !== 'eu') issues.push(issue('scope', 'diversification_eu_only'));
    if (input.share === null) issues.push(issue('share', 'diversification_share'));
    if (input.country === null) issues.push(issue('country', 'country_required'));
    else if (isEuMember(input.country)) issues.push(issue('country', 'third_country', { country: input.country }));
  } else if (input.country !== null) issues.push(issue('country', 'country_only_diversification'));
  if (issues.length > 0) throw invalid(issues);
}

export async function listCapacityFigures(ctx: Ctx, materialId?: string): Promise<CapacityFigureDto[]> {
  authorize(ctx.actor, 'read');
  return (await repo.listCapacityFigures(ctx.db, materialId)).map(present);
}

async function figureOr404(ctx: Ctx, id: string): Promise<repo.CapacityWithOrganisation> {
  const f = await repo.findCapacityFigure(ctx.db, id);
  if (!f) throw notFound('capacity_figure', id);
  return f;
}

export async function createCapacityFigure(ctx: Ctx, input: CapacityInput): Promise<CapacityFigureDto> {
  authorize(ctx.actor, 'manage');
  await check(ctx, input);
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertCapacityFigure(tx.db, { ...input, createdBy: actorId(tx.actor) });
    await audit(tx, { action: 'materials.capacity_created', entityType: 'crm_capacity_figure', entityId: row.id, summary: { ...input } });
    return row.id;
  });
  return present(await figureOr404(ctx, id));
}

export async function updateCapacityFigure(ctx: Ctx, id: string, input: CapacityInput): Promise<CapacityFigureDto> {
  authorize(ctx.actor, 'manage');
  await figureOr404(ctx, id);
  await check(ctx, input);
  await inTransaction(ctx, async (tx) => {
    await repo.updateCapacityFigure(tx.db, id, { ...input, updatedAt: tx.clock.now() });
    await audit(tx, { action: 'materials.capacity_updated', entityType: 'crm_capacity_figure', entityId: id, summary: { ...input } });
  });
  return present(await figureOr404(ctx, id));
}

export async function deleteCapacityFigure(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx.actor, 'manage');
  const f = await figureOr404(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteCapacityFigure(tx.db, id);
    await audit(tx, { action: 'materials.capacity_deleted', entityType: 'crm_capacity_figure', entityId: id, summary: { materialId: f.materialId, scope: f.scope, stage: f.stage, year: f.year } });
  });
}

/** The Annex I materials, as catalogue entries (the magnet REEs are partly in both REE groups). */
export function strategicMaterials() {
  return annexIIMaterials().filter((m) => m.strategic !== 'no');
}

function latest(figures: readonly repo.CapacityWithOrganisation[], stage: CapacityInput['stage']): repo.CapacityWithOrganisation | undefined {
  return figures.find((f) => f.scope === 'eu' && f.stage === stage && f.share !== null);
}

export async function tracker(ctx: Ctx) {
  authorize(ctx.actor, 'read');
  const all = await repo.listCapacityFigures(ctx.db);
  const { benchmarks } = legalTables();
  const rows = strategicMaterials().map((m) => {
    const figures = all.filter((f) => f.materialId === m.id);
    const chosen = { extraction: latest(figures, 'extraction'), processing: latest(figures, 'processing'), recycling: latest(figures, 'recycling'), diversification: latest(figures, 'diversification') };
    const profile: CapacityProfile = {
      extraction: chosen.extraction?.share ?? null,
      processing: chosen.processing?.share ?? null,
      recycling: chosen.recycling?.share ?? null,
      largestThirdCountryShare: chosen.diversification?.share ?? null,
      ...(chosen.diversification?.country ? { largestThirdCountry: chosen.diversification.country } : {}),
    };
    const checks = checkCrmaBenchmarks(profile, benchmarks).map((c) => {
      const f = chosen[c.benchmarkId as keyof typeof chosen];
      return { benchmarkId: c.benchmarkId, value: c.value, threshold: c.threshold, direction: c.direction, met: c.met, margin: c.margin, formula: c.formula, figure: f ? present(f) : null };
    });
    return {
      materialId: m.id,
      strategic: m.strategic as 'yes' | 'partly',
      checks,
      spain: figures.filter((f) => f.scope === 'spain').map(present),
      organisations: figures.filter((f) => f.scope === 'organisation').map(present),
      history: figures.filter((f) => f.scope === 'eu').map(present),
    };
  });
  return { benchmarks: benchmarks.map((b) => ({ id: b.id, article: b.article, stage: b.stage, threshold: b.threshold, direction: b.direction, targetYear: b.targetYear })), rows };
}
