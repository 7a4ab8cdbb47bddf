/**
 * Weighted ordinary least squares through a Householder QR factorisation of the weighted design
 * (Golub and Van Loan, "Matrix Computations", algorithm 5.3.2). Solving the triangular system
 * avoids forming X'WX, so ill-conditioned designs (e.g. NIST Longley) keep their precision.
 */

/** Raised when the design matrix has (numerically) dependent columns. */
export class SingularDesignError extends Error {
  constructor(readonly column: number) {
    super(`design matrix is rank deficient at column ${column}`);
    this.name = 'SingularDesignError';
  }
}

export interface OlsOptions {
  /** Observation weights (> 0); all 1 when omitted. */
  weights?: readonly number[];
  /** Prepend a column of ones (default true). */
  intercept?: boolean;
}

export interface OlsResult {
  /** Coefficients, intercept first when `intercept` is true. */
  coefficients: number[];
  standardErrors: number[];
  /** Covariance matrix of the coefficients, sigma^2 (X'WX)^-1. */
  covariance: number[][];
  fitted: number[];
  residuals: number[];
  /** Number of observations and of estimated coefficients. */
  n: number;
  p: number;
  /** Weighted residual sum of squares. */
  ssr: number;
  /** Weighted total sum of squares about the weighted mean (about 0 without intercept). */
  sst: number;
  /** Residual variance estimate SSR / (n - p). */
  sigma2: number;
  r2: number;
  adjR2: number;
}

/** Builds the weighted design matrix as rows: sqrt(w_i) * [1, x_i1, ..., x_ik]. */
function weightedDesign(columns: readonly (readonly number[])[], n: number, sw: Float64Array, intercept: boolean): Float64Array[] {
  const cols: Float64Array[] = [];
  if (intercept) cols.push(Float64Array.from(sw));
  for (const col of columns) {
    if (col.length !== n) throw new RangeError('every column needs one value per observation');
    cols.push(Float64Array.from(col, (v, i) => v * (sw[i] ?? 0)));
  }
  return cols;
}

/** In-place Householder QR on column arrays; returns R (upper, p x p) and applies Q' to `rhs`. */
function householderSolve(cols: Float64Array[], rhs: Float64Array): { r: number[][]; qty: Float64Array } {
  const p = cols.length;
  const n = rhs.length;
  const originalNorms = cols.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  for (let k = 0; k < p; k++) {
    const ck = cols[k] as Float64Array;
    let norm = 0;
    for (let i = k; i < n; i++) norm += (ck[i] ?? 0) ** 2;
    norm = Math.sqrt(norm);
    if (!(norm > 1e-12 * (originalNorms[k] ?? 0))) throw new SingularDesignError(k);
    const alpha = (ck[k] ?? 0) > 0 ? -norm : norm;
    // v = x - alpha e1, stored in ck[k..]; beta = 2 / v'v.
    ck[k] = (ck[k] ?? 0) - alpha;
    let vtv = 0;
    for (let i = k; i < n; i++) vtv += (ck[i] ?? 0) ** 2;
    const reflect = (target: Float64Array): void => {
      let dot = 0;
      for (let i = k; i < n; i++) dot += (ck[i] ?? 0) * (target[i] ?? 0);
      const f = (2 * dot) / vtv;
      for (let i = k; i < n; i++) target[i] = (target[i] ?? 0) - f * (ck[i] ?? 0);
    };
    for (let j = k + 1; j < p; j++) reflect(cols[j] as Float64Array);
    reflect(rhs);
    ck[k] = alpha; // diagonal of R; entries below are the reflector and are not read again
  }
  const r = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (j >= i ? (cols[j]?.[i] ?? 0) : 0)));
  return { r, qty: rhs };
}

/** Inverse of an upper-triangular matrix by back substitution. */
function invertUpper(r: number[][]): number[][] {
  const p = r.length;
  const inv = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    (inv[j] as number[])[j] = 1 / (r[j]?.[j] ?? Number.NaN);
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += (r[i]?.[k] ?? 0) * (inv[k]?.[j] ?? 0);
      (inv[i] as number[])[j] = -s / (r[i]?.[i] ?? Number.NaN);
    }
  }
  return inv;
}

/**
 * Fits y = X b by weighted least squares. `columns` holds the regressors column by column (without
 * the intercept, which is added unless `intercept: false`). Throws `SingularDesignError` when the
 * columns are linearly dependent, and RangeError when there are no residual degrees of freedom.
 */
export function ols(y: readonly number[], columns: readonly (readonly number[])[], opts: OlsOptions = {}): OlsResult {
  const n = y.length;
  const intercept = opts.intercept ?? true;
  const w = opts.weights ?? new Array<number>(n).fill(1);
  if (w.length !== n) throw new RangeError('weights need one value per observation');
  if (w.some((v) => !(v > 0))) throw new RangeError('weights must be > 0');
  const sw = Float64Array.from(w, Math.sqrt);
  const cols = weightedDesign(columns, n, sw, intercept);
  const p = cols.length;
  if (n <= p) throw new RangeError(`need more observations (${n}) than coefficients (${p})`);
  const x = cols.map((c) => Float64Array.from(c)); // keep an unreflected copy for fitted values
  const { r, qty } = householderSolve(cols, Float64Array.from(y, (v, i) => v * (sw[i] ?? 0)));
  const rInv = invertUpper(r);
  const coefficients = rInv.map((row) => row.reduce((s, v, j) => s + v * (qty[j] ?? 0), 0));
  const fitted = y.map((_, i) => coefficients.reduce((s, b, j) => s + b * (x[j]?.[i] ?? 0), 0) / (sw[i] ?? 1));
  const residuals = y.map((v, i) => v - (fitted[i] ?? 0));
  const ssr = residuals.reduce((s, e, i) => s + (w[i] ?? 0) * e * e, 0);
  const wSum = w.reduce((s, v) => s + v, 0);
  const yBar = intercept ? y.reduce((s, v, i) => s + (w[i] ?? 0) * v, 0) / wSum : 0;
  const sst = y.reduce((s, v, i) => s + (w[i] ?? 0) * (v - yBar) ** 2, 0);
  const sigma2 = ssr / (n - p);
  // (X'WX)^-1 = R^-1 R^-T.
  const covariance = rInv.map((ri) => rInv.map((rj) => sigma2 * ri.reduce((s, v, k) => s + v * (rj[k] ?? 0), 0)));
  const dfTotal = intercept ? n - 1 : n;
  return {
    coefficients,
    standardErrors: covariance.map((row, i) => Math.sqrt(row[i] ?? Number.NaN)),
    covariance,
    fitted,
    residuals,
    n,
    p,
    ssr,
    sst,
    sigma2,
    r2: 1 - ssr / sst,
    adjR2: 1 - ssr / (n - p) / (sst / dfTotal),
  };
}
