/**
 * The benchmark contract. A suite file (`bench/suites/<name>.bench.ts`) default-exports
 * `defineSuite(...)`; `bench/run.ts` runs each suite in its own process so that peak memory
 * is measured per suite, then writes JSON and a markdown table to `bench/results/`.
 */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  /** What was measured, e.g. "MIDL optimal assignment". */
  name: string;
  /** Measured figures: numbers (ms, req/s, ratios) or short strings. */
  metrics: Record<string, number | string>;
  /** The target from the issue, e.g. "< 100 ms", if any. */
  target?: string;
  /** Whether the target was met (only when there is a target). */
  pass?: boolean;
}

export interface SuiteContext {
  /** PostgreSQL URL for server benchmarks, when one is available (VETA_BENCH_DATABASE_URL). */
  databaseUrl: string | undefined;
  /** An external MQTT broker for telemetry benchmarks, when one is available (VETA_BENCH_MQTT_URL). */
  mqttUrl: string | undefined;
  /** Reduced sizes for a quick smoke run (`npm run bench -- --quick`). */
  quick: boolean;
  log: (message: string) => void;
}

export interface Suite {
  name: string;
  run: (ctx: SuiteContext) => Promise<BenchRow[]>;
}

export function defineSuite(suite: Suite): Suite {
  return suite;
}

export interface TimingStats {
  runs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

export function summarise(samplesMs: readonly number[]): TimingStats {
  const sorted = [...samplesMs].sort((x, y) => x - y);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    runs: sorted.length,
    meanMs: round(sum / Math.max(1, sorted.length)),
    p50Ms: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    p99Ms: round(quantile(sorted, 0.99)),
    minMs: round(sorted[0] ?? Number.NaN),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/** Times `fn` `runs` times after `warmup` untimed calls. */
export async function time(
  fn: () => unknown | Promise<unknown>,
  opts: { runs?: number; warmup?: number } = {},
): Promise<TimingStats> {
  const runs = opts.runs ?? 10;
  for (let i = 0; i < (opts.warmup ?? 1); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
