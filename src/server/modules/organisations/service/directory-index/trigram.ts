/**
 * pg_trgm's word similarity (`word_similarity(a, b)`, and `a <% b` as `>= threshold`) computed in
 * JavaScript with the extension's own algorithm (trgm_op.c: positional trigrams, then the
 * iterative search for the extent of `b` most similar to `a`), so that the in-memory directory
 * matches typos exactly as the SQL path does. Results are single-precision, as in PostgreSQL.
 */

/** The trigrams of a text as pg_trgm makes them: per word (letters and digits), padded "  word ". */
export function trigrams(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const astral = /[\uD800-\uDFFF]/.test(lower);
  for (const word of lower.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    if (!astral) {
      for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.substring(i, i + 3));
      continue;
    }
    const cps = [...padded];
    for (let i = 0; i + 2 < cps.length; i++) out.push(cps[i]! + cps[i + 1]! + cps[i + 2]!);
  }
  return out;
}

const similarity = (count: number, len1: number, len2: number): number => Math.fround(count / (len1 + len2 - count));

/** The distinct trigrams of `a`, and the trigram sequence of `b` as indexes into one numbering. */
function numbered(a: string, b: string): { found: boolean[]; ulen1: number; seq: number[] } {
  const ids = new Map<string, number>();
  const found: boolean[] = [];
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
      found.push(false);
    }
    return id;
  };
  let ulen1 = 0;
  for (const t of trigrams(a)) {
    const id = idOf(t);
    if (!found[id]) ulen1++;
    found[id] = true;
  }
  return { found, ulen1, seq: trigrams(b).map(idOf) };
}

/** `word_similarity(a, b)`: the greatest similarity between `a` and an extent of `b`'s trigrams. */
export function wordSimilarity(a: string, b: string): number {
  const { found, ulen1, seq } = numbered(a, b);
  return similarityOf(seq, found, ulen1, new Int32Array(found.length).fill(-1));
}

/**
 * The greatest similarity between `a` and any extent of `b`'s trigrams, every extent tried: an upper
 * bound of `wordSimilarity(a, b)`, whose search is greedy (for short texts: quadratic).
 */
export function bestExtentSimilarity(a: string, b: string): number {
  const { found, ulen1, seq } = numbered(a, b);
  let best = 0;
  for (let start = 0; start < seq.length; start++) {
    const seen = new Set<number>();
    let count = 0;
    for (let end = start; end < seq.length; end++) {
      const idx = seq[end]!;
      if (seen.has(idx)) continue;
      seen.add(idx);
      if (found[idx]) count++;
      if (count > 0) best = Math.max(best, similarity(count, ulen1, seen.size));
    }
  }
  return best;
}

/**
 * pg_trgm's iterate_word_similarity: `seq` is the text's trigram sequence as ids, `found[id]` tells
 * whether the word has that trigram, `ulen1` is the word's count of distinct trigrams. `lastpos` is
 * scratch space indexed by id, all -1 on entry and on return.
 *
 * With `enough`, the search stops at the first extent that reaches it, as pg_trgm's `<%` does
 * (WORD_SIMILARITY_CHECK_ONLY): the result then only tells whether `enough` is reached.
 */
export function similarityOf(seq: ArrayLike<number>, found: ArrayLike<unknown>, ulen1: number, lastpos: Int32Array, enough = Infinity): number {
  if (ulen1 === 0) return 0;
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let max = 0;
  for (let i = 0; i < seq.length; i++) {
    const idx = seq[i]!;
    if (lower >= 0 || found[idx]) {
      if (lastpos[idx]! < 0) {
        ulen2++;
        if (found[idx]) count++;
      }
      lastpos[idx] = i;
    }
    if (!found[idx]) continue;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let cur = similarity(count, ulen1, ulen2);
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= i; tmpLower++) {
      const tmp = similarity(tmpCount, ulen1, tmpUlen2);
      if (tmp > cur) {
        cur = tmp;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      if (cur >= enough) break;
      const t = seq[tmpLower]!;
      if (lastpos[t] === tmpLower) {
        tmpUlen2--;
        if (found[t]) tmpCount--;
      }
    }
    max = Math.max(max, cur);
    if (max >= enough) break;
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const t = seq[tmpLower]!;
      if (lastpos[t] === tmpLower) lastpos[t] = -1;
    }
  }
  for (let i = 0; i < seq.length; i++) lastpos[seq[i]!] = -1;
  return max;
}
