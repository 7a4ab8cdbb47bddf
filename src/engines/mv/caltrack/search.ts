/**
 * Exhaustive balance-point search over the grid with CalTRACK candidate qualification:
 * balance points need enough degree days (CalTRACK 2.0 section 3.2.2), the cooling balance point
 * is never below the heating one, slopes must be > 0 and the intercept >= 0 (section 3.4.3.2),
 * and the highest adjusted R^2 wins (section 3.4.3.3). Ties keep the first candidate found in
 * the order intercept-only, HDD-only, CDD-only, HDD+CDD, balance points ascending.
 */
import {
  baseStats,
  columnStats,
  crossProduct,
  solveIntercept,
  solvePair,
  solveSingle,
  type CandidateFit,
  type ColumnStats,
  type GridObservations,
  type ModelType,
} from './grid.js';

export interface SearchOptions {
  /** Weather-dependent candidate types allowed (gas: no CDD models); intercept-only is always a candidate. */
  models: readonly ModelType[];
  /**
   * Significance screen on slopes: a candidate qualifies only if each slope's two-sided p-value is
   * below this. 1 disables the screen (CalTRACK 2.0 removed it; CalTRACK 1.0 used 0.10).
   */
  maxSlopePValue: number;
  /** Days with non-zero degree days per year a balance point needs (null: no rule, e.g. billing). */
  minNonZeroDaysPerYear: number | null;
  /** Degree days per year a balance point needs. */
  minDegreeDaysPerYear: number;
}

export interface SearchResult {
  best: CandidateFit;
  /** Candidate fits computed. */
  evaluated: number;
  /** Balance points that met the degree-day rules. */
  qualifiedHeating: number[];
  qualifiedCooling: number[];
}

function qualifies(col: ColumnStats, opts: SearchOptions): boolean {
  if (opts.minNonZeroDaysPerYear !== null && col.nonZeroPerYear < opts.minNonZeroDaysPerYear) return false;
  return col.degreeDaysPerYear >= opts.minDegreeDaysPerYear;
}

function signsOk(fit: CandidateFit): boolean {
  if (fit.intercept < 0) return false;
  if (fit.type !== 'cdd_only' && fit.type !== 'intercept_only' && !(fit.heatingSlope > 0)) return false;
  if (fit.type !== 'hdd_only' && fit.type !== 'intercept_only' && !(fit.coolingSlope > 0)) return false;
  return true;
}

function pValuesOk(fit: CandidateFit, max: number): boolean {
  if (max >= 1) return true;
  const [ph, pc] = fit.slopePValues;
  const heatingOk = fit.type === 'cdd_only' || fit.type === 'intercept_only' || ph < max;
  const coolingOk = fit.type === 'hdd_only' || fit.type === 'intercept_only' || pc < max;
  return heatingOk && coolingOk;
}

/** Runs the search; the intercept-only model is always a fallback. */
export function searchBalancePoints(obs: GridObservations, opts: SearchOptions): SearchResult {
  const base = baseStats(obs);
  const screen = opts.maxSlopePValue < 1;
  const heatingCols = obs.balancePoints.map((bp, k) => columnStats(obs, base, obs.heating[k] as Float64Array, bp)).filter((c) => qualifies(c, opts));
  const coolingCols = obs.balancePoints.map((bp, k) => columnStats(obs, base, obs.cooling[k] as Float64Array, bp)).filter((c) => qualifies(c, opts));
  let best = solveIntercept(base);
  let evaluated = 1;
  const consider = (fit: CandidateFit | null, withP: () => CandidateFit | null): void => {
    evaluated++;
    if (!fit || !(fit.adjR2 > best.adjR2) || !signsOk(fit)) return;
    const full = screen ? withP() : fit;
    if (full && pValuesOk(full, opts.maxSlopePValue)) best = full;
  };
  const allow = new Set(opts.models);
  if (allow.has('hdd_only')) for (const h of heatingCols) consider(solveSingle(base, h, 'hdd_only', false), () => solveSingle(base, h, 'hdd_only', true));
  if (allow.has('cdd_only')) for (const c of coolingCols) consider(solveSingle(base, c, 'cdd_only', false), () => solveSingle(base, c, 'cdd_only', true));
  if (allow.has('hdd_cdd')) {
    for (const h of heatingCols) {
      for (const c of coolingCols) {
        if (c.bp < h.bp) continue;
        const shc = crossProduct(obs.w, h.centred, c.centred);
        consider(solvePair(base, h, c, shc, false), () => solvePair(base, h, c, shc, true));
      }
    }
  }
  return { best, evaluated, qualifiedHeating: heatingCols.map((c) => c.bp), qualifiedCooling: coolingCols.map((c) => c.bp) };
}
