/**
 * The keywords of each slot as a sequence of trigram ids (made on first use and kept: a slot never
 * changes), so that typo matching and typo ranking compare integers instead of building strings.
 */
import { similarityOf, trigrams } from './trigram.js';

export class KeywordTrigrams {
  private readonly ids = new Map<string, number>();
  private readonly sequences: (Int32Array | undefined)[] = [];
  private found = new Uint8Array(0);
  private lastpos = new Int32Array(0);

  private sequence(slot: number, keywords: string): Int32Array {
    let seq = this.sequences[slot];
    if (!seq) {
      seq = Int32Array.from(trigrams(keywords), (t) => {
        let id = this.ids.get(t);
        if (id === undefined) this.ids.set(t, (id = this.ids.size));
        return id;
      });
      this.sequences[slot] = seq;
    }
    return seq;
  }

  /** `word_similarity(query, keywords)` for each slot of `slots` (`keywordsOf(slot)` its keywords). */
  similarities(query: string, slots: readonly number[], keywordsOf: (slot: number) => string): Float64Array {
    const sequences = slots.map((s) => this.sequence(s, keywordsOf(s)));
    if (this.found.length < this.ids.size) {
      this.found = new Uint8Array(this.ids.size * 2);
      this.lastpos = new Int32Array(this.ids.size * 2).fill(-1);
    }
    const mine = [...new Set(trigrams(query))];
    const marked = mine.flatMap((t) => this.ids.get(t) ?? []);
    for (const id of marked) this.found[id] = 1;
    try {
      return Float64Array.from(sequences, (seq) => similarityOf(seq, this.found, mine.length, this.lastpos));
    } finally {
      for (const id of marked) this.found[id] = 0;
    }
  }
}
