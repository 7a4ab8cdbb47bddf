/**
 * The engine's dataset of a stored dataset, cached per process by the dataset's revision token
 * (every change to the dataset or its parameters sets a new token in the same transaction, so a
 * cached dataset is never used after a change, whichever process made it).
 */
import { randomUUID } from 'node:crypto';
import type { CriticalityDataset } from '../../../../engines/criticality/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/types.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import * as repo from '../repository.js';
import { assembleDataset } from './assemble.js';

/** Datasets kept in memory per process (a cluster uses one or two). */
const CACHE_SIZE = 4;
const cache = new Map<string, { revision: string; dataset: CriticalityDataset }>();

export interface LoadedDataset {
  readonly row: repo.DatasetRow;
  readonly dataset: CriticalityDataset;
}

async function load(db: Db, row: repo.DatasetRow): Promise<CriticalityDataset> {
  const hit = cache.get(row.id);
  if (hit?.revision === row.revision) return hit.dataset;
  const dataset = assembleDataset(row, await repo.loadDatasetTables(db, row.id));
  cache.delete(row.id);
  cache.set(row.id, { revision: row.revision, dataset });
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return dataset;
}

/** The dataset with this id (or the current one when `id` is undefined), assembled for the engine. */
export async function loadDataset(ctx: Ctx, id?: string): Promise<LoadedDataset> {
  const row = id === undefined ? await repo.findCurrentDataset(ctx.db) : await repo.findDataset(ctx.db, id);
  if (!row) throw id === undefined ? new AppError('materials.no_dataset', {}) : notFound('dataset', id);
  return { row, dataset: await load(ctx.db, row) };
}

/** The dataset row, or 404. */
export async function requireDatasetRow(db: Db, id: string): Promise<repo.DatasetRow> {
  const row = await repo.findDataset(db, id);
  if (!row) throw notFound('dataset', id);
  return row;
}

/** A fresh revision token (call in the transaction that changes the dataset). */
export async function touchDataset(ctx: Ctx, id: string): Promise<void> {
  await repo.updateDataset(ctx.db, id, { revision: randomUUID(), updatedAt: ctx.clock.now() });
}

export function newRevision(): string {
  return randomUUID();
}
