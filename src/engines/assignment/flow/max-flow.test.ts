import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxFlow } from './max-flow.js';

function run(n: number, arcs: Array<[number, number, number]>, s: number, t: number): ReturnType<typeof maxFlow> {
  return maxFlow(
    n,
    Int32Array.from(arcs.map((a) => a[0])),
    Int32Array.from(arcs.map((a) => a[1])),
    Float64Array.from(arcs.map((a) => a[2])),
    s,
    t,
  );
}

/** Minimum s-t cut capacity by enumerating every node subset containing s and not t. */
function bruteMinCut(n: number, arcs: Array<[number, number, number]>, s: number, t: number): number {
  let best = Infinity;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (!(mask & (1 << s)) || mask & (1 << t)) continue;
    let cap = 0;
    for (const [u, v, c] of arcs) if (mask & (1 << u) && !(mask & (1 << v))) cap += c;
    best = Math.min(best, cap);
  }
  return best;
}

describe('maxFlow', () => {
  it('solves the textbook network (Cormen et al., figure 26.1: value 23)', () => {
    const arcs: Array<[number, number, number]> = [
      [0, 1, 16], [0, 2, 13], [1, 3, 12], [2, 1, 4], [2, 4, 14], [3, 2, 9], [3, 5, 20], [4, 3, 7], [4, 5, 4],
    ];
    const res = run(6, arcs, 0, 5);
    expect(res.value).toBe(23);
    let cut = 0;
    for (const [u, v, c] of arcs) if (res.sourceSide[u] === 1 && res.sourceSide[v] === 0) cut += c;
    expect(cut).toBe(23);
  });

  it('equals the minimum cut found by enumeration, and its cut has that capacity', () => {
    const arb = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        arcs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 5 })), { maxLength: 20 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ n, arcs }) => {
        const res = run(n, arcs, 0, n - 1);
        expect(res.value).toBe(bruteMinCut(n, arcs, 0, n - 1));
        let cut = 0;
        for (const [u, v, c] of arcs) if (res.sourceSide[u] === 1 && res.sourceSide[v] === 0) cut += c;
        expect(cut).toBe(res.value);
        res.flow.forEach((f, i) => expect(f >= 0 && f <= (arcs[i]?.[2] ?? 0)).toBe(true));
      }),
      { numRuns: 300 },
    );
  });
});
