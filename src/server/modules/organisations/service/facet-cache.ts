/**
 * Facet counts are the expensive part of a directory search (every facet counted over every match)
 * and change only when the registry does: they are kept for a minute, per search, in a small LRU
 * cache that any write to the registry in this process empties at once. The page of results itself
 * is always read live.
 */
import type { Ctx } from '../../../platform/context.js';
import { registryVersion } from '../repository/version.js';
import { facetCounts, type FacetRow, type SearchSpec } from '../repository/search.js';

export const FACET_CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 500;

interface Entry {
  rows: FacetRow[];
  version: number;
  expires: number;
}

const cache = new Map<string, Entry>();

export async function cachedFacetCounts(ctx: Ctx, spec: SearchSpec): Promise<FacetRow[]> {
  const key = JSON.stringify([spec.scope, spec.words, spec.fuzzy ?? [], spec.filter, spec.facets]);
  const now = ctx.clock.now().getTime();
  const hit = cache.get(key);
  if (hit && hit.version === registryVersion() && hit.expires > now) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.rows;
  }
  const version = registryVersion();
  const rows = await facetCounts(ctx.db, spec);
  cache.set(key, { rows, version, expires: now + FACET_CACHE_TTL_MS });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
  return rows;
}
