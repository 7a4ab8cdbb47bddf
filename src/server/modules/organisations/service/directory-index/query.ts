/**
 * Directory searches over a `DirectoryStore`, with the SQL path's semantics (repository/search.ts):
 * scope, every word a substring of the search text or (typos) `word <% keywords`, facet filters,
 * each facet counted under every filter but its own, and the page in name, recent or relevance
 * order. Only the ids of the page leave here; the rows are read from the database.
 */
import type { DirectoryFilter, Facet } from '../../../../../shared/contracts/organisations.js';
import type { FacetRow, SearchScope, SearchSpec, SortOrder } from '../../repository/search.js';
import { TYPO_SIMILARITY, typoTolerant } from '../../repository/search.js';
import { and, count, countAnd, hasBit, nonZeroWords, type Bits } from './bitset.js';
import type { DirectoryStore } from './store.js';
import { trigrams } from './trigram.js';

function union(store: DirectoryStore, facet: Facet, values: readonly string[]): Bits {
  const out = new Uint32Array(store.alive.length);
  for (const v of values) {
    const bits = store.values[facet].get(v);
    if (bits) for (let i = 0; i < out.length; i++) out[i]! |= bits[i]!;
  }
  return out;
}

function scopeBits(store: DirectoryStore, scope: SearchScope): Bits {
  if (scope.kind === 'public') return and(store.alive, store.publicProfile);
  if (scope.kind === 'offices') return and(store.alive, union(store, 'office', scope.officeIds.map((id) => id.toLowerCase())));
  return store.alive.slice();
}

function substringBits(store: DirectoryStore, word: string): Bits {
  return store.wordMatches(word, () => {
    const out = new Uint32Array(store.alive.length);
    store.vocabulary.substring(word, out);
    return out;
  });
}

/** The slots of `within` whose keywords are typo-similar to `word` (`word <% keywords`). */
function typoBits(store: DirectoryStore, word: string, within: Bits): Bits {
  const shared = store.vocabulary.sharedTrigrams(word, store.slots);
  const needed = new Set(trigrams(word)).size * TYPO_SIMILARITY - 1e-9;
  const candidates: number[] = [];
  for (let slot = 0; slot < store.slots; slot++) {
    // Similarity is at most (shared trigrams) / (trigrams of the word): most slots stop here.
    if (shared[slot]! >= needed && hasBit(within, slot)) candidates.push(slot);
  }
  const similarity = store.keywordTrigrams.similarities(word, candidates, (slot) => store.keywords[slot]!);
  const out = new Uint32Array(store.alive.length);
  candidates.forEach((slot, i) => {
    if (similarity[i]! >= TYPO_SIMILARITY) out[slot >>> 5]! |= 1 << (slot & 31);
  });
  return out;
}

/** Slots in scope matching every word (typos last, to compare only what the other words left). */
function textBits(store: DirectoryStore, spec: SearchSpec): Bits {
  const fuzzy = spec.fuzzy ?? [];
  let result = scopeBits(store, spec.scope);
  for (const w of spec.words) if (!fuzzy.includes(w)) result = and(result, substringBits(store, w));
  for (const w of spec.words) if (fuzzy.includes(w)) result = typoBits(store, w, result);
  return result;
}

/** The typo-tolerant words of `words` that appear nowhere (in this scope) as typed. */
export function missingWords(store: DirectoryStore, scope: SearchScope, words: readonly string[]): string[] {
  const inScope = scopeBits(store, scope);
  return words.filter((w) => typoTolerant(w) && count(and(inScope, substringBits(store, w))) === 0);
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

/** A facet's counts over `mask` (the matches under every other filter), `words` its non-zero words. */
function facetRows(store: DirectoryStore, facet: Facet, mask: Bits, words: Uint32Array): FacetRow[] {
  const counts = new Map<string, number>();
  if (words.length) for (const [value, bits] of store.values[facet]) {
    const n = countAnd(mask, bits, words);
    if (n) counts.set(value, n);
  }
  for (const r of store.repeats) if (r.facet === facet && hasBit(mask, r.slot)) counts.set(r.value, (counts.get(r.value) ?? 0) + r.extra);
  return [...counts].map(([value, n]) => ({ facet, value, count: n }));
}

/** Each facet counted under every filter but its own (facets without a filter share the matches). */
function allFacetRows(store: DirectoryStore, base: Bits, filters: FilterBits, matches: Bits, facets: readonly Facet[]): FacetRow[] {
  let matchWords: Uint32Array | undefined;
  return facets.flatMap((facet) => {
    if (!filters[facet]) return facetRows(store, facet, matches, (matchWords ??= nonZeroWords(matches)));
    const mask = and(base, ...except(filters, facet));
    return facetRows(store, facet, mask, nonZeroWords(mask));
  });
}

function inOrder(order: readonly number[], matches: Bits, limit: number, offset: number): number[] {
  const out: number[] = [];
  let skip = offset;
  for (const slot of order) {
    if (out.length >= limit) break;
    if (!hasBit(matches, slot)) continue;
    if (skip > 0) skip--;
    else out.push(slot);
  }
  return out;
}

/** Characters (code points) in the first `units` UTF-16 units of `s`, as `strpos` counts them. */
const codePointsIn = (s: string, units: number): number => units - (s.slice(0, units).match(/[\uDC00-\uDFFF]/g)?.length ?? 0);

/** Best matches first, as `relevance()` in the SQL path; ties in name order. */
function ranked(store: DirectoryStore, spec: SearchSpec, matches: Bits): number[] {
  const all = inOrder(store.byName, matches, Infinity, 0);
  const key = new Map<number, number>();
  if ((spec.fuzzy ?? []).length > 0) {
    const similarity = store.keywordTrigrams.similarities(spec.words.join(' '), all, (slot) => store.keywords[slot]!);
    all.forEach((slot, i) => key.set(slot, -similarity[i]!));
  } else {
    const first = spec.words[0] ?? '';
    for (const slot of all) {
      const at = store.keywords[slot]!.indexOf(first);
      key.set(slot, at >= 0 ? codePointsIn(store.keywords[slot]!, at) : Infinity);
    }
  }
  return all.sort((a, b) => key.get(a)! - key.get(b)!);
}

export function evaluate(store: DirectoryStore, spec: SearchSpec): Evaluation {
  const base = textBits(store, spec);
  const filters = filterBits(store, spec.filter);
  const matches = and(base, ...except(filters));
  const total = count(matches);
  return {
    matches,
    total,
    counts: (facets) => [{ facet: '_total', value: null, count: total }, ...allFacetRows(store, base, filters, matches, facets)],
    page(sort, limit, offset) {
      let slots: number[];
      if (sort === 'recent') slots = inOrder(store.byRecent, matches, limit, offset);
      else if (sort === 'relevance' && spec.words.length) slots = ranked(store, spec, matches).slice(offset, offset + limit);
      else slots = inOrder(store.byName, matches, limit, offset);
      return slots.map((s) => store.ids[s]!);
    },
  };
}
