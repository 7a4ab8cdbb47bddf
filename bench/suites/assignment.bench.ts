/**
 * Evaluator assignment: exact optimum (network simplex) next to the greedy baseline and HiGHS, on
 * MIDL (Kobren et al. 2019), a funding-call instance and a conference-scale sparse instance, plus
 * the exact affinity floor (fairness) on MIDL next to the published FairFlow figure.
 */
import { assign, greedyAssign, loadHighs, solveFairness } from '../../src/engines/assignment/index.js';
import { buildInstance } from '../../src/engines/assignment/instance.js';
import { buildMipModel } from '../../src/engines/assignment/fairness/model.js';
import { runMip } from '../../src/engines/assignment/fairness/mip.js';
import type { AssignmentProblem, OptimalAssignment } from '../../src/engines/assignment/types.js';
import { midlProblem } from '../lib/midl.js';
import { defineSuite, round, time, type BenchRow, type SuiteContext } from '../lib/suite.js';
import { fundingCallProblem, topCandidateProblem } from '../lib/synthetic.js';

/** FairFlow on MIDL, Kobren et al. 2019 (table as reported in research/algorithms.md, A3). */
const FAIRFLOW_TOTAL = 197.67;

function optimal(problem: AssignmentProblem): OptimalAssignment {
  const r = assign(problem);
  if (r.status !== 'optimal') throw new Error(r.reasons.map((x) => x.message).join('; '));
  return r;
}

/** HiGHS on the same 0-1 model (no floor), as an independent reference for the total. */
async function highsReference(problem: AssignmentProblem): Promise<{ total: number; ms: number }> {
  const highs = await loadHighs();
  const t0 = performance.now();
  const inst = buildInstance(problem);
  const model = buildMipModel(inst, { floor: null, tolerance: 1e-9, maximiseTotal: true });
  const run = runMip(highs, model, { tolerance: 1e-9, timeLimitSeconds: 300 });
  let pinned = 0;
  for (const p of inst.pins) pinned += p.affinity;
  return { total: run.objective + pinned, ms: performance.now() - t0 };
}

/** Optimal assignment vs greedy (and optionally HiGHS) on one instance. */
async function linearRow(
  ctx: SuiteContext,
  name: string,
  problem: AssignmentProblem,
  opts: { runs: number; targetMs: number; highs: boolean },
): Promise<BenchRow> {
  const result = optimal(problem);
  const stats = await time(() => assign(problem), { runs: opts.runs, warmup: 1 });
  const greedy = greedyAssign(problem);
  const greedyStats = await time(() => greedyAssign(problem), { runs: opts.runs, warmup: 1 });
  const metrics: BenchRow['metrics'] = {
    total: round(result.totalAffinity, 6),
    certifiedGap: result.gap,
    p50Ms: stats.p50Ms,
    maxMs: stats.maxMs,
    pivots: result.pivots,
    greedyTotal: round(greedy.totalAffinity, 6),
    greedyFeasible: greedy.feasible ? 'yes' : `no (${greedy.violations.length} violations)`,
    greedyP50Ms: greedyStats.p50Ms,
    optimalOverGreedy: round(result.totalAffinity / greedy.totalAffinity, 5),
  };
  if (opts.highs) {
    const ref = await highsReference(problem);
    metrics.highsTotal = round(ref.total, 6);
    metrics.relDiffVsHighs = Math.abs(result.totalAffinity - ref.total) / Math.abs(ref.total);
    metrics.highsMs = round(ref.ms, 1);
  }
  ctx.log(`${name}: ${JSON.stringify(metrics)}`);
  return { name, metrics, target: `< ${opts.targetMs} ms`, pass: stats.p50Ms < opts.targetMs };
}

/** Best total under a floor on MIDL, next to FairFlow and greedy. */
async function floorRow(ctx: SuiteContext, lowerBounds: boolean, floor: number): Promise<BenchRow> {
  const highs = await loadHighs();
  const problem = midlProblem({ lowerBounds });
  const t0 = performance.now();
  const r = solveFairness(highs, { problem, floor, highestFloor: false });
  const ms = performance.now() - t0;
  const at = r.atFloor;
  const greedy = greedyAssign(problem);
  const name = `MIDL${lowerBounds ? ' with 2-paper minimum' : ''}: max total with every paper >= ${floor}`;
  const metrics: BenchRow['metrics'] = {
    status: at?.status ?? r.status,
    total: round(at?.totalAffinity ?? Number.NaN, 6),
    upperBound: round(at?.upperBound ?? Number.NaN, 6),
    minPaperAffinity: round(at?.minApplicationAffinity ?? Number.NaN, 6),
    ms: round(ms, 1),
    bbNodes: at?.nodes ?? 0,
    fairFlowTotal: lowerBounds ? 'n/a' : FAIRFLOW_TOTAL,
    unconstrainedTotal: round(r.unconstrained?.totalAffinity ?? Number.NaN, 6),
    greedyTotal: round(greedy.totalAffinity, 6),
    greedyMinPaper: round(greedy.coverage[0]?.totalAffinity ?? Number.NaN, 6),
  };
  ctx.log(`${name}: ${JSON.stringify(metrics)}`);
  const exact = at?.status === 'optimal' && (lowerBounds || (at.totalAffinity ?? 0) > FAIRFLOW_TOTAL);
  return { name, metrics, target: '< 5000 ms, exact', pass: exact && ms < 5000 };
}

/** Highest feasible floor t* on MIDL. */
async function highestFloorRow(ctx: SuiteContext, lowerBounds: boolean): Promise<BenchRow> {
  const highs = await loadHighs();
  const problem = midlProblem({ lowerBounds });
  const t0 = performance.now();
  const r = solveFairness(highs, { problem });
  const ms = performance.now() - t0;
  const name = `MIDL${lowerBounds ? ' with 2-paper minimum' : ''}: highest feasible floor t* and best total at t*`;
  const metrics: BenchRow['metrics'] = {
    tStar: r.highestFloor?.floor ?? Number.NaN,
    provenUpperBound: r.highestFloor?.upperBound ?? Number.NaN,
    exact: r.highestFloor?.exact ? 'yes' : 'no',
    probes: r.highestFloor?.probes ?? 0,
    tStarMs: round((r.highestFloor?.seconds ?? Number.NaN) * 1000, 1),
    totalAtTStar: round(r.atFloor?.totalAffinity ?? Number.NaN, 6),
    totalStatus: r.atFloor?.status ?? r.status,
    ms: round(ms, 1),
  };
  ctx.log(`${name}: ${JSON.stringify(metrics)}`);
  return { name, metrics };
}

export default defineSuite({
  name: 'assignment',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const runs = ctx.quick ? 5 : 20;
    rows.push(await linearRow(ctx, 'MIDL 118 x 177, k=3, load <= 4: optimal total', midlProblem(), { runs, targetMs: 100, highs: true }));
    rows.push(await linearRow(ctx, 'MIDL with 2-paper minimum: optimal total', midlProblem({ lowerBounds: true }), { runs, targetMs: 100, highs: true }));
    rows.push(await floorRow(ctx, false, 0.94));
    rows.push(await highestFloorRow(ctx, false));
    rows.push(await floorRow(ctx, true, 0.94));
    if (!ctx.quick) rows.push(await highestFloorRow(ctx, true));
    const call = fundingCallProblem({ nApps: 300, nEvals: 600, k: 5, minLoad: 1, maxLoad: 4, conflictRate: 0.05, seed: 7 });
    rows.push(await linearRow(ctx, 'Funding call 300 x 600, k=5, 5% conflicts, load 1..4', call, { runs: ctx.quick ? 3 : 10, targetMs: 1000, highs: true }));
    ctx.log('generating the 5,000 x 3,000 instance');
    const conference = ctx.quick
      ? topCandidateProblem({ nApps: 1000, nEvals: 600, k: 3, top: 50, minLoad: 2, maxLoad: 7, seed: 11 })
      : topCandidateProblem({ nApps: 5000, nEvals: 3000, k: 3, top: 50, minLoad: 2, maxLoad: 7, seed: 11 });
    const label = ctx.quick ? '1,000 x 600 (quick)' : '5,000 x 3,000';
    rows.push(await linearRow(ctx, `${label}, top-50 candidates, k=3, load 2..7`, conference, { runs: 3, targetMs: 30000, highs: false }));
    return rows;
  },
});
