/**
 * Evaluation scores: 0 to 5 in half points (0 fails/missing, 1 poor, 2 fair, 3 good, 4 very good,
 * 5 excellent). Internally a score is held as an integer number of half points (0..10) so that
 * sums and comparisons are exact.
 */

/** Highest score of one criterion. */
export const MAX_SCORE = 5;

/** Default criteria ids: Excellence, Impact, Quality and efficiency of the implementation. */
export const DEFAULT_CRITERIA = ['excellence', 'impact', 'implementation'] as const;

/**
 * Converts a score to half points (an integer 0..10), or returns undefined when the value is not
 * one of 0, 0.5, 1, ..., 5.
 */
export function toHalfPoints(score: unknown): number | undefined {
  if (typeof score !== 'number' || !Number.isFinite(score)) return undefined;
  const half = score * 2;
  if (!Number.isInteger(half) || half < 0 || half > MAX_SCORE * 2) return undefined;
  return half;
}

/** True when `score` is one of 0, 0.5, 1, ..., 5. */
export function isValidScore(score: unknown): score is number {
  return toHalfPoints(score) !== undefined;
}

/** Half points back to a score (exact: halves are representable). */
export function fromHalfPoints(half: number): number {
  return half / 2;
}
