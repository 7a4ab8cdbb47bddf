/**
 * CRMA Article 5 benchmarks for 2030 (Regulation (EU) 2024/1252): EU extraction >= 10 %, processing
 * >= 40 % and recycling >= 25 % of EU annual consumption of each strategic raw material, and no
 * single third country above 65 %. Parser of `crma_article5_benchmarks.csv` and a pure check of a
 * material's capacity profile against the parsed benchmarks.
 */
import { parseDecimal, readTable } from './csv.js';
import { num } from './figure.js';
import { IssueLog, type ParseResult } from './issues.js';

/** Header of the benchmarks file. */
export const BENCHMARK_HEADER = ['benchmark_id', 'article', 'stage', 'metric', 'threshold', 'direction', 'target_year', 'scope'] as const;

/** One Art. 5 benchmark. */
export interface CrmaBenchmark {
  readonly id: string;
  readonly article: string;
  readonly stage: string;
  readonly metric: string;
  /** Share of EU annual consumption, 0..1. */
  readonly threshold: number;
  /** `min`: the value must reach the threshold; `max`: it must not exceed it. */
  readonly direction: 'min' | 'max';
  readonly targetYear: number;
  readonly scope: string;
}

/** Parses the benchmarks file. */
export function parseCrmaBenchmarks(text: string, file = 'crma_article5_benchmarks.csv'): ParseResult<CrmaBenchmark[]> {
  const log = new IssueLog(file);
  const out: CrmaBenchmark[] = [];
  for (const { cells, line } of readTable(text, BENCHMARK_HEADER, log) ?? []) {
    const threshold = parseDecimal(cells.threshold);
    const year = parseDecimal(cells.target_year);
    const direction = cells.direction === 'min' || cells.direction === 'max' ? cells.direction : null;
    if (threshold === null || threshold < 0 || threshold > 1) {
      log.error(line, 'threshold', 'crm.threshold', `threshold "${cells.threshold}" is not a share 0..1`, { value: cells.threshold });
    }
    if (direction === null) log.error(line, 'direction', 'crm.direction', `direction "${cells.direction}" is not min or max`, { value: cells.direction });
    if (year === null || !Number.isInteger(year)) log.error(line, 'target_year', 'crm.year', `"${cells.target_year}" is not a year`, { year: cells.target_year });
    if (threshold === null || direction === null || year === null) continue;
    out.push({ id: cells.benchmark_id, article: cells.article, stage: cells.stage, metric: cells.metric, threshold, direction, targetYear: year, scope: cells.scope });
  }
  return log.result(out);
}

/**
 * A material's EU capacities as shares of EU annual consumption (0..1) and the largest share of EU
 * consumption supplied by one third country; null where unknown.
 */
export interface CapacityProfile {
  readonly extraction: number | null;
  readonly processing: number | null;
  readonly recycling: number | null;
  readonly largestThirdCountryShare: number | null;
  /** ISO code of that country, for display. */
  readonly largestThirdCountry?: string;
}

/** Outcome of one benchmark for a profile. */
export interface BenchmarkCheck {
  readonly benchmarkId: string;
  readonly article: string;
  readonly value: number | null;
  readonly threshold: number;
  readonly direction: 'min' | 'max';
  /** Null when the profile has no value for this benchmark. */
  readonly met: boolean | null;
  /** Margin (positive) or shortfall (negative) in share points, or null. */
  readonly margin: number | null;
  readonly formula: string;
}

const PROFILE_FIELD: Readonly<Record<string, keyof Omit<CapacityProfile, 'largestThirdCountry'>>> = {
  extraction: 'extraction',
  processing: 'processing',
  recycling: 'recycling',
  diversification: 'largestThirdCountryShare',
};

const EPSILON = 1e-12;

/** Compares a capacity profile with each benchmark (values equal to the threshold meet it). */
export function checkCrmaBenchmarks(profile: CapacityProfile, benchmarks: readonly CrmaBenchmark[]): BenchmarkCheck[] {
  return benchmarks.map((b) => {
    const field = PROFILE_FIELD[b.id];
    const value = field === undefined ? null : profile[field];
    const sign = b.direction === 'min' ? '≥' : '≤';
    const base = { benchmarkId: b.id, article: b.article, value, threshold: b.threshold, direction: b.direction };
    if (value === null) {
      return { ...base, met: null, margin: null, formula: `${b.id}: ? ${sign} ${num(b.threshold)} (no value)` };
    }
    const margin = b.direction === 'min' ? value - b.threshold : b.threshold - value;
    const met = margin >= -EPSILON;
    const who = b.id === 'diversification' && profile.largestThirdCountry !== undefined ? ` (${profile.largestThirdCountry})` : '';
    return { ...base, met, margin, formula: `${b.id}${who}: ${num(value)} ${sign} ${num(b.threshold)} = ${met ? 'met' : 'not met'}` };
  });
}
