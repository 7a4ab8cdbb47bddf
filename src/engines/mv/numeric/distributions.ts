/**
 * Student t and Fisher F distribution functions built on the regularized incomplete beta
 * function (Abramowitz and Stegun 26.5.27 and 26.6.2 relations).
 */
import { regularizedIncompleteBeta } from './incomplete-beta.js';

function assertDegrees(df: number, name = 'degrees of freedom'): void {
  if (!(df > 0)) throw new RangeError(`${name} must be > 0, got ${df}`);
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  assertDegrees(df);
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Two-sided p-value P(|T| >= |t|) for Student's t with `df` degrees of freedom. */
export function studentTTwoSidedP(t: number, df: number): number {
  assertDegrees(df);
  if (!Number.isFinite(t)) return Number.isNaN(t) ? Number.NaN : 0;
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/**
 * The quantile t_p of Student's t (P(T <= t_p) = p), found by bracketing and bisection on the
 * CDF to about 1e-12 relative precision.
 */
export function studentTQuantile(p: number, df: number): number {
  assertDegrees(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`quantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e12) return hi;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, hi); i++) {
    const mid = 0.5 * (lo + hi);
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Upper tail P(X >= f) of the F distribution with (d1, d2) degrees of freedom. */
export function fDistributionSurvival(f: number, d1: number, d2: number): number {
  assertDegrees(d1, 'numerator degrees of freedom');
  assertDegrees(d2, 'denominator degrees of freedom');
  if (Number.isNaN(f)) return Number.NaN;
  if (f <= 0) return 1;
  if (f === Number.POSITIVE_INFINITY) return 0;
  return regularizedIncompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}
