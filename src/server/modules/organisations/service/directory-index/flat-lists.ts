/**
 * Growable typed arrays, and one list of integers per slot in a single flat array: slot `s` has
 * `items[start[s]] .. items[start[s + 1] - 1]`. Walking many slots' lists then reads memory in
 * order, instead of one small array per slot scattered over the heap.
 */

/** `a`, or a copy at least `needed` long (doubling) when it is shorter. */
export function grown(a: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= a.length) return a;
  const out = new Int32Array(Math.max(needed, a.length * 2));
  out.set(a);
  return out;
}

export class FlatLists {
  start: Int32Array<ArrayBuffer> = new Int32Array(1024);
  items: Int32Array<ArrayBuffer> = new Int32Array(8192);
  /** Slots appended so far. */
  length = 0;

  /** Appends the next slot's list (slots are added in order: 0, 1, 2...). */
  append(list: ArrayLike<number>): void {
    const at = this.start[this.length]!;
    this.items = grown(this.items, at + list.length);
    this.items.set(list, at);
    this.start = grown(this.start, this.length + 2);
    this.start[++this.length] = at + list.length;
  }

  /** Items per slot on average. */
  get perSlot(): number {
    return this.length ? this.start[this.length]! / this.length : 0;
  }
}
