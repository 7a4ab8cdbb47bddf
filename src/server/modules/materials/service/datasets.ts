/**
 * Assessment datasets: importing the EU 2023 study tables (all or nothing, with a dry run that
 * lists every problem), listing them and choosing the current one.
 */
import { EU2023_META, parseEu2023Dataset, STAGES, SUPPLY_LISTS, type CriticalityDataset, type DatasetImport } from '../../../../engines/criticality/index.js';
import type { DatasetDto, ImportReportDto } from '../../../../shared/contracts/materials.js';
import { actorId } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { authorize } from '../policy.js';
import * as repo from '../repository.js';
import { importInvalid, presentIssue } from './issues.js';
import { readEu2023Files } from './reference.js';
import { newRevision, touchDataset } from './store.js';

export interface ImportInput {
  /** The four tables by file name; the shipped ones when omitted. */
  files?: Record<string, string>;
  dryRun: boolean;
  replace: boolean;
}

function countsOf(dataset: CriticalityDataset): Record<string, number> {
  let supplyShares = 0;
  let endUses = 0;
  for (const m of Object.values(dataset.materials)) {
    for (const list of Object.values(m.supply)) for (const rows of Object.values(list)) supplyShares += rows?.length ?? 0;
    endUses += m.endUses.length;
  }
  const publishedScores = Object.values(dataset.published).reduce((n, s) => n + s.length, 0);
  return { materials: Object.keys(dataset.materials).length, supplyShares, endUses, publishedScores, sectors: Object.keys(dataset.sectors).length };
}

function report(ctx: Ctx, parsed: DatasetImport, dryRun: boolean, committed: string | null): ImportReportDto {
  return {
    dryRun,
    committed: committed !== null,
    datasetId: committed,
    counts: parsed.dataset === null ? {} : countsOf(parsed.dataset),
    unchanged: [],
    warnings: parsed.warnings.map((w) => presentIssue(ctx, w)),
    errors: parsed.errors.map((e) => presentIssue(ctx, e)),
  };
}

async function storeTables(ctx: Ctx, datasetId: string, dataset: CriticalityDataset): Promise<void> {
  const shares: Parameters<typeof repo.insertSupplyShares>[1] = [];
  const endUses: Parameters<typeof repo.insertEndUses>[1] = [];
  for (const m of Object.values(dataset.materials)) {
    for (const list of SUPPLY_LISTS) {
      for (const stage of STAGES) {
        for (const r of m.supply[list][stage] ?? []) {
          shares.push({ datasetId, materialId: m.materialId, list, stage, country: r.country, share: r.share, shareRaw: r.shareRaw, tradeT: r.t, sourceFile: r.source?.file ?? null, sourceLine: r.source?.line ?? null });
        }
      }
    }
    m.endUses.forEach((e, position) => {
      endUses.push({ datasetId, materialId: m.materialId, position, application: e.application, share: e.share, shareRaw: e.shareRaw, sectorCode: e.sectorCode, sectorName: e.sectorName, valueAddedMeur: e.valueAddedMeur, sourceFile: e.source.file, sourceLine: e.source.line });
    });
  }
  const published = Object.entries(dataset.published).flatMap(([materialId, scores]) =>
    scores.map((s) => ({ datasetId, materialId, year: s.year, sr: s.sr, ei: s.ei, sourceFile: s.source.file, sourceLine: s.source.line })),
  );
  await repo.insertSectors(ctx.db, Object.values(dataset.sectors).map((s) => ({ datasetId, ...s })));
  await repo.insertSupplyShares(ctx.db, shares);
  await repo.insertEndUses(ctx.db, endUses);
  await repo.insertPublishedScores(ctx.db, published);
}

async function commit(ctx: Ctx, parsed: DatasetImport, dataset: CriticalityDataset, replace: boolean): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const existing = await repo.findDatasetByCode(tx.db, EU2023_META.id);
    if (existing && !replace) throw new AppError('materials.dataset_exists', { code: EU2023_META.id });
    const meta = {
      title: EU2023_META.title,
      assessmentYear: EU2023_META.assessmentYear,
      source: EU2023_META.source,
      licence: EU2023_META.licence,
      attribution: EU2023_META.attribution,
      files: [...EU2023_META.files],
      scalingSector: dataset.scalingSector?.code ?? null,
      importWarnings: parsed.warnings,
      importedBy: actorId(tx.actor),
    };
    let id: string;
    if (existing) {
      id = existing.id;
      await repo.clearDatasetTables(tx.db, id);
      await repo.updateDataset(tx.db, id, { ...meta, revision: newRevision(), updatedAt: tx.clock.now() });
    } else {
      const isFirst = (await repo.findCurrentDataset(tx.db)) === undefined;
      id = (await repo.insertDataset(tx.db, { ...meta, code: EU2023_META.id, isCurrent: isFirst, revision: newRevision() })).id;
    }
    await storeTables(tx, id, dataset);
    const counts = countsOf(dataset);
    await audit(tx, { action: existing ? 'materials.dataset_replaced' : 'materials.dataset_imported', entityType: 'crm_dataset', entityId: id, summary: { code: EU2023_META.id, ...counts, warnings: parsed.warnings.length } });
    return id;
  });
}

/**
 * Imports the EU 2023 study tables: validates all four files, then (unless a dry run) stores them
 * in one transaction. Any error: nothing is stored and every problem is listed.
 */
export async function importEu2023(ctx: Ctx, input: ImportInput): Promise<ImportReportDto> {
  authorize(ctx.actor, 'import');
  const parsed = parseEu2023Dataset(input.files ?? readEu2023Files());
  if (input.dryRun || parsed.dataset === null) {
    if (!input.dryRun) throw importInvalid(parsed.errors);
    return report(ctx, parsed, true, null);
  }
  const id = await commit(ctx, parsed, parsed.dataset, input.replace);
  return report(ctx, parsed, false, id);
}

/** The parse outcome alone (for the CLI, which prints the engine's messages). */
export function parseEu2023(files?: Record<string, string>): DatasetImport {
  return parseEu2023Dataset(files ?? readEu2023Files());
}

export function presentDataset(d: repo.DatasetWithCounts): DatasetDto {
  const { dataset: r, counts } = d;
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    assessmentYear: r.assessmentYear,
    source: r.source,
    licence: r.licence,
    attribution: r.attribution,
    files: r.files,
    isCurrent: r.isCurrent,
    warningCount: Array.isArray(r.importWarnings) ? r.importWarnings.length : 0,
    counts,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listDatasets(ctx: Ctx): Promise<DatasetDto[]> {
  authorize(ctx.actor, 'read');
  return (await repo.listDatasets(ctx.db)).map(presentDataset);
}

export async function getDataset(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'read');
  const d = await repo.findDatasetWithCounts(ctx.db, id);
  if (!d) throw notFound('dataset', id);
  const warnings = (d.dataset.importWarnings as Parameters<typeof presentIssue>[1][]).map((w) => presentIssue(ctx, w));
  return { ...presentDataset(d), warnings };
}

export async function makeCurrent(ctx: Ctx, id: string): Promise<DatasetDto> {
  authorize(ctx.actor, 'import');
  return inTransaction(ctx, async (tx) => {
    const d = await repo.findDataset(tx.db, id);
    if (!d) throw notFound('dataset', id);
    await repo.setCurrentDataset(tx.db, id, tx.clock.now());
    await touchDataset(tx, id);
    await audit(tx, { action: 'materials.dataset_made_current', entityType: 'crm_dataset', entityId: id, summary: { code: d.code } });
    const withCounts = await repo.findDatasetWithCounts(tx.db, id);
    if (!withCounts) throw notFound('dataset', id);
    return presentDataset(withCounts);
  });
}

