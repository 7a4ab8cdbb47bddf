/**
 * Seeded synthetic assignment instances for the benchmarks. Affinities come from a latent-topic
 * model: applications and evaluators get random non-negative topic mixtures and the affinity is
 * their cosine similarity plus a little noise, clipped to [0, 1].
 */
import type { AffinityEntry, AssignmentProblem, PairRef } from '../../src/engines/assignment/types.js';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function topicVectors(count: number, dims: number, rand: () => number): Float64Array[] {
  return Array.from({ length: count }, () => {
    const v = Float64Array.from({ length: dims }, () => rand() ** 3);
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  });
}

function affinityOf(a: Float64Array, b: Float64Array, noise: number): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return Math.min(1, Math.max(0, dot + noise));
}

/** Dense affinity matrix apps x evaluators. */
export function latentAffinities(nApps: number, nEvals: number, seed: number, dims = 12): number[][] {
  const rand = rng(seed);
  const apps = topicVectors(nApps, dims, rand);
  const evals = topicVectors(nEvals, dims, rand);
  return apps.map((a) => evals.map((e) => affinityOf(a, e, (rand() - 0.5) * 0.1)));
}

/**
 * Funding-call scale: `nApps` applications needing `k` evaluators each, `nEvals` evaluators with
 * loads in [minLoad, maxLoad], dense affinities and a fraction `conflictRate` of random conflicts.
 */
export function fundingCallProblem(opts: {
  nApps: number; nEvals: number; k: number; minLoad: number; maxLoad: number; conflictRate: number; seed: number;
}): AssignmentProblem {
  const rand = rng(opts.seed + 1);
  const values = latentAffinities(opts.nApps, opts.nEvals, opts.seed);
  const conflicts: PairRef[] = [];
  for (let a = 0; a < opts.nApps; a++) {
    for (let e = 0; e < opts.nEvals; e++) {
      if (rand() < opts.conflictRate) conflicts.push({ applicationId: `a${a}`, evaluatorId: `e${e}` });
    }
  }
  return {
    applications: Array.from({ length: opts.nApps }, (_, a) => ({ id: `a${a}`, k: opts.k })),
    evaluators: Array.from({ length: opts.nEvals }, (_, e) => ({ id: `e${e}`, minLoad: opts.minLoad, maxLoad: opts.maxLoad })),
    affinity: { kind: 'dense', values },
    conflicts,
  };
}

/** Indices of the `top` largest values of `row`. */
function topIndices(row: readonly number[], top: number): number[] {
  const order = Array.from(row.keys()).sort((x, y) => (row[y] ?? 0) - (row[x] ?? 0));
  return order.slice(0, top);
}

/**
 * Conference scale with sparse candidates: each application keeps its `top` best-affinity
 * evaluators. Load bounds: maxLoad for everyone; minLoad, capped at the number of applications
 * that list the evaluator as a candidate (an evaluator nobody lists cannot be given a minimum).
 */
export function topCandidateProblem(opts: {
  nApps: number; nEvals: number; k: number; top: number; minLoad: number; maxLoad: number; seed: number;
}): AssignmentProblem {
  const values = latentAffinities(opts.nApps, opts.nEvals, opts.seed);
  const entries: AffinityEntry[] = [];
  const degree = new Int32Array(opts.nEvals);
  values.forEach((row, a) => {
    for (const e of topIndices(row, opts.top)) {
      entries.push({ applicationId: `a${a}`, evaluatorId: `e${e}`, affinity: row[e] ?? 0 });
      degree[e] = (degree[e] ?? 0) + 1;
    }
  });
  return {
    applications: Array.from({ length: opts.nApps }, (_, a) => ({ id: `a${a}`, k: opts.k })),
    evaluators: Array.from({ length: opts.nEvals }, (_, e) => ({
      id: `e${e}`,
      minLoad: Math.min(opts.minLoad, degree[e] ?? 0),
      maxLoad: opts.maxLoad,
    })),
    affinity: { kind: 'sparse', entries },
  };
}
