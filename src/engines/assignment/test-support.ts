/**
 * Test support (used by the `*.test.ts` files only): random problems, and two references that
 * are independent of the engine's own instance building: the LP of a problem written directly in
 * CPLEX LP format for HiGHS, and brute-force enumeration for tiny problems.
 */
import fc from 'fast-check';
import type { Highs } from 'highs';
import type { AssignmentProblem, PairRef } from './types.js';

/** A pair allowed by the raw rules of DOMAIN.md section 4 (candidate, conflict-free, allowed). */
function allowedPairs(p: AssignmentProblem): Array<{ a: number; e: number; affinity: number; pinned: boolean }> {
  const key = (app: string, ev: string): string => `${app}\u0000${ev}`;
  const conflicts = new Set((p.conflicts ?? []).map((c) => key(c.applicationId, c.evaluatorId)));
  const forbidden = new Set((p.forbidden ?? []).map((c) => key(c.applicationId, c.evaluatorId)));
  const pinned = new Set((p.pinned ?? []).map((c) => key(c.applicationId, c.evaluatorId)));
  const sparse = new Map<string, number>();
  if (p.affinity.kind === 'sparse') for (const x of p.affinity.entries) sparse.set(key(x.applicationId, x.evaluatorId), x.affinity);
  const out: Array<{ a: number; e: number; affinity: number; pinned: boolean }> = [];
  p.applications.forEach((app, a) => {
    p.evaluators.forEach((ev, e) => {
      const k = key(app.id, ev.id);
      const value = p.affinity.kind === 'dense' ? p.affinity.values[a]?.[e] : sparse.get(k);
      const isPinned = pinned.has(k);
      if (value === undefined && !isPinned) return;
      if (conflicts.has(k) || forbidden.has(k)) return;
      if (ev.organisationId !== undefined && (app.organisationIds ?? []).includes(ev.organisationId)) return;
      const lang = app.language;
      if (p.options?.requireLanguageMatch && lang !== undefined && !(ev.languages ?? []).includes(lang)) return;
      out.push({ a, e, affinity: value ?? 0, pinned: isPinned });
    });
  });
  return out;
}

function term(coef: number, name: string): string {
  return `${coef < 0 ? '-' : '+'} ${Math.abs(coef)} ${name}`;
}

/** CPLEX LP text of the linear relaxation (x in [0, 1]; pinned x fixed to 1). */
export function lpText(p: AssignmentProblem): { text: string; pinnedInfeasible: boolean } {
  const pairs = allowedPairs(p);
  const distinctPins = new Set((p.pinned ?? []).map((x) => `${x.applicationId}\u0000${x.evaluatorId}`)).size;
  const pinnedInfeasible = pairs.filter((x) => x.pinned).length < distinctPins;
  const name = (i: number): string => `x${i}`;
  const objective = pairs.map((x, i) => term(x.affinity, name(i))).join(' ') || '0 dummy';
  const rows: string[] = [];
  p.applications.forEach((app, a) => {
    const vars = pairs.flatMap((x, i) => (x.a === a ? [`+ ${name(i)}`] : []));
    rows.push(` app${a}: ${vars.join(' ') || '0 dummy'} = ${app.k}`);
    if (!p.options?.distinctOrganisations) return;
    const orgs = new Set(p.evaluators.map((ev) => ev.organisationId).filter((o) => o !== undefined));
    [...orgs].forEach((org, o) => {
      const same = pairs.flatMap((x, i) => (x.a === a && p.evaluators[x.e]?.organisationId === org ? [`+ ${name(i)}`] : []));
      if (same.length > 1) rows.push(` org${a}_${o}: ${same.join(' ')} <= 1`);
    });
  });
  p.evaluators.forEach((ev, e) => {
    const vars = pairs.flatMap((x, i) => (x.e === e ? [`+ ${name(i)}`] : []));
    rows.push(` lo${e}: ${vars.join(' ') || '0 dummy'} >= ${ev.minLoad}`);
    rows.push(` hi${e}: ${vars.join(' ') || '0 dummy'} <= ${ev.maxLoad}`);
  });
  const bounds = pairs.map((x, i) => (x.pinned ? ` ${name(i)} = 1` : ` 0 <= ${name(i)} <= 1`));
  bounds.push(' dummy = 0');
  const text = ['Maximize', ` obj: ${objective}`, 'Subject To', ...rows, 'Bounds', ...bounds, 'End', ''].join('\n');
  return { text, pinnedInfeasible };
}

/** LP optimum of the problem with HiGHS, or null when the LP is infeasible. */
export function highsLpOptimum(highs: Highs, p: AssignmentProblem): number | null {
  const { text, pinnedInfeasible } = lpText(p);
  if (pinnedInfeasible) return null;
  const sol = highs.solve(text, { primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 });
  if (sol.Status === 'Infeasible') return null;
  if (sol.Status !== 'Optimal') throw new Error(`HiGHS status ${sol.Status}`);
  return sol.ObjectiveValue;
}

/** Every feasible assignment of a tiny problem, as per-application evaluator index lists. */
export function enumerateAssignments(p: AssignmentProblem): Array<{ perApp: number[][]; totals: number[] }> {
  const pairs = allowedPairs(p);
  const options = p.applications.map((app, a) => subsets(pairs.filter((x) => x.a === a), app.k));
  const out: Array<{ perApp: number[][]; totals: number[] }> = [];
  const pick = (a: number, chosen: Array<typeof pairs>): void => {
    if (a === p.applications.length) {
      if (isFeasible(p, chosen)) out.push({ perApp: chosen.map((s) => s.map((x) => x.e)), totals: chosen.map((s) => s.reduce((t, x) => t + x.affinity, 0)) });
      return;
    }
    for (const s of options[a] ?? []) pick(a + 1, [...chosen, s]);
  };
  pick(0, []);
  return out;
}

function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [head, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, k - 1).map((s) => [head, ...s]), ...subsets(rest, k)];
}

function isFeasible(p: AssignmentProblem, chosen: Array<Array<{ a: number; e: number; pinned: boolean }>>): boolean {
  const load = new Array<number>(p.evaluators.length).fill(0);
  for (const set of chosen) for (const x of set) load[x.e] = (load[x.e] ?? 0) + 1;
  if (p.evaluators.some((ev, e) => (load[e] ?? 0) < ev.minLoad || (load[e] ?? 0) > ev.maxLoad)) return false;
  const pinnedOk = (p.pinned ?? []).every((pin) => {
    const a = p.applications.findIndex((x) => x.id === pin.applicationId);
    const e = p.evaluators.findIndex((x) => x.id === pin.evaluatorId);
    return (chosen[a] ?? []).some((x) => x.e === e);
  });
  if (!pinnedOk) return false;
  if (!p.options?.distinctOrganisations) return true;
  return chosen.every((set) => {
    const orgs = set.map((x) => p.evaluators[x.e]?.organisationId).filter((o) => o !== undefined);
    return new Set(orgs).size === orgs.length;
  });
}

/** Sizes and features of random problems. */
export interface ProblemShape {
  maxApps: number;
  maxEvals: number;
  maxK: number;
  /** Allow pins, forbidden pairs, organisations and languages. */
  rich: boolean;
}

const affinityArb = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -4, max: 4 }).map((x) => x / 4),
);

function pairsArb(nA: number, nE: number, max: number): fc.Arbitrary<PairRef[]> {
  const pair = fc.tuple(fc.nat(nA - 1), fc.nat(nE - 1)).map(([a, e]) => ({ applicationId: `a${a}`, evaluatorId: `e${e}` }));
  return fc.array(pair, { maxLength: max });
}

/** Random problems (often infeasible ones too), with ties in the affinities now and then. */
export function problemArb(shape: ProblemShape): fc.Arbitrary<AssignmentProblem> {
  const sizes = fc.record({ nA: fc.integer({ min: 1, max: shape.maxApps }), nE: fc.integer({ min: 2, max: shape.maxEvals }) });
  return sizes.chain(({ nA, nE }) => {
    const row = <T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T[]> => fc.array(arb, { minLength: n, maxLength: n });
    const evalOrgArb = fc.constantFrom(undefined, undefined, 'o1', 'o2', 'o3');
    const appOrgArb = fc.constantFrom(undefined, undefined, undefined, 'o1');
    const rich = shape.rich;
    return fc.record({
      k: row(fc.integer({ min: 0, max: shape.maxK }), nA),
      min: row(fc.constantFrom(0, 0, 0, 1, 2), nE),
      extra: row(fc.integer({ min: 0, max: 4 }), nE),
      values: row(row(affinityArb, nE), nA),
      present: row(row(fc.integer({ min: 0, max: 3 }), nE), nA),
      sparse: rich ? fc.boolean() : fc.constant(false),
      conflicts: pairsArb(nA, nE, Math.ceil((nA * nE) / 6)),
      forbidden: rich ? pairsArb(nA, nE, 2) : fc.constant([]),
      pinned: rich ? pairsArb(nA, nE, 1) : fc.constant([]),
      evalOrg: row(rich ? evalOrgArb : fc.constant(undefined), nE),
      appOrg: row(rich ? appOrgArb : fc.constant(undefined), nA),
      appLang: row(rich ? fc.constantFrom(undefined, undefined, 'es', 'en') : fc.constant(undefined), nA),
      evalLang: row(fc.constantFrom(['es', 'en'], ['es', 'en'], ['es'], ['en'], []), nE),
      distinct: rich ? fc.boolean() : fc.constant(false),
      language: rich ? fc.boolean() : fc.constant(false),
    }).map((r): AssignmentProblem => ({
      applications: r.k.map((k, a) => ({
        id: `a${a}`, k,
        ...(r.appLang[a] !== undefined ? { language: r.appLang[a] } : {}),
        ...(r.appOrg[a] !== undefined ? { organisationIds: [r.appOrg[a] ?? ''] } : {}),
      })),
      evaluators: r.min.map((min, e) => ({
        id: `e${e}`, minLoad: min, maxLoad: min + (r.extra[e] ?? 0), languages: r.evalLang[e] ?? [],
        ...(r.evalOrg[e] !== undefined ? { organisationId: r.evalOrg[e] } : {}),
      })),
      affinity: r.sparse
        ? { kind: 'sparse', entries: r.values.flatMap((vs, a) => vs.flatMap((v, e) => ((r.present[a]?.[e] ?? 0) > 0 ? [{ applicationId: `a${a}`, evaluatorId: `e${e}`, affinity: v }] : []))) }
        : { kind: 'dense', values: r.values },
      conflicts: r.conflicts,
      forbidden: r.forbidden,
      pinned: r.pinned,
      options: { distinctOrganisations: r.distinct, requireLanguageMatch: r.language },
    }));
  });
}
