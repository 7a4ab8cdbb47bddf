/**
 * Test helpers: an independent least-squares reference (weighted normal equations on raw, uncentred
 * sums, solved by Gauss-Jordan elimination with partial pivoting) and a seeded PRNG. Deliberately
 * a different method from the engine's Householder QR and centred closed forms.
 */

/** Solves the weighted normal equations for y = [1, x1, ..., xk] b; returns b and the SSR. */
export function referenceLeastSquares(y: readonly number[], cols: readonly (readonly number[])[], w?: readonly number[]): { b: number[]; ssr: number } {
  const weight = (i: number): number => w?.[i] ?? 1;
  const x = [y.map(() => 1), ...cols];
  const p = x.length;
  const a = x.map((xi) => [
    ...x.map((xj) => xi.reduce((s, v, k) => s + weight(k) * v * (xj[k] ?? 0), 0)),
    xi.reduce((s, v, k) => s + weight(k) * v * (y[k] ?? 0), 0),
  ]);
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[piv]?.[c] ?? 0)) piv = r;
    const tmp = a[c] as number[];
    a[c] = a[piv] as number[];
    a[piv] = tmp;
    const pivotRow = a[c] as number[];
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const row = a[r] as number[];
      const f = (row[c] ?? 0) / (pivotRow[c] ?? 1);
      for (let k = c; k <= p; k++) row[k] = (row[k] ?? 0) - f * (pivotRow[k] ?? 0);
    }
  }
  const b = a.map((row, i) => (row[p] ?? 0) / (row[i] ?? 1));
  const ssr = y.reduce((s, yi, i) => {
    const fitted = x.reduce((f, col, j) => f + (b[j] ?? 0) * (col[i] ?? 0), 0);
    return s + weight(i) * (yi - fitted) ** 2;
  }, 0);
  return { b, ssr };
}

/** Mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller) from a uniform source. */
export function normalDraw(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
