/**
 * Substring search over the vocabulary: by the rarest three-unit piece of the word, or by scanning
 * the whole vocabulary, it must find exactly the words that contain the query, and their slots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from './vocabulary.js';

const word = fc.stringMatching(/^[abc1ñ]{1,7}$/);
const texts = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 40 });

function built(list: string[], scanBeyond: number): Vocabulary {
  const v = new Vocabulary(scanBeyond);
  list.forEach((text, slot) => v.add(slot, text, ''));
  return v;
}

describe('vocabulary substring search', () => {
  it('finds the same words and slots by pieces and by scanning, as a plain check does', () => {
    fc.assert(
      fc.property(texts, fc.array(word, { minLength: 1, maxLength: 6 }), (list, queries) => {
        const byPieces = built(list, Infinity);
        const byScan = built(list, -1);
        for (const q of queries) {
          const words = byPieces.containing(q).map((id) => byPieces.wordText(id));
          const expected = [...new Set(list.flatMap((t) => t.split(' ')))].filter((w) => w.includes(q));
          expect(new Set(words)).toEqual(new Set(expected));
          expect(byScan.containing(q).map((id) => byScan.wordText(id)).sort()).toEqual([...words].sort());
          const slots = new Uint32Array(2);
          byPieces.substring(q, slots);
          const got = list.flatMap((_, s) => ((slots[s >>> 5]! >>> (s & 31)) & 1 ? [s] : []));
          expect(got).toEqual(list.flatMap((t, s) => (t.split(' ').some((w) => w.includes(q)) ? [s] : [])));
        }
      }),
      { numRuns: 300 },
    );
  });
});
