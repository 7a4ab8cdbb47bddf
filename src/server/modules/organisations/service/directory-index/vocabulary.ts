/**
 * The distinct words of every organisation's search text, each with the slots that contain it. A
 * query word (letters and digits only) is a substring of a search text exactly when it is a
 * substring of one of its words, so substring search looks at words, not organisations: those
 * holding the query's rarest three-letter piece, or (short or very common pieces) one `indexOf`
 * scan over the words joined by newlines. Words that occur in the short keywords
 * are also indexed by trigram, and each slot keeps its keyword words in order, for typo matching.
 */
import { setAll, type Bits } from './bitset.js';
import { FlatLists, grown } from './flat-lists.js';
import { trigrams } from './trigram.js';

/** The words of a text as both pg_trgm and substring matching see them: runs of letters and digits. */
export const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The three-unit pieces of a word, in order (none for words shorter than three). */
function piecesOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) out.push(word.substring(i, i + 3));
  return out;
}

/** A code point's bit among 30 buckets (small integers, for compact per-slot masks). */
export const startBucket = (point: number): number => 1 << point % 30;

export class Vocabulary {
  /**
   * @param scanBeyond a substring search whose rarest piece is in more words than this scans the
   *   whole vocabulary instead (one `indexOf` pass costs about as much as checking 10,000 words).
   */
  constructor(private readonly scanBeyond = 10_000) {}

  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly starts: number[] = [];
  private text = '\n';
  /** Slots whose search text contains each word. */
  private readonly postings: number[][] = [];
  /** Slots whose keywords contain each word (absent for words of descriptions only). */
  private readonly keywordPostings: (number[] | undefined)[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  /** Words by each three-unit piece of them (no padding), for substring search; ids in increasing order. */
  private readonly byPiece = new Map<string, number[]>();
  /** Bitsets of the words substring searches found with more slots than a bitset has words. */
  private readonly dense = new Map<number, { count: number; bits: Bits }>();
  /** Distinct trigrams of each keyword word (0 for words of descriptions only). */
  trigramCounts: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Each slot's keyword words in order (repeats kept), as ids. */
  readonly keywordWords = new FlatLists();
  /** The first code point of each word. */
  firstPoints: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Per slot, the `startBucket`s of its keyword words' first code points. */
  private readonly startBuckets: number[] = [];

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
      for (const piece of new Set(piecesOf(word))) {
        const list = this.byPiece.get(piece);
        if (list) list.push(id);
        else this.byPiece.set(piece, [id]);
      }
      this.postings.push([]);
      this.keywordPostings.push(undefined);
      this.trigramCounts = grown(this.trigramCounts, id + 1);
      this.firstPoints = grown(this.firstPoints, id + 1);
      this.firstPoints[id] = word.codePointAt(0)!;
    }
    return id;
  }

  /** Adds a slot's words (slots are added in increasing order, so postings stay sorted). */
  add(slot: number, searchText: string, keywords: string): void {
    for (const w of new Set(wordsOf(searchText))) this.postings[this.idOf(w)]!.push(slot);
    if (slot !== this.keywordWords.length) throw new Error(`slot ${slot} added out of order`);
    const ids = wordsOf(keywords).map((w) => this.idOf(w));
    this.keywordWords.append(ids);
    this.startBuckets[slot] = ids.reduce((m, id) => m | startBucket(this.firstPoints[id]!), 0);
    for (const id of new Set(ids)) {
      let list = this.keywordPostings[id];
      if (!list) {
        list = this.keywordPostings[id] = [];
        const distinct = new Set(trigrams(this.words[id]!));
        this.trigramCounts[id] = distinct.size;
        for (const t of distinct) {
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

  /**
   * The words containing `word`: those holding its rarest three-unit piece, checked, or (a short
   * word, or a piece in too many words) a scan of the vocabulary joined by newlines.
   */
  containing(word: string): number[] {
    if (word.length >= 3) {
      let rarest: readonly number[] | undefined;
      for (const piece of piecesOf(word)) {
        const list = this.byPiece.get(piece);
        if (!list) return [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      if (rarest!.length <= this.scanBeyond) return rarest!.filter((id) => this.words[id]!.includes(word));
    }
    const found: number[] = [];
    for (let at = this.text.indexOf(word); at >= 0; ) {
      const id = this.wordAt(at);
      found.push(id);
      at = this.text.indexOf(word, this.starts[id]! + this.words[id]!.length + 1);
    }
    return found;
  }

  /** Sets in `out` every slot whose search text contains `word` (letters and digits) as a substring. */
  substring(word: string, out: Bits): void {
    for (const id of this.containing(word)) {
      const slots = this.postings[id]!;
      if (slots.length > out.length) {
        // A common word: OR its bitset (one step per 32 slots) instead of setting each slot's bit.
        const bits = this.bitsOf(id, out.length);
        for (let i = 0; i < out.length; i++) out[i]! |= bits[i]!;
      } else setAll(out, slots);
    }
  }

  /** The slots of a word as a bitset of `words` words, remembered while its postings do not grow. */
  private bitsOf(id: number, words: number): Bits {
    const slots = this.postings[id]!;
    const known = this.dense.get(id);
    if (known && known.count === slots.length && known.bits.length === words) return known.bits;
    const bits = new Uint32Array(words);
    setAll(bits, slots);
    this.dense.set(id, { count: slots.length, bits });
    return bits;
  }

  /** The keyword words holding the trigram `t`. */
  wordsWithTrigram(t: string): readonly number[] {
    return this.byTrigram.get(t) ?? [];
  }

  wordText(id: number): string {
    return this.words[id]!;
  }

  /** Slots whose keywords contain the word. */
  keywordSlots(id: number): readonly number[] {
    return this.keywordPostings[id] ?? [];
  }

  /** Whether the slot may hold a keyword word starting with a code point of this bucket (false: it does not). */
  startsMayInclude(slot: number, bucket: number): boolean {
    return (this.startBuckets[slot]! & bucket) !== 0;
  }
}
