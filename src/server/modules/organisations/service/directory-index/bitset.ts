/** Fixed-size bitsets over organisation slots (32 slots a word), and the few operations searches need. */
export type Bits = Uint32Array;

export const wordsFor = (slots: number): number => (slots + 31) >>> 5;

export function setBit(bits: Bits, slot: number): void {
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

export function hasBit(bits: Bits, slot: number): boolean {
  return (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

/** A copy of `bits` in `words` words (to grow a bitset). */
export function resized(bits: Bits, words: number): Bits {
  const out = new Uint32Array(words);
  out.set(bits.subarray(0, Math.min(words, bits.length)));
  return out;
}

/** `a & b & ...` into a new bitset. */
export function and(first: Bits, ...rest: Bits[]): Bits {
  return andInto(new Uint32Array(first.length), first, ...rest);
}

/** `a & b & ...` into `out` (as long as `a`, its words overwritten), to reuse a scratch bitset. */
export function andInto(out: Bits, first: Bits, ...rest: Bits[]): Bits {
  out.set(first);
  for (const b of rest) for (let i = 0; i < out.length; i++) out[i]! &= b[i] ?? 0;
  return out;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function count(bits: Bits): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i]) n += popcount32(bits[i]!);
  return n;
}

/** `|a & b|`, without building the intersection. */
export function countBoth(a: Bits, b: Bits): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! & (b[i] ?? 0);
    if (x) n += popcount32(x);
  }
  return n;
}

/** Indexes of the non-zero words of `bits` (to count many value sets against one sparse mask). */
export function nonZeroWords(bits: Bits): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i++) if (bits[i]) out.push(i);
  return out;
}

/** `|mask & other|`, visiting only the words listed in `words` (the non-zero words of `mask`). */
export function countAnd(mask: Bits, other: Bits, words: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < words.length; k++) {
    const i = words[k]!;
    const x = mask[i]! & (other[i] ?? 0);
    if (x) n += popcount32(x);
  }
  return n;
}

/** Sets in `out` the slots listed in `slots`. */
export function setAll(out: Bits, slots: ArrayLike<number>): void {
  for (let i = 0; i < slots.length; i++) setBit(out, slots[i]!);
}

/** The slots set in `bits`, in increasing order. */
export function slotsIn(bits: Bits): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      out.push((i << 5) | (31 - Math.clz32(low)));
      w ^= low;
    }
  }
  return out;
}
