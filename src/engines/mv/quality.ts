/**
 * Quality flags for reading series: gaps, missing values, negatives, duplicates and high outliers
 * (CalTRACK 2.0 sections 2.3.2, 2.3.5 and 2.3.6). Readings are only flagged, never filled or
 * changed: the ingestion layer stores the flags beside the data.
 */
import { finding, type Finding } from './findings.js';
import type { IntervalReading } from './aggregate.js';

/** A run of missing intervals between two present readings. */
export interface ReadingGap {
  /** Start (epoch ms) of the first missing interval. */
  from: number;
  /** Start of the next present reading (exclusive end of the gap). */
  to: number;
  /** Number of missing intervals. */
  missing: number;
  finding: Finding;
}

/** A flag on one reading (index into the input array). */
export interface ReadingFlag {
  index: number;
  start: number;
  finding: Finding;
}

export interface QualityOptions {
  intervalMinutes: number;
  /** Outlier rule: value > median + k * IQR (CalTRACK 2.3.6 uses k = 3). */
  iqrMultiplier?: number;
}

export interface QualityReport {
  gaps: ReadingGap[];
  flags: ReadingFlag[];
}

function present(r: IntervalReading): r is { start: number; value: number } {
  return r.value !== null && Number.isFinite(r.value);
}

/** Gaps between consecutive present readings longer than one interval. */
export function detectGaps(readings: readonly IntervalReading[], intervalMinutes: number): ReadingGap[] {
  const step = intervalMinutes * 60_000;
  const starts = [...new Set(readings.filter(present).map((r) => r.start))].sort((a, b) => a - b);
  const gaps: ReadingGap[] = [];
  for (let i = 1; i < starts.length; i++) {
    const prev = starts[i - 1] as number;
    const cur = starts[i] as number;
    const missing = Math.round((cur - prev) / step) - 1;
    if (missing < 1) continue;
    const f = finding('mv.reading_gap', 'warning', 'Readings are missing for a run of intervals.', { from: new Date(prev + step).toISOString(), to: new Date(cur).toISOString(), missing });
    gaps.push({ from: prev + step, to: cur, missing, finding: f });
  }
  return gaps;
}

function quantileSorted(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.ceil(pos)] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

/** Indices of readings above median + k * IQR (linear-interpolated quartiles; none when IQR = 0). */
export function detectHighOutliers(readings: readonly IntervalReading[], iqrMultiplier = 3): { indices: number[]; threshold: number } {
  const values = readings.filter(present).map((r) => r.value).sort((a, b) => a - b);
  if (values.length < 4) return { indices: [], threshold: Number.POSITIVE_INFINITY };
  const iqr = quantileSorted(values, 0.75) - quantileSorted(values, 0.25);
  // With no spread (IQR = 0) the rule has no scale and would flag any value above the median.
  if (!(iqr > 0)) return { indices: [], threshold: Number.POSITIVE_INFINITY };
  const threshold = quantileSorted(values, 0.5) + iqrMultiplier * iqr;
  const indices = readings.flatMap((r, i) => (present(r) && r.value > threshold ? [i] : []));
  return { indices, threshold };
}

function duplicateFlags(readings: readonly IntervalReading[]): ReadingFlag[] {
  const firstAt = new Map<number, number>();
  const flags: ReadingFlag[] = [];
  readings.forEach((r, i) => {
    const j = firstAt.get(r.start);
    if (j === undefined) {
      firstAt.set(r.start, i);
      return;
    }
    const conflict = readings[j]?.value !== r.value;
    const code = conflict ? 'mv.reading_duplicate_conflict' : 'mv.reading_duplicate';
    const message = conflict ? 'Two readings for the same time disagree (possibly two meters).' : 'Repeated reading for the same time.';
    flags.push({ index: i, start: r.start, finding: finding(code, 'warning', message, { firstIndex: j }) });
  });
  return flags;
}

/** Flags every quality problem of a reading series; the readings are left untouched. */
export function assessReadings(readings: readonly IntervalReading[], opts: QualityOptions): QualityReport {
  const flags: ReadingFlag[] = [];
  readings.forEach((r, i) => {
    if (!present(r)) {
      flags.push({ index: i, start: r.start, finding: finding('mv.reading_missing_value', 'warning', 'Reading has no value.') });
    } else if (r.value < 0) {
      flags.push({ index: i, start: r.start, finding: finding('mv.reading_negative', 'warning', 'Negative reading: check for unreported net metering.', { value: r.value }) });
    }
  });
  const { indices, threshold } = detectHighOutliers(readings, opts.iqrMultiplier ?? 3);
  for (const i of indices) {
    const r = readings[i] as IntervalReading;
    flags.push({ index: i, start: r.start, finding: finding('mv.reading_outlier_high', 'warning', 'Reading is more than k interquartile ranges above the median.', { value: r.value ?? Number.NaN, threshold }) });
  }
  flags.push(...duplicateFlags(readings));
  flags.sort((a, b) => a.index - b.index);
  return { gaps: detectGaps(readings, opts.intervalMinutes), flags };
}
