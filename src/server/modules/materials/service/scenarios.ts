/**
 * What-if: change a country's share or trade factor, a governance score or a material parameter,
 * and see SR (and EI) before and after for every material the changes touch; save named scenarios.
 * Invalid changes are refused with one issue per change (`changes.<index>`).
 */
import { runScenarioValues, type CriticalityDataset, type ScenarioChange } from '../../../../engines/criticality/index.js';
import type { ScenarioChangeDto } from '../../../../shared/contracts/materials-analysis.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { invalid, notFound } from '../../../platform/http/errors.js';
import { authorize, can } from '../policy.js';
import * as repo from '../repository.js';
import { materialFigures, presentValues, publishedOf } from './assessment.js';
import { loadDataset } from './store.js';

function run(dataset: CriticalityDataset, changes: readonly ScenarioChangeDto[], explain?: string) {
  const result = runScenarioValues(dataset, changes as readonly ScenarioChange[]);
  if (result.changed === null) {
    throw invalid(result.errors.map((e) => ({ path: `changes.${e.index}`, code: `materials:issue.${e.code}`, params: { ...e.params } })));
  }
  const comparisons = result.comparisons.map((c) => ({
    materialId: c.materialId,
    before: presentValues(c.before),
    after: presentValues(c.after),
    published: publishedOf(dataset, c.materialId),
  }));
  const explained = explain === undefined ? null : { materialId: explain, before: materialFigures(dataset, explain), after: materialFigures(result.changed, explain) };
  return { comparisons, explained };
}

export async function whatIf(ctx: Ctx, input: { datasetId: string; changes: ScenarioChangeDto[]; explain?: string | undefined }) {
  authorize(ctx.actor, 'read');
  const { dataset } = await loadDataset(ctx, input.datasetId);
  return run(dataset, input.changes, input.explain);
}

function presentScenario(ctx: Ctx, s: repo.ScenarioWithAuthor) {
  const resource = { createdBy: s.createdBy, shared: s.shared };
  return {
    id: s.id,
    datasetId: s.datasetId,
    name: s.name,
    description: s.description,
    changes: s.changes as ScenarioChangeDto[],
    shared: s.shared,
    createdBy: s.createdBy === null ? null : { id: s.createdBy, name: s.authorName ?? '' },
    mine: s.createdBy !== null && s.createdBy === actorId(ctx.actor),
    canEdit: can(ctx.actor, 'scenario.edit', resource),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export async function listScenarios(ctx: Ctx, datasetId?: string) {
  authorize(ctx.actor, 'read');
  const seesAll = can(ctx.actor, 'scenario.view', { createdBy: null, shared: false });
  const rows = await repo.listScenarios(ctx.db, datasetId ?? null, seesAll ? null : actorId(ctx.actor));
  return rows.map((s) => presentScenario(ctx, s));
}

async function visibleScenario(ctx: Ctx, id: string): Promise<repo.ScenarioWithAuthor> {
  const s = await repo.findScenario(ctx.db, id);
  if (!s || !can(ctx.actor, 'scenario.view', s)) throw notFound('scenario', id);
  return s;
}

export async function getScenario(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'read');
  const s = await visibleScenario(ctx, id);
  const { dataset } = await loadDataset(ctx, s.datasetId);
  return { ...presentScenario(ctx, s), result: run(dataset, s.changes as ScenarioChangeDto[]) };
}

export interface ScenarioInput {
  datasetId: string;
  name: string;
  description: string | null;
  changes: ScenarioChangeDto[];
  shared: boolean;
}

async function validateChanges(ctx: Ctx, datasetId: string, changes: ScenarioChangeDto[]): Promise<void> {
  const { dataset } = await loadDataset(ctx, datasetId);
  run(dataset, changes);
}

export async function createScenario(ctx: Ctx, input: ScenarioInput) {
  authorize(ctx.actor, 'scenario.create');
  if (input.shared) authorize(ctx.actor, 'scenario.share');
  await validateChanges(ctx, input.datasetId, input.changes);
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertScenario(tx.db, { ...input, createdBy: actorId(tx.actor) });
    await audit(tx, { action: 'materials.scenario_created', entityType: 'crm_scenario', entityId: row.id, summary: { name: input.name, changes: input.changes.length, shared: input.shared } });
    return row.id;
  });
  return getScenario(ctx, id);
}

export async function updateScenario(ctx: Ctx, id: string, input: Partial<Omit<ScenarioInput, 'datasetId'>>) {
  const s = await visibleScenario(ctx, id);
  authorize(ctx.actor, 'scenario.edit', s);
  if (input.shared !== undefined && input.shared !== s.shared) authorize(ctx.actor, 'scenario.share');
  if (input.changes) await validateChanges(ctx, s.datasetId, input.changes);
  await inTransaction(ctx, async (tx) => {
    await repo.updateScenario(tx.db, id, { ...input, updatedAt: tx.clock.now() });
    await audit(tx, { action: 'materials.scenario_updated', entityType: 'crm_scenario', entityId: id, summary: { fields: Object.keys(input) } });
  });
  return getScenario(ctx, id);
}

export async function deleteScenario(ctx: Ctx, id: string): Promise<void> {
  const s = await visibleScenario(ctx, id);
  authorize(ctx.actor, 'scenario.edit', s);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteScenario(tx.db, id);
    await audit(tx, { action: 'materials.scenario_deleted', entityType: 'crm_scenario', entityId: id, summary: { name: s.name } });
  });
}
