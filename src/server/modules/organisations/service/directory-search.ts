/**
 * The directory search on one of two paths with the same results: the process's in-memory index
 * when it is attached and current (service/directory-index/), otherwise SQL (repository/search.ts,
 * facet counts cached per search by facet-cache.ts).
 */
import type { DirectoryQuery } from '../../../../shared/contracts/organisations.js';
import type { Ctx } from '../../../platform/context.js';
import type { SummaryRow } from '../repository/organisations.js';
import { missingWords, searchPage, type FacetRow, type SearchScope, type SearchSpec, type SortOrder } from '../repository/search.js';
import { evaluate, missingWords as missingInIndex } from './directory-index/query.js';
import { directoryIndexOf } from './directory-index/registry.js';
import type { DirectoryStore } from './directory-index/store.js';
import { cachedFacetCounts } from './facet-cache.js';

/**
 * Beyond this many matches the list is in name order: ranking would score every match, while name
 * order walks the name index and stops at the page (a common word among 100,000 organisations).
 */
export const RANKED_MATCHES_MAX = 2000;

async function currentIndex(ctx: Ctx): Promise<DirectoryStore | undefined> {
  return directoryIndexOf(ctx.database)?.current();
}

/** The typo-tolerant words of `words` that appear nowhere (in this scope) as typed. */
export async function findMissingWords(ctx: Ctx, scope: SearchScope, words: readonly string[]): Promise<string[]> {
  const store = await currentIndex(ctx);
  return store ? missingInIndex(store, scope, words) : missingWords(ctx.db, scope, words);
}

/** The total and each facet's counts (rows as `facetCounts` returns them). */
export async function countFacets(ctx: Ctx, spec: SearchSpec): Promise<FacetRow[]> {
  const store = await currentIndex(ctx);
  return store ? evaluate(store, spec).counts(spec.facets) : cachedFacetCounts(ctx, spec);
}

const effectiveSort = (sort: SortOrder, total: number): SortOrder => (sort === 'relevance' && total > RANKED_MATCHES_MAX ? 'name' : sort);

/** Facet counts and the ids of one page, with the page's summaries when the index holds them. */
export async function runSearch(
  ctx: Ctx,
  spec: SearchSpec,
  query: Pick<DirectoryQuery, 'sort' | 'limit' | 'offset'>,
): Promise<{ counts: FacetRow[]; ids: string[]; summaries?: SummaryRow[] }> {
  const store = await currentIndex(ctx);
  if (store) {
    const found = evaluate(store, spec);
    const ids = found.page(effectiveSort(query.sort, found.total), query.limit, query.offset);
    return { counts: found.counts(spec.facets), ids, summaries: ids.map((id) => store.summaryOf(id)!) };
  }
  const counts = await cachedFacetCounts(ctx, spec);
  const total = counts.find((r) => r.facet === '_total')?.count ?? 0;
  return { counts, ids: await searchPage(ctx.db, spec, effectiveSort(query.sort, total), query.limit, query.offset) };
}
