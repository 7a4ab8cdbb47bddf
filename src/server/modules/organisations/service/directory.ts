/** The internal directory (staff, every field) and the public one (opted-in organisations, public fields). */
import { FACETS, type DirectoryFilter, type DirectoryQuery, type Facet } from '../../../../shared/contracts/organisations.js';
import { isValueChainStage, type ValueChainStage } from '../../../../shared/value-chain.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError, forbidden } from '../../../platform/http/errors.js';
import { queryWords } from '../derive.js';
import { directoryScope, seesInternalDirectory } from '../policy.js';
import { presentPublic, presentSummary } from '../presenters.js';
import * as orgs from '../repository/organisations.js';
import { valueChainCounts, type FacetRow, type SearchScope, type SearchSpec } from '../repository/search.js';
import { countFacets, findMissingWords, runSearch } from './directory-search.js';

type FacetCounts = Partial<Record<Facet, { value: string; count: number }[]>>;

export const PUBLIC_FACETS: readonly Facet[] = ['kind', 'stage', 'material', 'province', 'region'];

function internalScope(ctx: Ctx): SearchScope {
  if (!seesInternalDirectory(ctx.actor)) throw forbidden('directory');
  return directoryScope(ctx.actor);
}

export function searchSpec(scope: SearchScope, filter: DirectoryFilter, facets: readonly Facet[], fuzzy: readonly string[] = []): SearchSpec {
  return { scope, words: queryWords(filter.q), filter, facets, fuzzy };
}

/** The search, with the words that need typo matching found out first. */
export async function prepareSearch(ctx: Ctx, scope: SearchScope, filter: DirectoryFilter, facets: readonly Facet[]): Promise<SearchSpec> {
  const spec = searchSpec(scope, filter, facets);
  return { ...spec, fuzzy: await findMissingWords(ctx, scope, spec.words) };
}

/** The facets of a search's counts, each list most frequent first. */
function facetLists(counts: FacetRow[]): { total: number; facets: FacetCounts } {
  let total = 0;
  const facets: FacetCounts = {};
  for (const r of counts) {
    if (r.facet === '_total') total = r.count;
    else (facets[r.facet] ??= []).push({ value: r.value ?? '', count: r.count });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { total, facets };
}

/** `rows` in the order of `ids` (a search page), each presented. */
function inPageOrder<R extends { id: string }, T>(ids: readonly string[], rows: readonly R[], present: (r: R) => T): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [present(r)] : [];
  });
}

export async function searchInternal(ctx: Ctx, query: DirectoryQuery) {
  const spec = await prepareSearch(ctx, internalScope(ctx), query, FACETS);
  const { counts, ids, summaries } = await runSearch(ctx, spec, query);
  const items = inPageOrder(ids, summaries ?? (await orgs.findSummaries(ctx.db, ids)), presentSummary);
  return { items, ...facetLists(counts) };
}

export async function searchPublic(ctx: Ctx, query: Omit<DirectoryQuery, 'size' | 'status' | 'office'>) {
  const spec = await prepareSearch(ctx, { kind: 'public' }, query, PUBLIC_FACETS);
  const { counts, ids } = await runSearch(ctx, spec, query);
  const [rows, sites] = await Promise.all([orgs.findOrganisations(ctx.db, ids), orgs.sitesOf(ctx.db, ids)]);
  const items = inPageOrder(ids, rows, (o) => presentPublic(o, sites.filter((s) => s.organisationId === o.id)));
  return { items, ...facetLists(counts) };
}

export async function publicProfile(ctx: Ctx, id: string) {
  const o = await orgs.findOrganisation(ctx.db, id);
  if (!o || !o.publicProfile) throw new AppError('orgs.not_public', {});
  return presentPublic(o, await orgs.listSites(ctx.db, id));
}

/** The value-chain map: stage x material counts, counts by stage, material and province. */
export async function valueChain(ctx: Ctx, filter: DirectoryFilter, isPublic = false) {
  const spec = await prepareSearch(ctx, isPublic ? { kind: 'public' } : internalScope(ctx), filter, []);
  const [{ cells, provinces }, counts] = await Promise.all([valueChainCounts(ctx.db, spec), countFacets(ctx, { ...spec, facets: ['stage', 'material'] })]);
  const pick = (facet: Facet) => counts.filter((r) => r.facet === facet).map((r) => ({ key: r.value ?? '', count: r.count }));
  return {
    total: counts.find((r) => r.facet === '_total')?.count ?? 0,
    cells: cells.filter((c) => isValueChainStage(c.stage)).map((c) => ({ ...c, stage: c.stage as ValueChainStage })),
    stages: pick('stage').flatMap((s) => (isValueChainStage(s.key) ? [{ stage: s.key, count: s.count }] : [])),
    materials: pick('material').map((m) => ({ material: m.key, count: m.count })).sort((a, b) => b.count - a.count),
    provinces,
  };
}
