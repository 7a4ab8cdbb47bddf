/**
 * Test and benchmark helper: reads the OpenDSM (OpenEEmeter) sample meters in
 * ../shared/data/bench/energy-mv (see that folder's README, section 3). Not part of the engine:
 * engine code never imports this file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dailyTemperatures } from '../aggregate.js';
import type { BillingPeriod, DailyTemperatureInput } from '../caltrack/billing.js';
import type { DailyObservation } from '../caltrack/daily.js';
import { localDate } from '../time-zone.js';

export const ENERGY_MV_DIR = path.resolve(import.meta.dirname, '../../../../../shared/data/bench/energy-mv');
export const IL_TIME_ZONE = 'America/Chicago';

/** The Illinois sample kinds with trustworthy metadata (the UK entries are placeholders). */
export const IL_KINDS = ['electricity-cdd-hdd', 'electricity-cdd-only', 'gas-hdd-only', 'gas-intercept-only'] as const;
export type IlKind = (typeof IL_KINDS)[number];

export interface SampleMetadata {
  id: string;
  freq: string;
  interpretation: 'electricity' | 'gas';
  unit: string;
  blackout_start_date: string;
  blackout_end_date: string;
  annual_baseline_total_load: number;
  annual_baseline_base_load: number;
  annual_baseline_heating_load: number;
  annual_baseline_cooling_load: number;
  annual_reporting_total_load: number;
  annual_reporting_base_load: number;
  annual_reporting_heating_load: number;
  annual_reporting_cooling_load: number;
  baseline_heating_balance_point?: number;
  baseline_cooling_balance_point?: number;
}

/** Rows of a gzip CSV as [timestamp, value] (header dropped; 'nan' becomes null). */
export function readSampleCsv(file: string): { start: number; value: number | null }[] {
  const text = gunzipSync(readFileSync(path.join(ENERGY_MV_DIR, file))).toString('utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [ts, raw] = line.split(',');
      const value = raw === undefined || raw.trim() === 'nan' ? null : Number(raw);
      return { start: Date.parse(ts ?? ''), value };
    });
}

export function loadMetadata(): Record<string, SampleMetadata> {
  return JSON.parse(readFileSync(path.join(ENERGY_MV_DIR, 'metadata.json'), 'utf8')) as Record<string, SampleMetadata>;
}

let temperatureCache: DailyTemperatureInput[] | undefined;

/** The IL hourly temperatures (degF) grouped into local days of America/Chicago. */
export function loadIlTemperatures(): DailyTemperatureInput[] {
  temperatureCache ??= dailyTemperatures(readSampleCsv('il-tempF.csv.gz'), { timeZone: IL_TIME_ZONE, intervalMinutes: 60 }).map((d) => ({
    date: d.date,
    tempF: d.mean,
    hourlyTempsF: d.values,
  }));
  return temperatureCache;
}

/** An IL daily meter joined with its day's temperatures. */
export function loadIlDaily(kind: IlKind): DailyObservation[] {
  const temps = new Map(loadIlTemperatures().map((t) => [t.date, t]));
  return readSampleCsv(`il-${kind}-daily.csv.gz`).map((r) => {
    const date = localDate(r.start, IL_TIME_ZONE);
    const t = temps.get(date);
    return { date, usage: r.value, tempF: t?.tempF ?? null, hourlyTempsF: t?.hourlyTempsF ?? [] };
  });
}

/** An IL billing series: each row's use runs from its start to the next row's start. */
export function loadIlBilling(kind: IlKind, freq: 'billing_monthly' | 'billing_bimonthly'): BillingPeriod[] {
  const rows = readSampleCsv(`il-${kind}-${freq}.csv.gz`);
  return rows.slice(0, -1).map((r, i) => ({
    start: localDate(r.start, IL_TIME_ZONE),
    end: localDate((rows[i + 1] as { start: number }).start, IL_TIME_ZONE),
    usage: r.value,
  }));
}
