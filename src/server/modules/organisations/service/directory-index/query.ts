/**
 * Directory searches over a `DirectoryStore`, with the SQL path's semantics (repository/search.ts):
 * scope, every word a substring of the search text or (typos) `word <% keywords`, facet filters,
 * each facet counted under every filter but its own, and the page in name, recent or relevance
 * order. Only the ids of the page leave here (the store holds what a list shows of each).
 */
import { FACETS, type DirectoryFilter, type Facet } from '../../../../../shared/contracts/organisations.js';
import type { FacetRow, SearchScope, SearchSpec, SortOrder } from '../../repository/search.js';
import { TYPO_SIMILARITY, typoTolerant } from '../../repository/search.js';
import { and, andInto, count, countAnd, countBoth, hasBit, nonZeroWords, setBit, slotsIn, type Bits } from './bitset.js';
import { bestFirst, pageIn, sortedIn } from './order.js';
import type { DirectoryStore } from './store.js';
import { typoMatches } from './typo-match.js';

/** The slots with any of `values` (one value: the store's own bitset, never to be modified). */
function union(store: DirectoryStore, facet: Facet, values: readonly string[]): Bits {
  const only = values.length === 1 ? store.values[facet].get(values[0]!) : undefined;
  if (only) return only;
  const out = new Uint32Array(store.alive.length);
  for (const v of values) {
    const bits = store.values[facet].get(v);
    if (bits) for (let i = 0; i < out.length; i++) out[i]! |= bits[i]!;
  }
  return out;
}

/** The live slots in scope (for the whole directory, `store.alive` itself: never modify it). */
function scopeBits(store: DirectoryStore, scope: SearchScope): Bits {
  if (scope.kind === 'public') return and(store.alive, store.publicProfile);
  if (scope.kind === 'offices') return and(store.alive, union(store, 'office', scope.officeIds.map((id) => id.toLowerCase())));
  return store.alive;
}

/**
 * The live slots whose search text contains `word`, remembered (never modify them): as a bitset,
 * or as their list when they are few (a word not found, a tax id's prefix). Bitsets remembered for
 * such words would make V8 collect the whole heap more often, for external memory pressure.
 */
function substringMatches(store: DirectoryStore, word: string): { bits: Bits } | { slots: Int32Array } {
  return store.remember(`w:${word}`, () => {
    const out = new Uint32Array(store.alive.length);
    store.vocabulary.substring(word, out);
    andInto(out, out, store.alive);
    return count(out) < out.length / 8 ? { slots: Int32Array.from(slotsIn(out)) } : { bits: out };
  });
}

/** How many of a word's matches are in `mask`. */
function countIn(mask: Bits, matches: ReturnType<typeof substringMatches>): number {
  if ('bits' in matches) return countBoth(mask, matches.bits);
  let n = 0;
  for (const slot of matches.slots) if (hasBit(mask, slot)) n++;
  return n;
}

/** Slots in scope matching every word (typos last, to compare only what the other words left). */
function textBits(store: DirectoryStore, spec: SearchSpec): Bits {
  const fuzzy = spec.fuzzy ?? [];
  const scope = scopeBits(store, spec.scope);
  let result = scope;
  // Shared bitsets (every live slot, a word's) are read; the first intersection made is narrowed in place.
  let owned = result !== store.alive;
  let narrowed = false;
  for (const w of spec.words) {
    if (fuzzy.includes(w)) continue;
    narrowed = true;
    const matches = substringMatches(store, w);
    if ('slots' in matches) {
      const out = new Uint32Array(result.length);
      for (const slot of matches.slots) if (hasBit(result, slot)) setBit(out, slot);
      [result, owned] = [out, true];
    } else if (result === store.alive) result = matches.bits;
    else if (owned) andInto(result, result, matches.bits);
    else [result, owned] = [and(result, matches.bits), true];
  }
  for (const w of spec.words) {
    if (!fuzzy.includes(w)) continue;
    // A typo word searched over its whole scope (with facets or alone) is remembered for the next search.
    if (!narrowed) result = store.remember(`t:${scopeKey(spec.scope)}:${w}`, () => typoMatches(store, w, scope, TYPO_SIMILARITY));
    else result = typoMatches(store, w, result, TYPO_SIMILARITY);
    narrowed = true;
  }
  return result;
}

const scopeKey = (scope: SearchScope): string => (scope.kind === 'offices' ? `offices:${[...scope.officeIds].sort().join(',')}` : scope.kind);

/** The typo-tolerant words of `words` that appear nowhere (in this scope) as typed. */
export function missingWords(store: DirectoryStore, scope: SearchScope, words: readonly string[]): string[] {
  return store.remember(`m:${JSON.stringify([scopeKey(scope), words])}`, () => {
    const inScope = scopeBits(store, scope);
    return words.filter((w) => typoTolerant(w) && countIn(inScope, substringMatches(store, w)) === 0);
  });
}

type FilterBits = Partial<Record<Facet, Bits>>;

function filterBits(store: DirectoryStore, filter: DirectoryFilter): FilterBits {
  const out: FilterBits = {};
  for (const facet of Object.keys(store.values) as Facet[]) {
    const values = filter[facet];
    if (values && values.length > 0) out[facet] = union(store, facet, values);
  }
  return out;
}

const except = (filters: FilterBits, facet?: Facet): Bits[] => Object.entries(filters).flatMap(([f, b]) => (f === facet ? [] : [b]));

export interface Evaluation {
  /** Matches under every filter. */
  matches: Bits;
  total: number;
  counts(facets: readonly Facet[]): FacetRow[];
  page(sort: SortOrder, limit: number, offset: number): string[];
}

/** How often each value code occurs in `mask`'s slots (each value's bitset against the mask). */
function countByValues(store: DirectoryStore, facets: readonly Facet[], mask: Bits): Int32Array {
  const { slotCodes } = store;
  const counts = new Int32Array(slotCodes.valueOf.length);
  const words = nonZeroWords(mask);
  if (words.length) for (const facet of facets) for (const code of slotCodes.ofFacet.get(facet) ?? []) counts[code] = countAnd(mask, store.values[facet].get(slotCodes.valueOf[code]!)!, words);
  return counts;
}

export type CountStrategy = 'slots' | 'values' | 'rest';

/**
 * The cheapest way to count `facets` over `mask` (`matches` live slots): walking its slots costs
 * about their number times the values a slot has (of the facet, when counting one); walking the
 * other live slots the same, less from the live counts; intersecting costs the facets' values times
 * the mask's words, each step about 1.5 times a walking step (measured at 100,000 organisations).
 */
function strategyFor(store: DirectoryStore, facets: readonly Facet[], mask: Bits, matches: number): CountStrategy {
  const values = facets.reduce((n, f) => n + (store.slotCodes.ofFacet.get(f)?.length ?? 0), 0);
  const step = store.slotCodes.perSlot(facets) + 1;
  const costs: [CountStrategy, number][] = [
    ['slots', matches * step],
    ['rest', (store.slots - store.dead - matches) * step + mask.length],
    ['values', 1.5 * values * mask.length],
  ];
  return costs.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
}

/**
 * Counts of `facets` over `mask` (live slots only) as rows, repeated array values counted once per
 * occurrence.
 */
export function facetRowsOver(store: DirectoryStore, facets: readonly Facet[], mask: Bits, strategy: CountStrategy): FacetRow[] {
  const { slotCodes } = store;
  const counts = strategy === 'slots' ? slotCodes.countIn(facets, mask) : strategy === 'rest' ? slotCodes.countOutside(facets, store.alive, mask) : countByValues(store, facets, mask);
  return facets.flatMap((facet) => {
    for (const r of store.repeats) if (r.facet === facet && hasBit(mask, r.slot)) counts[slotCodes.codeIfKnown(facet, r.value)!]! += r.extra;
    return (slotCodes.ofFacet.get(facet) ?? []).flatMap((code) => (counts[code] ? [{ facet, value: slotCodes.valueOf[code]!, count: counts[code] }] : []));
  });
}

let scratch = new Uint32Array(0);

/**
 * A bitset of `words` words to overwrite, shared by every count: one facet's mask lives only while
 * it is counted. (A new one per count would make V8 collect the whole heap often, for external
 * memory pressure.)
 */
function scratchMask(words: number): Bits {
  if (scratch.length !== words) scratch = new Uint32Array(words);
  return scratch;
}

/** Each facet counted under every filter but its own (facets without a filter share the matches). */
function allFacetRows(store: DirectoryStore, base: Bits, filters: FilterBits, matches: Bits, total: number, facets: readonly Facet[]): FacetRow[] {
  const shared = facets.filter((f) => !filters[f]);
  const rows = new Map<string, FacetRow[]>(facets.map((f) => [f, []]));
  const tally = (group: readonly Facet[], mask: Bits, n: number) => {
    for (const r of facetRowsOver(store, group, mask, strategyFor(store, group, mask, n))) rows.get(r.facet)!.push(r);
  };
  if (shared.length) tally(shared, matches, total);
  for (const facet of facets) {
    if (!filters[facet]) continue;
    const mask = andInto(scratchMask(base.length), base, ...except(filters, facet));
    tally([facet], mask, count(mask));
  }
  return facets.flatMap((f) => rows.get(f)!);
}

/** Characters (code points) in the first `units` UTF-16 units of `s`, as `strpos` counts them. */
function codePointsIn(s: string, units: number): number {
  let n = units;
  for (let i = 0; i < units; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** Position key of keywords without the first word (after every position). */
const NOT_FOUND = 0x7fffffff;

/** Best matches first, as `relevance()` in the SQL path; ties in name order. */
function ranked(store: DirectoryStore, spec: SearchSpec, matches: Bits): number[] {
  if ((spec.fuzzy ?? []).length > 0) {
    const all = slotsIn(matches);
    const similarity = store.keywordTrigrams.similarities(spec.words.join(' '), all, (slot) => store.keywords[slot]!);
    const key = new Map(all.map((slot, i) => [slot, bestFirst(similarity[i]!)]));
    return sortedIn(store.byName, store.slots, matches, (slot) => key.get(slot)!);
  }
  const first = spec.words[0] ?? '';
  return sortedIn(store.byName, store.slots, matches, (slot) => {
    const at = store.keywords[slot]!.indexOf(first);
    return at < 0 ? NOT_FOUND : store.astral.has(slot) ? codePointsIn(store.keywords[slot]!, at) : at;
  });
}

function evaluateNow(store: DirectoryStore, spec: SearchSpec): Evaluation {
  const base = textBits(store, spec);
  const filters = filterBits(store, spec.filter);
  const narrowing = except(filters);
  const matches = narrowing.length ? and(base, ...narrowing) : base;
  const total = count(matches);
  const counted = new Map<string, FacetRow[]>();
  let byRelevance: number[] | undefined;
  return {
    matches,
    total,
    counts(facets) {
      const key = facets.join();
      let rows = counted.get(key);
      if (!rows) counted.set(key, (rows = [{ facet: '_total', value: null, count: total }, ...allFacetRows(store, base, filters, matches, total, facets)]));
      return rows;
    },
    page(sort, limit, offset) {
      let slots: number[];
      if (sort === 'recent') slots = pageIn(store.byRecent, store.slots, matches, total, limit, offset);
      else if (sort === 'relevance' && spec.words.length) slots = (byRelevance ??= ranked(store, spec, matches)).slice(offset, offset + limit);
      else slots = pageIn(store.byName, store.slots, matches, total, limit, offset);
      return slots.map((s) => store.ids[s]!);
    },
  };
}

/**
 * The search's matches, counts and orders, remembered until the store changes (the same search by
 * many people, or page after page of one, is evaluated once). Results are shared: do not modify them.
 */
export function evaluate(store: DirectoryStore, spec: SearchSpec): Evaluation {
  const filter = FACETS.map((f) => [...(spec.filter[f] ?? [])].sort());
  const key = JSON.stringify([scopeKey(spec.scope), spec.words, spec.fuzzy ?? [], filter]);
  return store.remember(`e:${key}`, () => evaluateNow(store, spec));
}
