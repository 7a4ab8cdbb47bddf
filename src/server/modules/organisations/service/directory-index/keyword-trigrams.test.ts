/**
 * Typo similarity in the index: trigram sequences made without strings for plain keywords, with
 * strings otherwise, must give pg_trgm's `word_similarity` as the string reference computes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordTrigrams } from './keyword-trigrams.js';
import { wordSimilarity } from './trigram.js';

const plainWord = fc.stringMatching(/^[a-z0-9]{1,9}$/);
const plainKeywords = fc.array(plainWord, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const anyKeywords = fc.oneof(plainKeywords, fc.array(fc.stringMatching(/^[a-zñáé0-9]{1,8}$/), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')));

describe('keyword trigram sequences', () => {
  it('give the reference word similarity for plain and other keywords alike', () => {
    fc.assert(
      fc.property(fc.array(anyKeywords, { minLength: 1, maxLength: 12 }), fc.array(plainWord, { minLength: 1, maxLength: 6 }), (keywords, queries) => {
        const index = new KeywordTrigrams();
        const slots = keywords.map((_, i) => i);
        for (const q of queries) {
          const got = Array.from(index.similarities(q, slots, (s) => keywords[s]!));
          expect(got).toEqual(keywords.map((k) => wordSimilarity(q, k)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('find a typo in a long plain keyword list', () => {
    const index = new KeywordTrigrams();
    const [sim] = index.similarities('pizzaras', [0], () => 'pizarras del bierzo 12 s l b10000012 pizarra slate leon castilla y leon');
    expect(sim).toBe(wordSimilarity('pizzaras', 'pizarras del bierzo 12 s l b10000012 pizarra slate leon castilla y leon'));
    expect(sim).toBeGreaterThan(0.45);
  });
});
