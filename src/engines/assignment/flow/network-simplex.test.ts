import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHighs } from '../fairness/mip.js';
import { dualGap } from './certificate.js';
import { solveMinCostFlow, type FlowNetwork } from './network-simplex.js';

function network(nodeCount: number, supply: number[], arcs: Array<[number, number, number, number]>): FlowNetwork {
  return {
    nodeCount,
    supply: Float64Array.from(supply),
    source: Int32Array.from(arcs.map((a) => a[0])),
    target: Int32Array.from(arcs.map((a) => a[1])),
    capacity: Float64Array.from(arcs.map((a) => a[2])),
    cost: Float64Array.from(arcs.map((a) => a[3])),
  };
}

/** The min-cost flow LP written directly for HiGHS. */
function highsMinCost(highs: Highs, net: FlowNetwork): number | null {
  const m = net.source.length;
  const obj = Array.from(net.cost, (c, e) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} x${e}`).join(' ');
  const rows = Array.from({ length: net.nodeCount }, (_, v) => {
    const terms: string[] = [];
    for (let e = 0; e < m; e++) {
      if (net.source[e] === v) terms.push(`+ x${e}`);
      if (net.target[e] === v) terms.push(`- x${e}`);
    }
    return ` n${v}: ${terms.join(' ') || '0 z'} = ${net.supply[v]}`;
  });
  const bounds = Array.from(net.capacity, (c, e) => ` 0 <= x${e} <= ${c}`);
  const lp = ['Minimize', ` obj: ${obj || '0 z'}`, 'Subject To', ...rows, 'Bounds', ...bounds, ' z = 0', 'End', ''].join('\n');
  const sol = highs.solve(lp, { primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 });
  if (sol.Status === 'Infeasible') return null;
  expect(sol.Status).toBe('Optimal');
  return sol.ObjectiveValue;
}

const networkArb = fc
  .record({ n: fc.integer({ min: 2, max: 9 }), m: fc.integer({ min: 0, max: 30 }) })
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      supply: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }),
      arcs: fc.array(
        fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 4 }), fc.double({ min: -5, max: 5, noNaN: true })),
        { minLength: m, maxLength: m },
      ),
    }),
  )
  .map(({ n, supply, arcs }) => {
    const total = supply.reduce((s, x) => s + x, 0);
    supply[n - 1] = (supply[n - 1] ?? 0) - total;
    return network(n, supply, arcs.filter(([s, t]) => s !== t));
  });

describe('solveMinCostFlow', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('solves a hand-computed transportation problem', () => {
    // s0 (2 units) and s1 (1 unit) to t2 (2) and t3 (1); s0->t2 holds only 1 unit, so the
    // only feasible routing is s0->t2, s0->t3, s1->t2 with cost 1 + 3 + 2 = 6.
    const net = network(4, [2, 1, -2, -1], [[0, 2, 1, 1], [0, 3, 2, 3], [1, 2, 2, 2], [1, 3, 2, 1]]);
    const sol = solveMinCostFlow(net);
    expect(sol.feasible).toBe(true);
    expect(Array.from(sol.flow)).toEqual([1, 1, 1, 0]);
    expect(sol.cost).toBe(6);
  });

  it('prefers the cheaper of two paths through a transit node', () => {
    // 0 -> 3 directly costs 10 per unit (cap 5); 0 -> 1 -> 3 costs 2 + 2 (cap 2); 0 -> 2 -> 3 costs 1 + 6.
    const net = network(4, [4, 0, 0, -4], [[0, 3, 5, 10], [0, 1, 2, 2], [1, 3, 2, 2], [0, 2, 5, 1], [2, 3, 5, 6]]);
    const sol = solveMinCostFlow(net);
    expect(sol.cost).toBe(2 * 4 + 2 * 7);
    expect(dualGap(net, sol.flow, sol.potential)).toBeCloseTo(0, 12);
  });

  it('reports infeasible supplies', () => {
    const net = network(3, [2, 0, -2], [[0, 1, 1, 1], [1, 2, 5, 1]]);
    expect(solveMinCostFlow(net).feasible).toBe(false);
  });

  it('rejects supplies that do not balance', () => {
    expect(() => solveMinCostFlow(network(2, [1, 0], []))).toThrow(RangeError);
  });

  it('matches the HiGHS LP optimum on random networks and certifies it by duality', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const sol = solveMinCostFlow(net);
        const reference = highsMinCost(highs, net);
        expect(sol.feasible).toBe(reference !== null);
        if (reference === null) return;
        expect(Math.abs(sol.cost - reference)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(reference)));
        expect(dualGap(net, sol.flow, sol.potential)).toBeLessThanOrEqual(1e-9);
        const balance = new Float64Array(net.nodeCount);
        sol.flow.forEach((f, e) => {
          expect(Number.isInteger(f) && f >= 0 && f <= (net.capacity[e] ?? 0)).toBe(true);
          balance[net.source[e] ?? 0] = (balance[net.source[e] ?? 0] ?? 0) + f;
          balance[net.target[e] ?? 0] = (balance[net.target[e] ?? 0] ?? 0) - f;
        });
        expect(Array.from(balance)).toEqual(Array.from(net.supply));
      }),
      { numRuns: 300 },
    );
  });
});
