/**
 * `word <% keywords` over the whole directory (pg_trgm's word similarity reaching the typo
 * threshold), decided for most slots from the words of their keywords instead of their full
 * trigram sequence. With c the distinct trigrams of `word` an extent holds, n its other distinct
 * trigrams and u the trigrams of `word`, an extent's similarity is c / (u + n). Then:
 *
 * - A slot needs at least u * threshold of the word's trigrams among its keywords' words.
 * - Lower bound: pg_trgm's greedy search over a text never scores below its own greedy search over
 *   a run of whole words of that text (its lower bound only moves forward, to the best start for
 *   each end, and a run's extents are the same trigrams wherever the run stands). A slot holding a
 *   word, or two adjacent words, that reach the threshold on their own matches.
 * - Upper bound: an extent within one word or two adjacent words scores at most the best extent of
 *   those words, every extent tried; an extent over three or more words holds every trigram of the
 *   words inside, so n is at least the other trigrams of each of them.
 *
 * Slots whose bounds disagree are compared in full, stopping at the first extent that reaches the
 * threshold (as pg_trgm's `<%` does). Words and pairs are scored once per search.
 */
import { hasBit, popcount32, setAll, setBit, type Bits } from './bitset.js';
import type { DirectoryStore } from './store.js';
import { startBucket } from './vocabulary.js';
import { bestExtentSimilarity, trigrams, wordSimilarity } from './trigram.js';

interface Scores {
  /** Greedy (pg_trgm) similarity: a lower bound for any text holding these words. */
  greedy: number;
  /** Best similarity over every extent: an upper bound for extents inside these words. */
  best: number;
}

const score = (word: string, text: string): Scores => ({ greedy: wordSimilarity(word, text), best: bestExtentSimilarity(word, text) });

/** What a slot's bounds tell: it matches, it cannot, or its keywords must be compared in full. */
export type Verdict = 'match' | 'no' | 'compare';

/** Words of more than 32 distinct trigrams do not fit a mask: every slot is compared in full. */
const MASK_BITS = 32;

/**
 * The per-word arrays, reused by each search word in turn: allocating them per word (a vocabulary's
 * and a registry's length) would make V8 collect the whole heap often, for external memory
 * pressure. One `TypoBounds` is in use at a time; an older one refuses to answer.
 */
const scratch = { masks: new Uint32Array(0), touched: [] as number[], held: new Uint32Array(0), sure: new Uint32Array(0), claims: 0 };

/** The scratch arrays, cleared for `words` vocabulary words and `slots` slots, and the claim's number. */
function claimScratch(words: number, slots: number, bitsetWords: number) {
  if (scratch.masks.length < words) scratch.masks = new Uint32Array(Math.ceil(words * 1.5));
  else for (const id of scratch.touched) scratch.masks[id] = 0;
  scratch.touched = [];
  if (scratch.held.length < slots) scratch.held = new Uint32Array(Math.ceil(slots * 1.5));
  else scratch.held.fill(0, 0, slots);
  if (scratch.sure.length < bitsetWords) scratch.sure = new Uint32Array(Math.ceil(bitsetWords * 1.5));
  else scratch.sure.fill(0, 0, bitsetWords);
  scratch.claims++;
  return scratch;
}

/** The bounds of one search word over a store. */
export class TypoBounds {
  private readonly u: number;
  private readonly needed: number;
  /** Per keyword word, which of the search word's trigrams it holds (bit k: the k-th). */
  private readonly masks: Uint32Array;
  /** Per slot, which of the search word's trigrams its keywords hold. */
  private readonly held: Uint32Array;
  private readonly sure: Bits;
  /** Which claim of the scratch arrays this word holds. */
  private readonly claim: number;
  private readonly single = new Map<number, Scores>();
  private readonly pairs = new Map<number, Scores>();
  /** Scratch: the masks of one slot's keyword words. */
  private slotMasks = new Uint32Array(64);
  /** The word's first trigram when it is added per word and per slot (see the constructor). */
  private readonly first: { point: number; bit: number } | undefined;

  constructor(
    private readonly store: DirectoryStore,
    private readonly word: string,
    private readonly threshold: number,
  ) {
    const { vocabulary } = store;
    const mine = [...new Set(trigrams(word))];
    this.u = mine.length;
    this.needed = this.u * threshold - 1e-9;
    // The claim is a number, not this object: the scratch must not keep a store alive after it is dropped.
    const { masks, touched, held, sure, claims } = claimScratch(vocabulary.size, store.slots, store.alive.length);
    this.claim = claims;
    this.masks = masks;
    this.held = held;
    this.sure = sure;
    if (this.u > MASK_BITS) return;
    // The word's first trigram ("  x") is held by every keyword word starting with x, as many words
    // as there are tax ids in one letter: those words are not visited. Each word adds it by its
    // first code point, each slot by the first code points it holds (a bucket: possibly more).
    const first = word.codePointAt(0)!;
    const start = mine.indexOf(`  ${String.fromCodePoint(first)}`);
    this.first = start >= 0 && this.needed > 1 ? { point: first, bit: 1 << start } : undefined;
    mine.forEach((t, k) => {
      if (k === start && this.first) return;
      for (const id of vocabulary.wordsWithTrigram(t)) {
        if (this.masks[id] === 0) touched.push(id);
        this.masks[id]! |= 1 << k;
      }
    });
    for (const id of touched) {
      const mask = this.maskOf(id);
      const slots = vocabulary.keywordSlots(id);
      for (let i = 0; i < slots.length; i++) this.held[slots[i]!]! |= mask;
      if (popcount32(mask) < this.needed) continue;
      // A word similar on its own: every slot holding it matches.
      const s = score(word, vocabulary.wordText(id));
      this.single.set(id, s);
      if (s.greedy >= threshold) setAll(this.sure, slots);
    }
    if (this.first) {
      const bucket = startBucket(first);
      for (let slot = 0; slot < store.slots; slot++) if (vocabulary.startsMayInclude(slot, bucket)) this.held[slot]! |= this.first.bit;
    }
  }

  /** Which of the search word's trigrams a keyword word holds. */
  private maskOf(id: number): number {
    const first = this.first;
    return first && this.store.vocabulary.firstPoints[id] === first.point ? this.masks[id]! | first.bit : this.masks[id]!;
  }

  /** Whether the slot may match at all: no extent holds more than its distinct shared trigrams. */
  mayMatch(slot: number): boolean {
    return this.u > MASK_BITS || popcount32(this.held[slot]!) >= this.needed;
  }

  private pairScores(a: number, b: number): Scores {
    const { vocabulary } = this.store;
    const key = a * vocabulary.size + b;
    let s = this.pairs.get(key);
    if (!s) this.pairs.set(key, (s = score(this.word, `${vocabulary.wordText(a)} ${vocabulary.wordText(b)}`)));
    return s;
  }

  /** The bounds' verdict on a slot. */
  verdict(slot: number): Verdict {
    if (scratch.claims !== this.claim) throw new Error('TypoBounds used after the next search word claimed its arrays');
    if (this.u > MASK_BITS) return 'compare';
    if (!this.mayMatch(slot)) return 'no';
    if (hasBit(this.sure, slot)) return 'match';
    const { needed, threshold } = this;
    const { vocabulary } = this.store;
    const { start, items } = vocabulary.keywordWords;
    const from = start[slot]!;
    const k = start[slot + 1]! - from;
    if (this.slotMasks.length < k) this.slotMasks = new Uint32Array(k * 2);
    const m = this.slotMasks;
    // The fewest other trigrams a word inside a run of three or more words can bring.
    let fewest = Infinity;
    for (let i = 0; i < k; i++) {
      m[i] = this.maskOf(items[from + i]!);
      if (i > 0 && i < k - 1) fewest = Math.min(fewest, vocabulary.trigramCounts[items[from + i]!]! - popcount32(m[i]!));
    }
    let upper = 0;
    for (let i = 0; i < k; i++) {
      if (m[i] === 0) continue;
      if (popcount32(m[i]!) >= needed) upper = Math.max(upper, this.single.get(items[from + i]!)!.best);
      if (i + 1 === k || m[i + 1] === 0 || popcount32(m[i]! | m[i + 1]!) < needed) continue;
      const s = this.pairScores(items[from + i]!, items[from + i + 1]!);
      if (s.greedy >= threshold) return 'match';
      upper = Math.max(upper, s.best);
    }
    if (upper >= threshold) return 'compare';
    const cap = popcount32(this.held[slot]!);
    if (Math.fround(cap / (this.u + fewest)) < threshold) return 'no';
    return this.runReaches(items, from, k, cap) ? 'compare' : 'no';
  }

  /**
   * Whether an extent over three words or more (words i to j of the slot's `k`, from `items[from]`,
   * their masks in `slotMasks`) could reach the threshold.
   */
  private runReaches(items: Int32Array, from: number, k: number, cap: number): boolean {
    const { threshold, u, slotMasks: m } = this;
    const { trigramCounts } = this.store.vocabulary;
    for (let i = 0; i + 2 < k; i++) {
      let held = m[i]! | m[i + 1]!;
      let n = 0;
      for (let j = i + 2; j < k; j++) {
        n = Math.max(n, trigramCounts[items[from + j - 1]!]! - popcount32(m[j - 1]!));
        // Longer runs only hold more other trigrams: past this, no run from word i can reach it.
        if (Math.fround(cap / (u + n)) < threshold) break;
        held |= m[j]!;
        if (Math.fround(popcount32(held) / (u + n)) >= threshold) return true;
      }
    }
    return false;
  }
}

/** The slots of `within` whose keywords are typo-similar to `word` (`word <% keywords` at `threshold`). */
export function typoMatches(store: DirectoryStore, word: string, within: Bits, threshold: number): Bits {
  const bounds = new TypoBounds(store, word, threshold);
  const out = new Uint32Array(store.alive.length);
  const full: number[] = [];
  for (let slot = 0; slot < store.slots; slot++) {
    if (!bounds.mayMatch(slot) || !hasBit(within, slot)) continue;
    const v = bounds.verdict(slot);
    if (v === 'match') setBit(out, slot);
    else if (v === 'compare') full.push(slot);
  }
  const similarity = store.keywordTrigrams.similarities(word, full, (slot) => store.keywords[slot]!, threshold);
  full.forEach((slot, i) => {
    if (similarity[i]! >= threshold) setBit(out, slot);
  });
  return out;
}
