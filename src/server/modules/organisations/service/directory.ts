/** The internal directory (staff, every field) and the public one (opted-in organisations, public fields). */
import { FACETS, type DirectoryFilter, type DirectoryQuery, type Facet } from '../../../../shared/contracts/organisations.js';
import { isValueChainStage, type ValueChainStage } from '../../../../shared/value-chain.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError, forbidden } from '../../../platform/http/errors.js';
import { queryWords } from '../derive.js';
import { directoryScope, seesInternalDirectory } from '../policy.js';
import { presentPublic, presentSummary } from '../presenters.js';
import * as orgs from '../repository/organisations.js';
import { valueChainCounts, type SearchScope, type SearchSpec } from '../repository/search.js';
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

async function run(ctx: Ctx, spec: SearchSpec, query: DirectoryQuery) {
  const { counts, ids } = await runSearch(ctx, spec, query);
  let total = 0;
  const facets: FacetCounts = {};
  for (const r of counts) {
    if (r.facet === '_total') total = r.count;
    else (facets[r.facet] ??= []).push({ value: r.value ?? '', count: r.count });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  // The page's rows and their sites, read at once.
  const [rows, sites] = await Promise.all([orgs.findOrganisations(ctx.db, ids), orgs.sitesOf(ctx.db, ids)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { ids, byId, sites, total, facets };
}

export async function searchInternal(ctx: Ctx, query: DirectoryQuery) {
  const spec = await prepareSearch(ctx, internalScope(ctx), query, FACETS);
  const { ids, byId, sites, total, facets } = await run(ctx, spec, query);
  const hq = new Map<string, string | null>();
  for (const s of sites) if (!hq.has(s.organisationId)) hq.set(s.organisationId, s.city);
  const items = ids.flatMap((id) => {
    const o = byId.get(id);
    return o ? [presentSummary(o, hq.get(id) ?? null)] : [];
  });
  return { items, total, facets };
}

export async function searchPublic(ctx: Ctx, query: Omit<DirectoryQuery, 'size' | 'status' | 'office'>) {
  const spec = await prepareSearch(ctx, { kind: 'public' }, query, PUBLIC_FACETS);
  const { ids, byId, sites, total, facets } = await run(ctx, spec, query);
  const items = ids.flatMap((id) => {
    const o = byId.get(id);
    return o ? [presentPublic(o, sites.filter((s) => s.organisationId === id))] : [];
  });
  return { items, total, facets };
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
