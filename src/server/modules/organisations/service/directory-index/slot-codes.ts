/**
 * Each slot's distinct facet values as small integer codes, in one flat list (`FlatLists`), and
 * each facet's codes in a list of their own. Counting facets over a few thousand matches walks
 * these (one array increment per value a match has) instead of intersecting every value's bitset
 * with the matches; counting one facet walks only its own list.
 */
import { FACETS, type Facet } from '../../../../../shared/contracts/organisations.js';
import { FlatLists, grown } from './flat-lists.js';

export class SlotCodes {
  /** The facet and value of each code; the codes of each facet in the order they first appeared. */
  readonly facetOf: Facet[] = [];
  readonly valueOf: string[] = [];
  readonly ofFacet = new Map<Facet, number[]>();
  private readonly codeOf = new Map<Facet, Map<string, number>>();
  private readonly lists = new FlatLists();
  private readonly facetLists = new Map<Facet, FlatLists>(FACETS.map((f) => [f, new FlatLists()]));
  /** How many live slots have each code. */
  private live: Int32Array<ArrayBuffer> = new Int32Array(64);

  /** The code of a facet value (a new one the first time). */
  code(facet: Facet, value: string): number {
    let byValue = this.codeOf.get(facet);
    if (!byValue) this.codeOf.set(facet, (byValue = new Map()));
    let code = byValue.get(value);
    if (code === undefined) {
      byValue.set(value, (code = this.valueOf.length));
      this.facetOf.push(facet);
      this.valueOf.push(value);
      const list = this.ofFacet.get(facet);
      if (list) list.push(code);
      else this.ofFacet.set(facet, [code]);
    }
    return code;
  }

  codeIfKnown(facet: Facet, value: string): number | undefined {
    return this.codeOf.get(facet)?.get(value);
  }

  /** Appends the next slot with its codes (slots are added in order: 0, 1, 2...). */
  append(codes: readonly number[]): void {
    this.lists.append(codes);
    for (const [facet, list] of this.facetLists) list.append(codes.filter((c) => this.facetOf[c] === facet));
    this.live = grown(this.live, this.valueOf.length);
    for (const code of codes) this.live[code]!++;
  }

  /** Takes a slot that died out of the live counts. */
  retire(slot: number): void {
    const { start, items } = this.lists;
    for (let j = start[slot]!; j < start[slot + 1]!; j++) this.live[items[j]!]!--;
  }

  /** The lists that hold `facets`' codes: one facet's own, else every code of each slot. */
  private listsFor(facets: readonly Facet[]): FlatLists {
    return facets.length === 1 ? this.facetLists.get(facets[0]!)! : this.lists;
  }

  /** How many codes counting `facets` walks per slot on average (the cost of counting one match). */
  perSlot(facets: readonly Facet[]): number {
    return this.listsFor(facets).perSlot;
  }

  /**
   * How often each code occurs among the live slots set in `mask`, from the live counts less the
   * codes of the live slots not in `mask` (cheaper to walk when `mask` holds most of them).
   */
  countOutside(facets: readonly Facet[], alive: Uint32Array, mask: Uint32Array): Int32Array {
    const counts = new Int32Array(this.valueOf.length);
    this.tally(this.listsFor(facets), counts, alive, mask);
    for (let code = 0; code < counts.length; code++) counts[code] = this.live[code]! - counts[code]!;
    return counts;
  }

  /**
   * How often each code occurs among the slots set in `mask` (a bitset over slots): every code of
   * `facets`, others possibly.
   */
  countIn(facets: readonly Facet[], mask: Uint32Array): Int32Array {
    const counts = new Int32Array(this.valueOf.length);
    this.tally(this.listsFor(facets), counts, mask);
    return counts;
  }

  /** Adds to `counts` the codes in `lists` of the slots set in `mask` and not in `minus`. */
  private tally(lists: FlatLists, counts: Int32Array, mask: Uint32Array, minus?: Uint32Array): void {
    const { start, items: codes } = lists;
    for (let i = 0; i < mask.length; i++) {
      let w = minus ? mask[i]! & ~minus[i]! : mask[i]!;
      while (w !== 0) {
        const low = w & -w;
        const slot = (i << 5) | (31 - Math.clz32(low));
        w ^= low;
        for (let j = start[slot]!, end = start[slot + 1]!; j < end; j++) counts[codes[j]!]!++;
      }
    }
  }
}
