/**
 * The CalTRACK balance-point grid search (CalTRACK 2.0 sections 3.2 and 3.4): for every heating
 * and cooling balance point on the grid, the candidate models intercept-only, HDD-only, CDD-only
 * and HDD+CDD are fitted by (weighted) least squares in closed form from centred sums, and the
 * qualifying candidate with the highest adjusted R^2 wins.
 *
 * With centred regressors h = HDD - mean(HDD), c = CDD - mean(CDD), y = UPD - mean(UPD), the
 * slopes solve [Shh Shc; Shc Scc] [bH; bC] = [Shy; Scy] and mu = mean(UPD) - bH mean(HDD) -
 * bC mean(CDD); SSR = Syy - bH Shy - bC Scy. This is exactly the least-squares solution.
 */
import { studentTTwoSidedP } from '../numeric/distributions.js';

/** The CalTRACK candidate model types. */
export type ModelType = 'intercept_only' | 'hdd_only' | 'cdd_only' | 'hdd_cdd';

/** Observations prepared for the search: usage per day with weights and degree days per grid point. */
export interface GridObservations {
  /** Usage per day of each observation. */
  y: Float64Array;
  /** Regression weights (1 for daily data, days in period for billing). */
  w: Float64Array;
  /** Days each observation covers (for the per-year degree-day rules). */
  days: Float64Array;
  /** Balance points of the grid (degF), ascending. */
  balancePoints: readonly number[];
  /** heating[k][i]: HDD per day of observation i at balancePoints[k]. */
  heating: readonly Float64Array[];
  /** cooling[k][i]: CDD per day of observation i at balancePoints[k]. */
  cooling: readonly Float64Array[];
}

export interface CandidateFit {
  type: ModelType;
  heatingBalancePoint: number | null;
  coolingBalancePoint: number | null;
  intercept: number;
  heatingSlope: number;
  coolingSlope: number;
  /** Weighted residual sum of squares (from the centred sums). */
  ssr: number;
  /** Weighted total sum of squares about the weighted mean. */
  sst: number;
  n: number;
  /** Parameters including the intercept. */
  p: number;
  r2: number;
  adjR2: number;
  /** Two-sided p-values of [heating, cooling] slopes (NaN when absent). */
  slopePValues: [number, number];
}

interface BaseStats {
  n: number;
  wSum: number;
  yMean: number;
  yc: Float64Array;
  syy: number;
}

/** Centred sums of one degree-day column, plus the per-year qualification figures. */
export interface ColumnStats {
  bp: number;
  mean: number;
  centred: Float64Array;
  sxx: number;
  sxy: number;
  nonZeroPerYear: number;
  degreeDaysPerYear: number;
}

export function baseStats(obs: GridObservations): BaseStats {
  const n = obs.y.length;
  let wSum = 0;
  let wy = 0;
  for (let i = 0; i < n; i++) {
    wSum += obs.w[i] as number;
    wy += (obs.w[i] as number) * (obs.y[i] as number);
  }
  const yMean = wy / wSum;
  const yc = new Float64Array(n);
  let syy = 0;
  for (let i = 0; i < n; i++) {
    yc[i] = (obs.y[i] as number) - yMean;
    syy += (obs.w[i] as number) * (yc[i] as number) ** 2;
  }
  return { n, wSum, yMean, yc, syy };
}

export function columnStats(obs: GridObservations, base: BaseStats, column: Float64Array, bp: number): ColumnStats {
  const n = base.n;
  let wx = 0;
  let nonZero = 0;
  let total = 0;
  let totalDays = 0;
  for (let i = 0; i < n; i++) {
    const x = column[i] as number;
    wx += (obs.w[i] as number) * x;
    if (x > 0) nonZero++;
    total += x * (obs.days[i] as number);
    totalDays += obs.days[i] as number;
  }
  const mean = wx / base.wSum;
  const centred = new Float64Array(n);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const c = (column[i] as number) - mean;
    centred[i] = c;
    const w = obs.w[i] as number;
    sxx += w * c * c;
    sxy += w * c * (base.yc[i] as number);
  }
  const perYear = 365 / totalDays;
  return { bp, mean, centred, sxx, sxy, nonZeroPerYear: nonZero * perYear, degreeDaysPerYear: total * perYear };
}

/** Weighted cross-product of two centred columns. */
export function crossProduct(w: Float64Array, a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (w[i] as number) * (a[i] as number) * (b[i] as number);
  return s;
}

function finish(base: BaseStats, type: ModelType, fields: Omit<CandidateFit, 'type' | 'sst' | 'n' | 'r2' | 'adjR2'>): CandidateFit {
  const { n, syy } = base;
  const r2 = type === 'intercept_only' ? 0 : 1 - fields.ssr / syy;
  const adjR2 = type === 'intercept_only' ? 0 : 1 - fields.ssr / (n - fields.p) / (syy / (n - 1));
  return { type, sst: syy, n, r2, adjR2, ...fields };
}

function slopeP(slope: number, variance: number, df: number): number {
  return variance > 0 && df > 0 ? studentTTwoSidedP(slope / Math.sqrt(variance), df) : Number.NaN;
}

/** Intercept-only candidate: mu = weighted mean usage per day. */
export function solveIntercept(base: BaseStats): CandidateFit {
  return finish(base, 'intercept_only', { heatingBalancePoint: null, coolingBalancePoint: null, intercept: base.yMean, heatingSlope: 0, coolingSlope: 0, ssr: base.syy, p: 1, slopePValues: [Number.NaN, Number.NaN] });
}

/** One-regressor candidate (HDD-only or CDD-only); null when the column is constant. */
export function solveSingle(base: BaseStats, col: ColumnStats, kind: 'hdd_only' | 'cdd_only', withPValue: boolean): CandidateFit | null {
  if (!(col.sxx > 1e-12 * Math.max(1, col.mean * col.mean * base.wSum))) return null;
  const slope = col.sxy / col.sxx;
  const ssr = Math.max(base.syy - slope * col.sxy, 0);
  const p = withPValue ? slopeP(slope, ssr / (base.n - 2) / col.sxx, base.n - 2) : Number.NaN;
  const heating = kind === 'hdd_only';
  return finish(base, kind, {
    heatingBalancePoint: heating ? col.bp : null,
    coolingBalancePoint: heating ? null : col.bp,
    intercept: base.yMean - slope * col.mean,
    heatingSlope: heating ? slope : 0,
    coolingSlope: heating ? 0 : slope,
    ssr,
    p: 2,
    slopePValues: heating ? [p, Number.NaN] : [Number.NaN, p],
  });
}

/** HDD+CDD candidate from the two columns and their cross-product; null when collinear. */
export function solvePair(base: BaseStats, h: ColumnStats, c: ColumnStats, shc: number, withPValue: boolean): CandidateFit | null {
  const det = h.sxx * c.sxx - shc * shc;
  if (!(det > 1e-10 * h.sxx * c.sxx)) return null;
  const bh = (c.sxx * h.sxy - shc * c.sxy) / det;
  const bc = (h.sxx * c.sxy - shc * h.sxy) / det;
  const ssr = Math.max(base.syy - bh * h.sxy - bc * c.sxy, 0);
  const sigma2 = ssr / (base.n - 3);
  const pValues: [number, number] = withPValue
    ? [slopeP(bh, (sigma2 * c.sxx) / det, base.n - 3), slopeP(bc, (sigma2 * h.sxx) / det, base.n - 3)]
    : [Number.NaN, Number.NaN];
  return finish(base, 'hdd_cdd', {
    heatingBalancePoint: h.bp,
    coolingBalancePoint: c.bp,
    intercept: base.yMean - bh * h.mean - bc * c.mean,
    heatingSlope: bh,
    coolingSlope: bc,
    ssr,
    p: 3,
    slopePValues: pValues,
  });
}

/**
 * Fits one candidate at given balance points with the same kernel the search uses (exposed so
 * tests can compare every grid point with an independent least-squares solution).
 */
export function fitCandidateAt(obs: GridObservations, type: ModelType, heatingBp: number | null, coolingBp: number | null): CandidateFit | null {
  const base = baseStats(obs);
  const column = (cols: readonly Float64Array[], bp: number | null): ColumnStats => {
    const k = obs.balancePoints.indexOf(bp ?? Number.NaN);
    if (k < 0) throw new RangeError(`balance point ${bp} is not on the grid`);
    return columnStats(obs, base, cols[k] as Float64Array, bp as number);
  };
  if (type === 'intercept_only') return solveIntercept(base);
  if (type === 'hdd_only') return solveSingle(base, column(obs.heating, heatingBp), type, true);
  if (type === 'cdd_only') return solveSingle(base, column(obs.cooling, coolingBp), type, true);
  const h = column(obs.heating, heatingBp);
  const c = column(obs.cooling, coolingBp);
  return solvePair(base, h, c, crossProduct(obs.w, h.centred, c.centred), true);
}
