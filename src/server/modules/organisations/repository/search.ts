/**
 * Directory search: accent- and typo-tolerant text match on the derived `search_text` (pg_trgm:
 * substring ILIKE or word similarity `<%`, both served by the GIN trigram index), facet filters on
 * columns and arrays, and facet counts in one statement (each facet counted under every filter but
 * its own, so choosing one value never hides the others).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DirectoryFilter, Facet } from '../../../../shared/contracts/organisations.js';
import { transaction } from '../../../platform/db/tx.js';
import { rows, type Db } from '../../../platform/db/types.js';

/**
 * Word similarity at which a word counts as a typo of a query word. pg_trgm's default (0.6) misses
 * one wrong letter in a 7-letter word ("pizzara" for "pizarras" scores 0.5).
 */
export const TYPO_SIMILARITY = 0.45;

/** Runs `query` with the typo threshold set for its transaction only (on PostgreSQL and PGlite alike). */
async function fuzzy<T>(db: Db, words: readonly string[], query: (db: Db) => Promise<T>): Promise<T> {
  if (words.length === 0) return query(db);
  return transaction(db, async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_SIMILARITY)}, true)`);
    return query(tx);
  });
}

/** Which organisations a search may see at all. */
export type SearchScope = { kind: 'all' } | { kind: 'offices'; officeIds: string[] } | { kind: 'public' };

export interface SearchSpec {
  scope: SearchScope;
  words: string[];
  /** Words that appear nowhere as typed: they match similar words instead (typos). */
  fuzzy?: readonly string[];
  filter: DirectoryFilter;
  facets: readonly Facet[];
}

function scopeCondition(scope: SearchScope): SQL {
  if (scope.kind === 'public') return sql`o.public_profile`;
  if (scope.kind === 'offices') return scope.officeIds.length ? sql`o.office_id in (${sql.join(scope.officeIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
  return sql`true`;
}

function like(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Words long enough, and made of letters, to be matched with a typo; ids and numbers match exactly. */
export function typoTolerant(word: string): boolean {
  return word.length >= 5 && /^\p{L}+$/u.test(word);
}

/**
 * Every word must match as a substring of the whole search text (names, descriptions, materials,
 * places, tax id); a word that appears nowhere as typed (`fuzzy`) matches similar words of the
 * short keywords instead ("pizzara" finds "pizarras").
 */
export function textCondition(words: readonly string[], fuzzy: readonly string[] = []): SQL {
  if (words.length === 0) return sql`true`;
  const parts = words.map((w) => (fuzzy.includes(w) ? sql`${w} <% o.keywords` : sql`o.search_text ilike ${like(w)}`));
  return sql.join(parts, sql` and `);
}

/** The typo-tolerant words of `words` that appear nowhere (in this scope) as typed. */
export async function missingWords(db: Db, scope: SearchScope, words: readonly string[]): Promise<string[]> {
  const candidates = words.filter(typoTolerant);
  if (candidates.length === 0) return [];
  const found = await rows<{ w: string }>(
    db,
    sql`select w from unnest(${textArray(candidates)}) w
        where not exists (select 1 from organisation o where ${scopeCondition(scope)} and o.search_text ilike '%' || w || '%')`,
  );
  return found.map((r) => r.w);
}

const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
const inList = (column: SQL, values: readonly string[]) => sql`${column} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

const FILTERS: Record<Facet, (values: string[]) => SQL> = {
  kind: (v) => inList(sql`kind`, v),
  stage: (v) => sql`stages && ${textArray(v)}`,
  material: (v) => sql`material_ids && ${textArray(v)}`,
  province: (v) => sql`province_codes && ${textArray(v)}`,
  region: (v) => sql`region_codes && ${textArray(v)}`,
  size: (v) => inList(sql`sme_class`, v),
  status: (v) => inList(sql`membership_status`, v),
  office: (v) => inList(sql`office_id::text`, v),
};

/** The facet filters as one condition, leaving out `except`. */
export function filterCondition(filter: DirectoryFilter, except?: Facet): SQL {
  const parts: SQL[] = [];
  for (const facet of Object.keys(FILTERS) as Facet[]) {
    const values = filter[facet];
    if (facet !== except && values && values.length > 0) parts.push(FILTERS[facet](values));
  }
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

const FACET_VALUE: Record<Facet, { value: SQL; from: SQL }> = {
  kind: { value: sql`kind`, from: sql`base` },
  stage: { value: sql`v`, from: sql`base, unnest(stages) v` },
  material: { value: sql`v`, from: sql`base, unnest(material_ids) v` },
  province: { value: sql`v`, from: sql`base, unnest(province_codes) v` },
  region: { value: sql`v`, from: sql`base, unnest(region_codes) v` },
  size: { value: sql`sme_class`, from: sql`base` },
  status: { value: sql`membership_status`, from: sql`base` },
  office: { value: sql`office_id::text`, from: sql`base` },
};

/**
 * The text matches, materialised once when there is text (usually a small set); without text, each
 * facet's count is computed straight from the table so that the other facets' filters can use
 * their indexes instead of scanning every organisation.
 */
function baseCte(spec: SearchSpec): SQL {
  const hasFilters = Object.values(spec.filter).some((v) => Array.isArray(v) && v.length > 0);
  const how = spec.words.length === 0 && hasFilters ? sql.raw('not materialized') : sql.raw('materialized');
  return sql`with base as ${how} (
    select o.kind, o.office_id, o.sme_class, o.membership_status, o.stages, o.material_ids, o.province_codes, o.region_codes
    from organisation o where ${scopeCondition(spec.scope)} and ${textCondition(spec.words, spec.fuzzy)})`;
}

export interface FacetRow {
  facet: Facet | '_total';
  value: string | null;
  count: number;
}

/** The statement of `facetCounts` (also run directly by the benchmark). */
export function facetSql(spec: SearchSpec): SQL {
  const parts = [sql`select '_total' as facet, null::text as value, count(*)::int as count from base where ${filterCondition(spec.filter)}`];
  for (const facet of spec.facets) {
    const { value, from } = FACET_VALUE[facet];
    parts.push(sql`select ${facet}::text, ${value}::text, count(*)::int from ${from} where ${filterCondition(spec.filter, facet)} and ${value} is not null group by 2`);
  }
  return sql`${baseCte(spec)} ${sql.join(parts, sql` union all `)}`;
}

/** The total under every filter and each requested facet's counts, in one statement. */
export async function facetCounts(db: Db, spec: SearchSpec): Promise<FacetRow[]> {
  return fuzzy(db, spec.fuzzy ?? [], (q) => rows<FacetRow>(q, facetSql(spec)));
}

export type SortOrder = 'relevance' | 'name' | 'recent';

/**
 * Best matches first: with typos, by word similarity (few rows match); otherwise organisations whose
 * keywords (name first) contain the first word earliest, then by name. Cheap on large result sets.
 */
function relevance(spec: SearchSpec): SQL {
  if (spec.fuzzy?.length) return sql`word_similarity(${spec.words.join(' ')}, o.keywords) desc, o.legal_name, o.id`;
  return sql`nullif(strpos(o.keywords, ${spec.words[0] ?? ''}), 0) asc nulls last, o.legal_name, o.id`;
}

/** The statement of `searchPage` (also run directly by the benchmark). */
export function pageSql(spec: SearchSpec, sort: SortOrder, limit: number, offset: number): SQL {
  const order = sort === 'recent' ? sql`o.created_at desc, o.id` : sort === 'relevance' && spec.words.length ? relevance(spec) : sql`o.legal_name, o.id`;
  return sql`select o.id from organisation o
    where ${scopeCondition(spec.scope)} and ${textCondition(spec.words, spec.fuzzy)} and ${filterCondition(spec.filter)}
    order by ${order} limit ${limit} offset ${offset}`;
}

/** Ids of one page of matches, best first. */
export async function searchPage(db: Db, spec: SearchSpec, sort: SortOrder, limit: number, offset: number): Promise<string[]> {
  const found = await fuzzy(db, spec.fuzzy ?? [], (tx) => rows<{ id: string }>(tx, pageSql(spec, sort, limit, offset)));
  return found.map((r) => r.id);
}

/** Ids of every match in name order, in batches (exports), without holding them all in memory. */
export async function* searchAllIds(db: Db, spec: SearchSpec, batch = 2000): AsyncGenerator<string[]> {
  let after = '';
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const found = await fuzzy(db, spec.fuzzy ?? [], (tx) => rows<{ id: string; legal_name: string }>(
      tx,
      sql`select o.id, o.legal_name from organisation o
          where ${scopeCondition(spec.scope)} and ${textCondition(spec.words, spec.fuzzy)} and ${filterCondition(spec.filter)}
            and (o.legal_name, o.id) > (${after}, ${afterId}::uuid)
          order by o.legal_name, o.id limit ${batch}`,
    ));
    if (found.length === 0) return;
    yield found.map((r) => r.id);
    const last = found[found.length - 1];
    if (!last || found.length < batch) return;
    after = last.legal_name;
    afterId = last.id;
  }
}

export interface ValueChainRows {
  cells: { stage: string; material: string; count: number }[];
  provinces: { provinceCode: string; count: number }[];
}

/** Stage x material counts and counts by province over the matches. */
export async function valueChainCounts(db: Db, spec: SearchSpec): Promise<ValueChainRows> {
  const where = sql`${scopeCondition(spec.scope)} and ${textCondition(spec.words, spec.fuzzy)} and ${filterCondition(spec.filter)}`;
  return fuzzy(db, spec.fuzzy ?? [], async (tx) => ({
    cells: await rows<ValueChainRows['cells'][number]>(
      tx,
      sql`select s as stage, m as material, count(*)::int as count
          from organisation o, unnest(o.stages) s, unnest(o.material_ids) m where ${where} group by 1, 2`,
    ),
    provinces: await rows<ValueChainRows['provinces'][number]>(
      tx,
      sql`select p as "provinceCode", count(*)::int as count from organisation o, unnest(o.province_codes) p where ${where} group by 1`,
    ),
  }));
}
