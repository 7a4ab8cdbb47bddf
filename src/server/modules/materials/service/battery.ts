/**
 * The battery value chain (DOMAIN.md section 7): Li, Co, Ni, natural graphite, Mn (+ Cu, Al) with
 * their criticality, where the world's supply comes from, the Battery Regulation (EU) 2023/1542
 * targets and the members along the chain. The battery chain's stages map onto the platform's
 * value-chain stages (active materials, cells and packs are all "manufacturing").
 */
import { materialValues, type CriticalityDataset, type Stage } from '../../../../engines/criticality/index.js';
import { getMaterial } from '../../../../shared/materials/catalogue.js';
import { PRIMARY_STAGES, type ValueChainStage } from '../../../../shared/value-chain.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { authorize, can } from '../policy.js';
import * as repo from '../repository.js';
import { presentValues, publishedOf } from './assessment.js';
import { cellsOf } from './coverage.js';
import { legalTables } from './reference.js';
import { loadDataset } from './store.js';

export const BATTERY_MATERIALS = ['lithium', 'cobalt', 'nickel', 'graphite', 'manganese', 'copper', 'aluminium'] as const;

export const BATTERY_STAGES: readonly { id: string; platformStage: ValueChainStage }[] = [
  { id: 'exploration', platformStage: 'exploration' },
  { id: 'extraction', platformStage: 'extraction' },
  { id: 'refining', platformStage: 'processing' },
  { id: 'activeMaterials', platformStage: 'manufacturing' },
  { id: 'cells', platformStage: 'manufacturing' },
  { id: 'packs', platformStage: 'manufacturing' },
  { id: 'useSecondLife', platformStage: 'use' },
  { id: 'recycling', platformStage: 'recycling' },
];

const TOP = 3;

function topSuppliers(dataset: CriticalityDataset | null, materialId: string, stage: Stage) {
  const rows = dataset?.materials[materialId]?.supply.globalSupply[stage] ?? [];
  return rows
    .filter((r) => r.share !== null)
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0))
    .slice(0, TOP)
    .map((r) => ({ country: r.country, share: r.share ?? 0 }));
}

function presentTarget(t: ReturnType<typeof legalTables>['batteryTargets'][number]) {
  return {
    provision: t.provision,
    materialOrCategory: t.materialOrCategory,
    materialIds: [...t.materialIds],
    metric: t.metric,
    share: t.value.kind === 'share' ? t.value.share : null,
    requirement: t.value.kind === 'requirement' ? t.value.text : null,
    date: t.date,
    sourceUrl: t.sourceUrl,
  };
}

async function currentOrNone(ctx: Ctx, datasetId?: string): Promise<{ id: string; dataset: CriticalityDataset } | null> {
  try {
    const { row, dataset } = await loadDataset(ctx, datasetId);
    return { id: row.id, dataset };
  } catch (err) {
    if (err instanceof AppError && err.code === 'materials.no_dataset') return null;
    throw err;
  }
}

export async function batteryView(ctx: Ctx, datasetId?: string) {
  authorize(ctx.actor, 'read');
  const loaded = await currentOrNone(ctx, datasetId);
  const dataset = loaded?.dataset ?? null;
  const seesAll = can(ctx.actor, 'members.seeAll');
  const members = await repo.activeMemberMaterials(ctx.db);
  const targets = legalTables().batteryTargets;
  const materials = BATTERY_MATERIALS.map((id) => {
    const entry = getMaterial(id);
    return {
      materialId: id,
      strategic: entry?.strategic ?? 'no',
      critical: entry?.critical ?? false,
      computed: dataset === null ? null : presentValues(materialValues(dataset, id)),
      published: dataset === null ? null : publishedOf(dataset, id),
      topSuppliers: { extraction: topSuppliers(dataset, id, 'extraction'), processing: topSuppliers(dataset, id, 'processing') },
      targets: targets.filter((t) => t.materialIds.includes(id)).map(presentTarget),
      coverage: cellsOf(members.filter((m) => m.materialId === id), seesAll, PRIMARY_STAGES),
    };
  });
  return {
    datasetId: loaded?.id ?? null,
    stages: BATTERY_STAGES.map((s) => ({ ...s })),
    materials,
    categoryTargets: targets.filter((t) => t.materialIds.length === 0).map(presentTarget),
  };
}
