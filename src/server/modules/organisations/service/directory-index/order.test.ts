/**
 * Pages in name or recent order: walking the order and sorting the matches by their position in it
 * must give the same pages, also for slots missing from the order (never listed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setBit } from './bitset.js';
import { bestFirst, pageIn, sortedIn, walkIn } from './order.js';

const setup = fc.integer({ min: 1, max: 300 }).chain((slots) =>
  fc.record({
    slots: fc.constant(slots),
    order: fc.shuffledSubarray(Array.from({ length: slots }, (_, i) => i), { minLength: 0, maxLength: slots }),
    matched: fc.array(fc.integer({ min: 0, max: slots - 1 }), { maxLength: slots }),
    limit: fc.integer({ min: 1, max: 40 }),
    offset: fc.integer({ min: 0, max: 60 }),
  }),
);

function bitsOf(slots: number, matched: number[]): Uint32Array {
  const bits = new Uint32Array(Math.ceil(slots / 32));
  for (const s of matched) setBit(bits, s);
  return bits;
}

describe('pages in a slot order', () => {
  it('are the same walked or sorted, whichever pageIn picks', () => {
    fc.assert(
      fc.property(setup, ({ slots, order, matched, limit, offset }) => {
        const matches = bitsOf(slots, matched);
        const walked = walkIn(order, matches, limit, offset);
        expect(sortedIn(order, slots, matches).slice(offset, offset + limit)).toEqual(walked);
        const total = new Set(matched).size;
        expect(pageIn(order, slots, matches, total, limit, offset)).toEqual(walked);
        expect(walked.every((s) => order.includes(s) && matched.includes(s))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('sort by a key first, ties in the order', () => {
    const order = [3, 1, 4, 0, 2];
    const matches = bitsOf(5, [0, 1, 2, 3, 4]);
    const key = (s: number) => (s % 2 === 0 ? 0 : s === 1 ? 0x7fffffff : 1);
    expect(sortedIn(order, 5, matches, key)).toEqual([4, 0, 2, 3, 1]);
  });

  it('order single-precision similarities best first', () => {
    const sims = [0, 0.25, 0.4444444477558136, 0.45, 0.5, 0.6666666865348816, 1].map(Math.fround);
    const keys = sims.map(bestFirst);
    expect([...keys].sort((a, b) => a - b)).toEqual([...keys].reverse());
    expect(keys.every((k) => Number.isInteger(k) && k >= 0 && k < 2 ** 31)).toBe(true);
  });

  it('see an order that grew since its positions were remembered', () => {
    const order = [2, 0];
    const matches = bitsOf(3, [0, 1, 2]);
    expect(sortedIn(order, 3, matches)).toEqual([2, 0]);
    order.splice(1, 0, 1);
    expect(sortedIn(order, 3, matches)).toEqual([2, 1, 0]);
  });
});
