/**
 * Pages of matches in a slot order (`store.byName`, `store.byRecent`): walking the order while the
 * matches are dense enough to fill the page soon, otherwise sorting the matches by their position
 * in the order. Both give the same page: slots missing from the order are never listed.
 */
import { hasBit, slotsIn, type Bits } from './bitset.js';

const MISSING = 0x7fffffff;

/** Positions remembered per order array while it neither grows nor is replaced. */
const positions = new WeakMap<readonly number[], { length: number; rank: Int32Array }>();

/** Each slot's position in `order` (slots not in it: `MISSING`), for `slots` slots. */
export function rankIn(order: readonly number[], slots: number): Int32Array {
  const known = positions.get(order);
  if (known && known.length === order.length && known.rank.length >= slots) return known.rank;
  const rank = new Int32Array(slots).fill(MISSING);
  for (let i = 0; i < order.length; i++) if (order[i]! < slots) rank[order[i]!] = i;
  positions.set(order, { length: order.length, rank });
  return rank;
}

/** Positions below this fit beside a key in one exactly sortable number (`key * RANKS + position`). */
const RANKS = 2 ** 22;

/**
 * The matches in `order`, sorted by `key` first when given (an integer in [0, 2^31); ties in order).
 * Keys and positions are packed into numbers and sorted natively, without a comparison callback.
 */
export function sortedIn(order: readonly number[], slots: number, matches: Bits, key?: (slot: number) => number): number[] {
  const rank = rankIn(order, slots);
  const all = slotsIn(matches).filter((s) => rank[s] !== MISSING);
  if (order.length >= RANKS) {
    const k = key ?? (() => 0);
    return all.sort((a, b) => k(a) - k(b) || rank[a]! - rank[b]!);
  }
  const packed = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) packed[i] = (key ? key(all[i]!) * RANKS : 0) + rank[all[i]!]!;
  packed.sort();
  const out = new Array<number>(packed.length);
  for (let i = 0; i < packed.length; i++) out[i] = order[packed[i]! % RANKS]!;
  return out;
}

const float = new Float32Array(1);
const floatBits = new Uint32Array(float.buffer);

/** An integer key in [0, 2^31) that sorts single-precision similarities in [0, 1] best first. */
export function bestFirst(similarity: number): number {
  float[0] = similarity;
  return 0x7fffffff - floatBits[0]!;
}

export function walkIn(order: readonly number[], matches: Bits, limit: number, offset: number): number[] {
  const out: number[] = [];
  let skip = offset;
  for (const slot of order) {
    if (out.length >= limit) break;
    if (!hasBit(matches, slot)) continue;
    if (skip > 0) skip--;
    else out.push(slot);
  }
  return out;
}

/** The page of `matches` (`total` of them, among `slots` slots) in `order`. */
export function pageIn(order: readonly number[], slots: number, matches: Bits, total: number, limit: number, offset: number): number[] {
  // A walk visits about this much of the order before the page is full; sorting costs about the
  // matches' words plus a few steps per match.
  const reach = Math.min(order.length, (order.length * (offset + limit)) / Math.max(total, 1));
  if (reach <= matches.length + total * 16) return walkIn(order, matches, limit, offset);
  return sortedIn(order, slots, matches).slice(offset, offset + limit);
}
