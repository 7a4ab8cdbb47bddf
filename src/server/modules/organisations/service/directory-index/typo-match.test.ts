/**
 * Typo matching over the directory decides most slots from word and word-pair bounds; every
 * decision must be the one pg_trgm's `word <% keywords` makes (the reference `wordSimilarity`).
 * Words from a four-letter alphabet share many trigrams, so every bound is exercised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setBit } from './bitset.js';
import { indexRow } from '../../../../../../test/index-rows.js';
import { DirectoryStore, type IndexRow } from './store.js';
import { bestExtentSimilarity, wordSimilarity } from './trigram.js';
import { TypoBounds, typoMatches } from './typo-match.js';

// Small alphabets: many shared trigrams, and texts where pg_trgm's greedy search misses the best extent.
const alphabet = fc.constantFrom('abcl', 'abc', 'ab');
const wordOf = (letters: string, min: number, max: number) => fc.stringMatching(new RegExp(`^[${letters}]{${min},${max}}$`));
const keywordsOf = (letters: string) => fc.array(wordOf(letters, 1, 7), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
const query = wordOf('abcl', 3, 8);
const keywords = keywordsOf('abcl');

const row = (i: number, kw: string): IndexRow =>
  indexRow({
    id: `o${i}`,
    legalName: `o${i}`,
    kind: 'company',
    officeId: null,
    smeClass: null,
    membershipStatus: 'active',
    publicProfile: false,
    stages: [],
    materialIds: [],
    provinceCodes: [],
    regionCodes: [],
    searchText: kw,
    keywords: kw,
    createdMicros: i,
  });

const slotsIn = (bits: Uint32Array, n: number) => Array.from({ length: n }, (_, s) => s).filter((s) => (bits[s >>> 5]! >>> (s & 31)) & 1);

describe('typo matching over the directory', () => {
  it('decides every slot as the reference word similarity does', () => {
    fc.assert(
      fc.property(
        alphabet.chain((letters) => fc.tuple(fc.array(keywordsOf(letters), { minLength: 1, maxLength: 40 }), fc.array(wordOf(letters, 3, 8), { minLength: 1, maxLength: 5 }))),
        fc.double({ min: 0.2, max: 0.8, noNaN: true }),
        ([texts, queries], threshold) => {
        const store = new DirectoryStore();
        texts.forEach((k, i) => store.add(row(i, k)));
        for (const q of queries) {
          const got = slotsIn(typoMatches(store, q, store.alive, threshold), texts.length);
          const expected = texts.flatMap((k, i) => (wordSimilarity(q, k) >= threshold ? [i] : []));
          expect(got).toEqual(expected);
        }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('never rules out a slot with an extent reaching the threshold, nor accepts one pg_trgm rejects', () => {
    fc.assert(
      fc.property(
        alphabet.chain((letters) => fc.tuple(fc.array(keywordsOf(letters), { minLength: 1, maxLength: 30 }), wordOf(letters, 3, 8))),
        fc.double({ min: 0.2, max: 0.8, noNaN: true }),
        ([texts, q], threshold) => {
          const store = new DirectoryStore();
          texts.forEach((k, i) => store.add(row(i, k)));
          const bounds = new TypoBounds(store, q, threshold);
          texts.forEach((k, slot) => {
            const v = bounds.verdict(slot);
            if (v === 'no') expect(bestExtentSimilarity(q, k), k).toBeLessThan(threshold);
            if (v === 'match') expect(wordSimilarity(q, k), k).toBeGreaterThanOrEqual(threshold);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('matches only within the given slots', () => {
    const store = new DirectoryStore();
    ['pizarras del bierzo', 'caolin kaolin clay', 'pizarras de leon'].forEach((k, i) => store.add(row(i, k)));
    const within = new Uint32Array(store.alive.length);
    setBit(within, 2);
    expect(slotsIn(typoMatches(store, 'pizzaras', store.alive, 0.45), 3)).toEqual([0, 2]);
    expect(slotsIn(typoMatches(store, 'pizzaras', within, 0.45), 3)).toEqual([2]);
    // "kalin" reaches the threshold only across the two words "caolin kaolin".
    expect(wordSimilarity('kalin', 'kaolin')).toBeLessThan(0.45);
    expect(slotsIn(typoMatches(store, 'kalin', store.alive, 0.45), 3)).toEqual([1]);
  });

  it('decides where the greedy search misses the best extent, and where only three words reach the threshold', () => {
    const store = new DirectoryStore();
    ['abbab aabbaa', 'abcc a abb'].forEach((k, i) => store.add(row(i, k)));
    // 'abaab' over "abbab aabbaa": greedy 0.444, best extent 0.5.
    expect(wordSimilarity('abaab', 'abbab aabbaa')).toBeLessThan(0.47);
    expect(bestExtentSimilarity('abaab', 'abbab aabbaa')).toBeGreaterThanOrEqual(0.47);
    expect(slotsIn(typoMatches(store, 'abaab', store.alive, 0.47), 2)).toEqual([]);
    // 'abccbabb' reaches 0.545 over "abcc a abb" only with an extent across all three words.
    for (const part of ['abcc', 'a', 'abb', 'abcc a', 'a abb']) expect(bestExtentSimilarity('abccbabb', part)).toBeLessThan(0.45);
    expect(slotsIn(typoMatches(store, 'abccbabb', store.alive, 0.45), 2)).toEqual([1]);
  });

  it('compares in full a word or a pair whose best extent reaches the threshold though the greedy search does not', () => {
    const store = new DirectoryStore();
    ['babbbabba', 'aabbab babba'].forEach((k, i) => store.add(row(i, k)));
    // 'bbbba' over "babbbabba": greedy 0.43, best extent 0.5; 'baaba' over the pair: 0.33 and 0.4.
    expect(new TypoBounds(store, 'bbbba', 0.46).verdict(0)).toBe('compare');
    expect(slotsIn(typoMatches(store, 'bbbba', store.alive, 0.46), 2)).toEqual([]);
    expect(new TypoBounds(store, 'baaba', 0.38).verdict(1)).toBe('compare');
    expect(slotsIn(typoMatches(store, 'baaba', store.alive, 0.38), 2)).toEqual([]);
  });

  it('compares every slot in full for a word of more trigrams than a mask holds', () => {
    const long = 'pneumonoultramicroscopicsilicovolcanoconiosis'; // 46 distinct trigrams
    // Its start and end, in two words: similarities around the threshold.
    const texts = [`x ${long.replace('m', 'n')} y`, 'zzz'];
    for (let a = 6; a <= 18; a += 2) for (let b = 6; b <= 18; b += 2) texts.push(`${long.slice(0, a)} ${long.slice(long.length - b)}`);
    const store = new DirectoryStore();
    texts.forEach((k, i) => store.add(row(i, k)));
    const expected = texts.flatMap((k, i) => (wordSimilarity(long, k) >= 0.45 ? [i] : []));
    expect(expected.length).toBeGreaterThan(3);
    expect(slotsIn(typoMatches(store, long, store.alive, 0.45), texts.length)).toEqual(expected);
  });

  it('bounds the greedy search from above by the best extent', () => {
    fc.assert(
      fc.property(query, keywords, (q, k) => {
        expect(bestExtentSimilarity(q, k)).toBeGreaterThanOrEqual(wordSimilarity(q, k));
      }),
      { numRuns: 500 },
    );
  });
});
