/**
 * Synthetic but realistic reading series for the demo and the telemetry simulator, with a known
 * truth: a slate quarry's 15-minute electricity and sawn production (shifts, weekends, August
 * holidays; a base load plus kWh per tonne), outdoor temperatures of a Spanish city, and
 * weather-driven buildings. Deterministic: the same seed and instant give the same value.
 */
import { localDate, zoneOffsetMs } from '../../../engines/mv/index.js';

export const QUARTER_MS = 900_000;
export const HOUR_MS = 3_600_000;

/** A deterministic value in [0, 1) for a seed and an integer (stateless, so any instant can be asked). */
export function hashUnit(seed: number, n: number): number {
  let h = (seed * 0x9e3779b1) ^ Math.imul(n | 0, 0x85ebca6b) ^ Math.floor(n / 4_294_967_296);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4_294_967_296;
}

/** A standard normal draw for a seed and an integer (Box-Muller on two hashed uniforms). */
export function hashNormal(seed: number, n: number): number {
  const u = Math.max(hashUnit(seed, 2 * n), 1e-12);
  const v = hashUnit(seed + 1, 2 * n + 1);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export interface Climate {
  /** Annual mean, seasonal amplitude (coldest mid-January) and day-night swing, degC. */
  mean: number;
  amplitude: number;
  swing: number;
  seed: number;
}

export const CLIMATES: Record<'leon' | 'sevilla' | 'murcia' | 'madrid', Climate> = {
  leon: { mean: 11, amplitude: 9, swing: 6.5, seed: 11 },
  sevilla: { mean: 19, amplitude: 8, swing: 7, seed: 12 },
  murcia: { mean: 18, amplitude: 7.5, swing: 6, seed: 13 },
  madrid: { mean: 15, amplitude: 10, swing: 7, seed: 14 },
};

/** Outdoor temperature (degC) at an instant: season, a day-to-day weather wave, the daily swing. */
export function outdoorTempC(ms: number, c: Climate): number {
  const days = ms / 86_400_000;
  const season = -c.amplitude * Math.cos((2 * Math.PI * (days - 15)) / 365.25);
  const day = Math.floor(days);
  const frac = days - day;
  const weather = 3 * ((1 - frac) * hashNormal(c.seed, day) + frac * hashNormal(c.seed, day + 1));
  const hourUtc = (ms % 86_400_000) / HOUR_MS;
  const swing = (c.swing / 2) * Math.sin((2 * Math.PI * (hourUtc - 9)) / 24);
  return Math.round((c.mean + season + weather + swing + 0.4 * hashNormal(c.seed + 7, Math.floor(ms / HOUR_MS))) * 10) / 10;
}

/** Local weekday (0 = Sunday), hour and date of an instant. */
export function localClock(ms: number, timeZone: string): { weekday: number; hour: number; date: string } {
  const wall = ms + zoneOffsetMs(ms, timeZone);
  const d = new Date(wall);
  return { weekday: d.getUTCDay(), hour: d.getUTCHours() + d.getUTCMinutes() / 60, date: localDate(ms, timeZone) };
}

export interface Quarry {
  timeZone: string;
  /** Constant load (compressors, pumps, lighting), kW. */
  baseKw: number;
  /** Sawing and splitting energy, kWh per tonne. */
  kwhPerTonne: number;
  /** Mean sawn output per working quarter hour, tonnes. */
  tonnesPerQuarter: number;
  seed: number;
  /** From this instant on (the measure's completion), electricity is cut by `savings`. */
  savingsFrom: number | null;
  savings: number;
}

export const DEMO_QUARRY: Omit<Quarry, 'savingsFrom'> = { timeZone: 'Europe/Madrid', baseKw: 85, kwhPerTonne: 7.5, tonnesPerQuarter: 3.4, seed: 2024, savings: 0.12 };

function working(date: string, weekday: number, hour: number): boolean {
  const md = date.slice(5);
  if ((md >= '08-05' && md <= '08-18') || md === '12-25' || md === '01-01' || md === '01-06') return false;
  if (weekday >= 1 && weekday <= 5) return hour >= 6 && hour < 22;
  return weekday === 6 && hour >= 6 && hour < 14;
}

/** The quarry's sawn tonnes and electricity (kWh) in the quarter hour starting at `ms`. */
export function quarryQuarter(ms: number, q: Quarry): { tonnes: number; kwh: number } {
  const { weekday, hour, date } = localClock(ms, q.timeZone);
  const n = Math.floor(ms / QUARTER_MS);
  const tonnes = working(date, weekday, hour) ? Math.max(0, q.tonnesPerQuarter * (1 + 0.3 * hashNormal(q.seed, n))) : 0;
  // Day-to-day variation: block hardness and blade wear change the energy per tonne.
  const day = Math.floor((ms + zoneOffsetMs(ms, q.timeZone)) / 86_400_000);
  const expected = (q.baseKw / 4) * (1 + 0.04 * hashNormal(q.seed + 3, day)) + q.kwhPerTonne * tonnes * (1 + 0.06 * hashNormal(q.seed + 2, day));
  const cut = q.savingsFrom !== null && ms >= q.savingsFrom ? 1 - q.savings : 1;
  const kwh = expected * cut * (1 + 0.05 * hashNormal(q.seed + 1, n));
  return { tonnes: Math.round(tonnes * 1000) / 1000, kwh: Math.round(kwh * 1000) / 1000 };
}

/** A building's electricity in one hour: base, heating below 15 degC, cooling above 22 degC. */
export function buildingHourKwh(ms: number, c: Climate, opts: { base: number; heating: number; cooling: number; seed: number; cut: number }): number {
  const t = outdoorTempC(ms, c);
  const load = opts.base + opts.heating * Math.max(15 - t, 0) + opts.cooling * Math.max(t - 22, 0);
  return Math.round(load * opts.cut * (1 + 0.08 * hashNormal(opts.seed, Math.floor(ms / HOUR_MS))) * 1000) / 1000;
}
