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

/** The matches in `order`, sorted by `key` first when given (ties in order). */
export function sortedIn(order: readonly number[], slots: number, matches: Bits, key?: (slot: number) => number): number[] {
  const rank = rankIn(order, slots);
  const all = slotsIn(matches).filter((s) => rank[s] !== MISSING);
  if (!key) return all.sort((a, b) => rank[a]! - rank[b]!);
  const keys = Float64Array.from(all, key);
  const ranks = Int32Array.from(all, (s) => rank[s]!);
  // Equal keys (Infinity too: their difference is NaN) fall to the order.
  return Array.from(all.keys())
    .sort((i, j) => keys[i]! - keys[j]! || ranks[i]! - ranks[j]!)
    .map((i) => all[i]!);
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
