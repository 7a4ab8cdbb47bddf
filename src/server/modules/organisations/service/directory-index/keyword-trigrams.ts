/**
 * The keywords of each slot as a sequence of trigram ids (made on first use and kept: a slot never
 * changes), so that typo matching and typo ranking compare integers instead of building strings.
 */
import { similarityOf, trigrams } from './trigram.js';

/** Keywords as the registry stores them (lower-case ASCII letters and digits between spaces). */
const PLAIN = /^[a-z0-9 ]*$/;
/** Symbol of a character of a plain trigram: space 0, a-z 1-26, 0-9 27-36. */
const symbol = (c: number): number => (c === 32 ? 0 : c >= 97 ? c - 96 : c - 21);

export class KeywordTrigrams {
  private readonly ids = new Map<string, number>();
  /** The id of each plain trigram by its three symbols (37^3 of them), -1 until first seen. */
  private readonly plainIds = new Int32Array(37 ** 3).fill(-1);
  private readonly sequences: (Int32Array | undefined)[] = [];
  private found = new Uint8Array(0);
  private lastpos = new Int32Array(0);

  private idOf(t: string): number {
    let id = this.ids.get(t);
    if (id === undefined) this.ids.set(t, (id = this.ids.size));
    return id;
  }

  /** The trigram ids of `keywords`, in `trigrams()` order (plain keywords without building strings). */
  private sequenceOf(keywords: string): Int32Array {
    if (!PLAIN.test(keywords)) return Int32Array.from(trigrams(keywords).map((t) => this.idOf(t)));
    const out: number[] = [];
    for (const word of keywords.split(' ')) {
      if (!word) continue;
      // "  word ": symbols of the two leading spaces, the word, the trailing space.
      let a = 0;
      let b = 0;
      for (let i = 0; i <= word.length; i++) {
        const c = i < word.length ? symbol(word.charCodeAt(i)) : 0;
        const key = (a * 37 + b) * 37 + c;
        let id = this.plainIds[key]!;
        if (id < 0) {
          const chars = [a, b, c].map((x) => (x === 0 ? ' ' : x <= 26 ? String.fromCharCode(96 + x) : String.fromCharCode(21 + x))).join('');
          this.plainIds[key] = id = this.idOf(chars);
        }
        out.push(id);
        a = b;
        b = c;
      }
    }
    return Int32Array.from(out);
  }

  private sequence(slot: number, keywords: string): Int32Array {
    let seq = this.sequences[slot];
    if (!seq) this.sequences[slot] = seq = this.sequenceOf(keywords);
    return seq;
  }

  /**
   * `word_similarity(query, keywords)` for each slot of `slots` (`keywordsOf(slot)` its keywords);
   * with `enough`, only whether each reaches it (see `similarityOf`).
   */
  similarities(query: string, slots: readonly number[], keywordsOf: (slot: number) => string, enough?: number): Float64Array {
    const sequences = slots.map((s) => this.sequence(s, keywordsOf(s)));
    if (this.found.length < this.ids.size) {
      this.found = new Uint8Array(this.ids.size * 2);
      this.lastpos = new Int32Array(this.ids.size * 2).fill(-1);
    }
    const mine = [...new Set(trigrams(query))];
    const marked = mine.flatMap((t) => this.ids.get(t) ?? []);
    for (const id of marked) this.found[id] = 1;
    try {
      const out = new Float64Array(sequences.length);
      for (let i = 0; i < sequences.length; i++) out[i] = similarityOf(sequences[i]!, this.found, mine.length, this.lastpos, enough);
      return out;
    } finally {
      for (const id of marked) this.found[id] = 0;
    }
  }
}
