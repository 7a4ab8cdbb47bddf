/**
 * The distinct words of every organisation's search text, each with the slots that contain it. A
 * query word (letters and digits only) is a substring of a search text exactly when it is a
 * substring of one of its words, so substring search scans the vocabulary (one `indexOf` over the
 * words joined by newlines) instead of every organisation. Words that occur in the short keywords
 * are also indexed by trigram, to find typo candidates.
 */
import { setAll, type Bits } from './bitset.js';
import { trigrams } from './trigram.js';

/** The words of a text as both pg_trgm and substring matching see them: runs of letters and digits. */
export const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly starts: number[] = [];
  private text = '\n';
  /** Slots whose search text contains each word. */
  private readonly postings: number[][] = [];
  /** Slots whose keywords contain each word (absent for words of descriptions only). */
  private readonly keywordPostings: (number[] | undefined)[] = [];
  private readonly byTrigram = new Map<string, number[]>();

  get size(): number {
    return this.words.length;
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.starts.push(this.text.length);
      this.text += `${word}\n`;
      this.postings.push([]);
      this.keywordPostings.push(undefined);
    }
    return id;
  }

  /** Adds a slot's words (slots are added in increasing order, so postings stay sorted). */
  add(slot: number, searchText: string, keywords: string): void {
    for (const w of new Set(wordsOf(searchText))) this.postings[this.idOf(w)]!.push(slot);
    for (const w of new Set(wordsOf(keywords))) {
      const id = this.idOf(w);
      let list = this.keywordPostings[id];
      if (!list) {
        list = this.keywordPostings[id] = [];
        for (const t of new Set(trigrams(w))) {
          const words = this.byTrigram.get(t);
          if (words) words.push(id);
          else this.byTrigram.set(t, [id]);
        }
      }
      list.push(slot);
    }
  }

  private wordAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Sets in `out` every slot whose search text contains `word` (letters and digits) as a substring. */
  substring(word: string, out: Bits): void {
    let from = 0;
    for (;;) {
      const at = this.text.indexOf(word, from);
      if (at < 0) return;
      const id = this.wordAt(at);
      setAll(out, this.postings[id]!);
      from = this.starts[id]! + this.words[id]!.length + 1;
    }
  }

  /**
   * For each slot, how many distinct trigrams of `word` its keywords contain. No extent of the
   * keywords holds more, so `word_similarity` is at most this count over the word's trigram count.
   */
  sharedTrigrams(word: string, slots: number): Uint16Array {
    const acc = new Uint16Array(slots);
    // The trigram (numbered from 1) that last counted each slot: a slot reached through several
    // words with the same trigram counts it once.
    const countedFor = new Uint16Array(slots);
    let k = 0;
    for (const t of new Set(trigrams(word))) {
      k++;
      for (const id of this.byTrigram.get(t) ?? []) {
        for (const slot of this.keywordPostings[id] ?? []) {
          if (countedFor[slot] === k) continue;
          countedFor[slot] = k;
          acc[slot]!++;
        }
      }
    }
    return acc;
  }
}
