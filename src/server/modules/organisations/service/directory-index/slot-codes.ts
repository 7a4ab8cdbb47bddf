/**
 * Each slot's distinct facet values as small integer codes, in one flat list (`FlatLists`).
 * Counting facets over a few thousand matches walks these (one array increment per value a match
 * has) instead of intersecting every value's bitset with the matches.
 */
import type { Facet } from '../../../../../shared/contracts/organisations.js';
import { FlatLists } from './flat-lists.js';

export class SlotCodes {
  /** The facet and value of each code; the codes of each facet in the order they first appeared. */
  readonly facetOf: Facet[] = [];
  readonly valueOf: string[] = [];
  readonly ofFacet = new Map<Facet, number[]>();
  private readonly codeOf = new Map<Facet, Map<string, number>>();
  private readonly lists = new FlatLists();

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
  }

  /** How many codes a slot has on average (the cost of counting one match). */
  get perSlot(): number {
    return this.lists.perSlot;
  }

  /** How often each code occurs among the slots set in `mask` (a bitset over slots). */
  countIn(mask: Uint32Array): Int32Array {
    const counts = new Int32Array(this.valueOf.length);
    const { start, items: codes } = this.lists;
    for (let i = 0; i < mask.length; i++) {
      let w = mask[i]!;
      while (w !== 0) {
        const low = w & -w;
        const slot = (i << 5) | (31 - Math.clz32(low));
        w ^= low;
        for (let j = start[slot]!, end = start[slot + 1]!; j < end; j++) counts[codes[j]!]!++;
      }
    }
    return counts;
  }
}
