/** Runs a {@link MipModel} with HiGHS (exact: relative and absolute MIP gaps set to 0). */
import highsExport from 'highs';
import type { Highs } from 'highs';
import type { MipModel } from './model.js';

/** Outcome of one MIP solve. */
export interface MipRun {
  /** 'feasible': stopped at the first solution found (see `firstSolution`). */
  status: 'optimal' | 'feasible' | 'infeasible' | 'time_limit';
  /** Candidate indices set to 1 (empty when no solution is available). */
  chosen: number[];
  /** HiGHS objective of the incumbent (NaN without one). */
  objective: number;
  /** HiGHS bound on the objective (the incumbent is optimal when they meet). */
  dualBound: number;
  nodes: number;
  seconds: number;
}

/** Options of {@link runMip}. */
export interface MipRunOptions {
  /** Primal feasibility tolerance for rows (>= 1e-10). */
  tolerance: number;
  timeLimitSeconds: number;
  /** Candidate indices of a known feasible solution, used as a start. */
  start?: readonly number[];
  /** Stop at the first feasible solution (feasibility probes). */
  firstSolution?: boolean;
}

let loading: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly module once per thread. */
export function loadHighs(): Promise<Highs> {
  // The package types describe its CommonJS build (loader under `.default`), while Node and Vite
  // load its ES module build (loader is the default export itself): accept both shapes.
  const exported = highsExport as unknown;
  const loader = (typeof exported === 'function' ? exported : (exported as { default: unknown }).default) as () => Promise<Highs>;
  loading ??= loader();
  return loading;
}

function statusOf(highs: Highs, code: number): MipRun['status'] {
  const s = highs.constants.modelStatus;
  if (code === s.optimal) return 'optimal';
  if (code === s.infeasible) return 'infeasible';
  if (code === s.timeLimit) return 'time_limit';
  if (code === s.solutionLimit) return 'feasible';
  throw new Error(`HiGHS stopped with model status ${code}`);
}

/** A model without columns: every row activity is 0. */
function emptyRun(model: MipModel): MipRun {
  let feasible = true;
  model.rowLower.forEach((lo, i) => {
    if (lo > 0 || (model.rowUpper[i] ?? 0) < 0) feasible = false;
  });
  return { status: feasible ? 'optimal' : 'infeasible', chosen: [], objective: 0, dualBound: 0, nodes: 0, seconds: 0 };
}

/** Maximises the model's objective over 0-1 columns. Blocks the calling thread. */
export function runMip(highs: Highs, model: MipModel, opts: MipRunOptions): MipRun {
  if (model.numCols === 0) return emptyRun(model);
  const tol = Math.max(1e-10, opts.tolerance);
  const m = highs.createModel();
  try {
    const { colCandidate, ...data } = model;
    const inf = highs.infinity;
    m.passModel({
      ...data,
      sense: highs.constants.objectiveSense.maximize,
      rowLower: data.rowLower.map((v) => (v === -Infinity ? -inf : v)),
      rowUpper: data.rowUpper.map((v) => (v === Infinity ? inf : v)),
    });
    m.options.set({
      output_flag: false,
      mip_rel_gap: 0,
      mip_abs_gap: 0,
      primal_feasibility_tolerance: tol,
      mip_feasibility_tolerance: tol,
      time_limit: opts.timeLimitSeconds,
      // The root reduced-cost sub-MIP heuristic takes most of the time on tight instances (MIDL
      // with the 2-paper minimum: 5 of 11 s) and the other heuristics find the incumbent anyway.
      mip_heuristic_run_root_reduced_cost: false,
    });
    if (opts.firstSolution) m.options.set('mip_max_improving_sols', 1);
    if (opts.start) {
      const colOf = new Map<number, number>();
      colCandidate.forEach((c, j) => colOf.set(c, j));
      const value = new Float64Array(model.numCols);
      for (const c of opts.start) {
        const j = colOf.get(c);
        if (j !== undefined) value[j] = 1;
      }
      m.setSolution({ colValue: value });
    }
    const run = m.run();
    const status = statusOf(highs, run.modelStatus);
    const hasSolution = status !== 'infeasible' && Number(m.info.get('primal_solution_status')) === 2;
    const x = hasSolution ? m.getSolution().colValue : new Float64Array(0);
    const chosen: number[] = [];
    x.forEach((v, j) => {
      if (v > 0.5) chosen.push(colCandidate[j] ?? 0);
    });
    return {
      status,
      chosen,
      objective: hasSolution ? m.getObjectiveValue() : NaN,
      dualBound: Number(m.info.get('mip_dual_bound')),
      nodes: Number(m.info.get('mip_node_count')),
      seconds: m.getRunTime(),
    };
  } finally {
    m.dispose();
  }
}
