/**
 * The assignment as a 0-1 program for HiGHS, optionally with a floor on every application's total
 * affinity: maximise sum a*x subject to sum_e x = k (per application), minLoad <= sum_a x <= maxLoad
 * (per evaluator), at most one evaluator per organisation and application (when asked), and
 * pinned affinity + sum_e a*x >= floor - tolerance/2 (per application with k > 0: an application
 * that needs no evaluator is not subject to the floor).
 * Columns that cannot appear in any solution meeting the floor are left out: a candidate is kept
 * only if it plus the application's best other candidates can reach the floor.
 */
import type { Instance } from '../instance.js';

/** Structured model in the shape HiGHS `passModel` takes (without the branded sense). */
export interface MipModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  integrality: Int32Array;
  matrix: { format: 'csr'; numRows: number; numCols: number; starts: Int32Array; indices: Int32Array; values: Float64Array };
  /** Candidate index (in the instance) of each column. */
  colCandidate: Int32Array;
}

/** Options of {@link buildMipModel}. */
export interface MipOptions {
  /** Floor on each application's total affinity, or null for none. */
  floor: number | null;
  /** Absolute tolerance on the floor (see `floorTolerance`). */
  tolerance: number;
  /** Maximise total affinity (true) or only look for a feasible point (false). */
  maximiseTotal: boolean;
}

/** Sum of pinned affinities per application. */
export function pinnedSums(inst: Instance): Float64Array {
  const sums = new Float64Array(inst.idx.nApps);
  for (const p of inst.pins) sums[p.app] = (sums[p.app] ?? 0) + p.affinity;
  return sums;
}

/** The best total each candidate can be part of: itself plus the k-1 best other candidates. */
function bestTotals(inst: Instance, pinned: Float64Array): Float64Array {
  const best = new Float64Array(inst.candEval.length);
  for (let a = 0; a < inst.idx.nApps; a++) {
    const from = inst.candStart[a] ?? 0;
    const to = inst.candStart[a + 1] ?? 0;
    const k = inst.kRest[a] ?? 0;
    const sorted = Array.from(inst.candAff.subarray(from, to)).sort((x, y) => y - x);
    let topSum = 0;
    for (let i = 0; i < k && i < sorted.length; i++) topSum += sorted[i] ?? 0;
    const kth = sorted[Math.min(k, sorted.length) - 1] ?? -Infinity;
    for (let c = from; c < to; c++) {
      const aff = inst.candAff[c] ?? 0;
      best[c] = (pinned[a] ?? 0) + (aff >= kth ? topSum : topSum - kth + aff);
    }
  }
  return best;
}

/** Candidates kept as columns. */
function keptColumns(inst: Instance, opts: MipOptions, pinned: Float64Array): Int32Array {
  if (opts.floor === null) return Int32Array.from(inst.candEval.keys());
  const best = bestTotals(inst, pinned);
  const threshold = opts.floor - opts.tolerance / 2;
  const kept: number[] = [];
  best.forEach((b, c) => {
    if (b >= threshold) kept.push(c);
  });
  return Int32Array.from(kept);
}

interface RowBuilder {
  starts: number[];
  indices: number[];
  values: number[];
  lower: number[];
  upper: number[];
}

function addRow(rows: RowBuilder, cols: readonly number[], values: readonly number[] | null, lower: number, upper: number): void {
  cols.forEach((c, i) => {
    rows.indices.push(c);
    rows.values.push(values ? (values[i] ?? 0) : 1);
  });
  rows.starts.push(rows.indices.length);
  rows.lower.push(lower);
  rows.upper.push(upper);
}

function applicationRows(inst: Instance, cols: Int32Array, opts: MipOptions, pinned: Float64Array, rows: RowBuilder): void {
  const nA = inst.idx.nApps;
  const byApp: number[][] = Array.from({ length: nA }, () => []);
  const appOf = new Int32Array(inst.candEval.length);
  for (let a = 0; a < nA; a++) appOf.fill(a, inst.candStart[a] ?? 0, inst.candStart[a + 1] ?? 0);
  cols.forEach((c, j) => byApp[appOf[c] ?? 0]?.push(j));
  byApp.forEach((js, a) => {
    const k = inst.kRest[a] ?? 0;
    addRow(rows, js, null, k, k);
    if (opts.floor !== null && (inst.idx.k[a] ?? 0) > 0) {
      const affs = js.map((j) => inst.candAff[cols[j] ?? 0] ?? 0);
      addRow(rows, js, affs, opts.floor - opts.tolerance / 2 - (pinned[a] ?? 0), Infinity);
    }
    if (inst.idx.distinct) organisationRows(inst, cols, js, rows);
  });
}

function organisationRows(inst: Instance, cols: Int32Array, js: readonly number[], rows: RowBuilder): void {
  const perOrg = new Map<number, number[]>();
  for (const j of js) {
    const org = inst.idx.evalOrg[inst.candEval[cols[j] ?? 0] ?? 0] ?? -1;
    if (org < 0) continue;
    const list = perOrg.get(org);
    if (list) list.push(j);
    else perOrg.set(org, [j]);
  }
  for (const list of perOrg.values()) if (list.length > 1) addRow(rows, list, null, -Infinity, 1);
}

function evaluatorRows(inst: Instance, cols: Int32Array, rows: RowBuilder): void {
  const byEval: number[][] = Array.from({ length: inst.idx.nEvals }, () => []);
  cols.forEach((c, j) => byEval[inst.candEval[c] ?? 0]?.push(j));
  byEval.forEach((js, e) => addRow(rows, js, null, inst.minRest[e] ?? 0, inst.maxRest[e] ?? 0));
}

/** Builds the 0-1 model of an instance. Infinite row bounds use `Infinity`. */
export function buildMipModel(inst: Instance, opts: MipOptions): MipModel {
  const pinned = pinnedSums(inst);
  const cols = keptColumns(inst, opts, pinned);
  const rows: RowBuilder = { starts: [0], indices: [], values: [], lower: [], upper: [] };
  applicationRows(inst, cols, opts, pinned, rows);
  evaluatorRows(inst, cols, rows);
  const n = cols.length;
  const numRows = rows.lower.length;
  return {
    numCols: n,
    numRows,
    colCost: Float64Array.from(cols, (c) => (opts.maximiseTotal ? (inst.candAff[c] ?? 0) : 0)),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: Float64Array.from(rows.lower),
    rowUpper: Float64Array.from(rows.upper),
    integrality: new Int32Array(n).fill(1),
    matrix: {
      format: 'csr',
      numRows,
      numCols: n,
      starts: Int32Array.from(rows.starts),
      indices: Int32Array.from(rows.indices),
      values: Float64Array.from(rows.values),
    },
    colCandidate: cols,
  };
}
