/**
 * The in-memory directory: one slot per organisation version (slots are only appended; a changed
 * organisation gets a new slot and its old one is marked dead), a bitset of slots per facet value,
 * the vocabulary of search texts, and the slots in name order and in creation order. Dead slots
 * are skipped by every search (the `alive` bitset) and dropped at the next full build.
 */
import { FACETS, type Facet } from '../../../../../shared/contracts/organisations.js';
import type { SummaryRow } from '../../repository/organisations.js';
import { resized, setBit, wordsFor, type Bits } from './bitset.js';
import { KeywordTrigrams } from './keyword-trigrams.js';
import { SlotCodes } from './slot-codes.js';
import { Vocabulary } from './vocabulary.js';

/** What the index keeps of an organisation (read from the `organisation` table). */
export interface IndexRow {
  id: string;
  legalName: string;
  kind: string;
  officeId: string | null;
  smeClass: string | null;
  membershipStatus: string;
  publicProfile: boolean;
  stages: readonly (string | null)[];
  materialIds: readonly (string | null)[];
  provinceCodes: readonly (string | null)[];
  regionCodes: readonly (string | null)[];
  searchText: string;
  keywords: string;
  /** `created_at` in microseconds since the epoch (exact, as PostgreSQL stores it). */
  createdMicros: number;
  /** The rest of what a directory list shows of it (a page needs no query): see `SummaryRow`. */
  tradeName: string | null;
  country: string;
  taxId: string | null;
  membershipTier: string | null;
  /** The city of its headquarters, else of its first site. */
  city: string | null;
}

const FACET_VALUES: Record<Facet, (r: IndexRow) => readonly (string | null)[]> = {
  kind: (r) => [r.kind],
  stage: (r) => r.stages,
  material: (r) => r.materialIds,
  province: (r) => r.provinceCodes,
  region: (r) => r.regionCodes,
  size: (r) => [r.smeClass],
  status: (r) => [r.membershipStatus],
  office: (r) => [r.officeId],
};

/** A summary's fields the store does not keep otherwise (the id and name it does). */
const SUMMARY_REST = [
  'tradeName', 'kind', 'country', 'taxId', 'officeId', 'stages', 'materialIds', 'provinceCodes', 'membershipStatus', 'membershipTier', 'smeClass', 'publicProfile', 'city',
] as const satisfies readonly Exclude<keyof SummaryRow & keyof IndexRow, 'id' | 'legalName'>[];

/** A value repeated in an array column: SQL counts it once per occurrence. */
export interface Repeat {
  slot: number;
  facet: Facet;
  value: string;
  extra: number;
}

/** Results (a query word's matching slots, a search's evaluation) remembered between searches. */
const REMEMBERED = 256;

export class DirectoryStore {
  slots = 0;
  dead = 0;
  private words = 0;
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly keywords: string[] = [];
  /** Slots whose keywords hold characters beyond U+FFFF (two UTF-16 units each): rare. */
  readonly astral = new Set<number>();
  readonly created: number[] = [];
  /**
   * Each slot's summary but its id and name, as a JSON array of `SUMMARY_REST`'s values: one string
   * per organisation instead of an object with arrays and strings, which every full garbage
   * collection would have to trace.
   */
  private readonly summaries: string[] = [];
  readonly slotOf = new Map<string, number>();
  alive: Bits = new Uint32Array(0);
  publicProfile: Bits = new Uint32Array(0);
  readonly values = Object.fromEntries(FACETS.map((f) => [f, new Map<string, Bits>()])) as Record<Facet, Map<string, Bits>>;
  readonly repeats: Repeat[] = [];
  readonly slotCodes = new SlotCodes();
  readonly vocabulary = new Vocabulary();
  /** Slots (dead ones included) in name order, and in `created_at desc, id` order. */
  byName: number[] = [];
  byRecent: number[] = [];
  readonly keywordTrigrams = new KeywordTrigrams();
  /** Results remembered until the store next changes (most recently used last). */
  private readonly remembered = new Map<string, unknown>();
  private rememberedAt = 0;
  private changes = 0;

  /**
   * The result under `key` (from `make` the first time since the store last changed); do not modify
   * it. Keys are namespaced by their callers (`w:` a word's matches, `e:` a search's evaluation).
   */
  remember<T>(key: string, make: () => T): T {
    if (this.rememberedAt !== this.changes) this.forget();
    let found = this.remembered.get(key) as T | undefined;
    if (found !== undefined) this.remembered.delete(key);
    else if (this.remembered.size >= REMEMBERED) this.remembered.delete(this.remembered.keys().next().value ?? '');
    this.remembered.set(key, (found ??= make()));
    return found;
  }

  forget(): void {
    this.remembered.clear();
    this.rememberedAt = this.changes;
  }

  private grow(): void {
    const words = Math.max(64, this.words * 2);
    this.alive = resized(this.alive, words);
    this.publicProfile = resized(this.publicProfile, words);
    for (const facet of FACETS) for (const [v, bits] of this.values[facet]) this.values[facet].set(v, resized(bits, words));
    this.words = words;
  }

  private valueBits(facet: Facet, value: string): Bits {
    let bits = this.values[facet].get(value);
    if (!bits) this.values[facet].set(value, (bits = new Uint32Array(this.words)));
    return bits;
  }

  /** Appends `row` as a new live slot (its previous slot, if any, dies); orders are the caller's. */
  add(row: IndexRow): number {
    this.remove(row.id);
    this.changes++;
    if (wordsFor(this.slots + 1) > this.words) this.grow();
    const slot = this.slots++;
    this.ids.push(row.id);
    this.names.push(row.legalName);
    this.keywords.push(row.keywords);
    if (/[\ud800-\udfff]/.test(row.keywords)) this.astral.add(slot);
    this.created.push(row.createdMicros);
    this.summaries.push(JSON.stringify(SUMMARY_REST.map((k) => row[k])));
    this.slotOf.set(row.id, slot);
    setBit(this.alive, slot);
    if (row.publicProfile) setBit(this.publicProfile, slot);
    const codes: number[] = [];
    for (const facet of FACETS) {
      const seen = new Map<string, number>();
      for (const v of FACET_VALUES[facet](row)) if (v !== null) seen.set(v, (seen.get(v) ?? 0) + 1);
      for (const [value, n] of seen) {
        setBit(this.valueBits(facet, value), slot);
        codes.push(this.slotCodes.code(facet, value));
        if (n > 1) this.repeats.push({ slot, facet, value, extra: n - 1 });
      }
    }
    this.slotCodes.append(codes);
    this.vocabulary.add(slot, row.searchText, row.keywords);
    return slot;
  }

  /** What a directory list shows of a live organisation. */
  summaryOf(id: string): SummaryRow | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    const values = JSON.parse(this.summaries[slot]!) as unknown[];
    return Object.fromEntries([['id', id], ['legalName', this.names[slot]], ...SUMMARY_REST.map((k, i) => [k, values[i]])]) as SummaryRow;
  }

  /** Marks the organisation's slot dead (it no longer matches anything). */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.changes++;
    this.alive[slot >>> 5]! &= ~(1 << (slot & 31));
    this.slotOf.delete(id);
    this.slotCodes.retire(slot);
    this.dead++;
  }

  /** Slot order of the `recent` sort: newest first, then by id. */
  readonly recentOrder = (a: number, b: number): number => this.created[b]! - this.created[a]! || compareCodePoints(this.ids[a]!, this.ids[b]!);

  /** Slot order of the `name` sort under a code-point collation (C, POSIX, C.UTF-8): name, then id. */
  readonly nameOrder = (a: number, b: number): number => compareCodePoints(this.names[a]!, this.names[b]!) || compareCodePoints(this.ids[a]!, this.ids[b]!);
}

/** Compares strings by Unicode code point (the byte order of their UTF-8), as the C collation does. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** UTF-16 units reordered so that surrogates (characters above U+FFFF) sort after U+E000..U+FFFF. */
const codePointRank = (unit: number): number => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit);

/** Inserts `slot` into `order` (sorted by `cmp`) at its place. */
export function insertSorted(order: number[], slot: number, cmp: (a: number, b: number) => number): void {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(order[mid]!, slot) < 0) lo = mid + 1;
    else hi = mid;
  }
  order.splice(lo, 0, slot);
}
