/**
 * Heating and cooling degree days (degF) from a daily mean temperature or from the day's hourly
 * temperatures.
 *
 * - `dailyMean` (CalTRACK 2.0 sections 3.3.4-3.3.5): HDD = max(bp - mean(T_d), 0).
 * - `hourly`: the mean over the day's hours of max(bp - T_h, 0), i.e. degree-hours / hours in
 *   the day. It counts the warm hours of a cold day, which the daily mean hides.
 */

/** How a day's degree days are computed. */
export type DegreeDayMethod = 'dailyMean' | 'hourly';

/** Minimum share of a day's hourly temperatures that must be present (CalTRACK 2.2.2.3). */
export const MIN_HOURLY_TEMPERATURE_COVERAGE = 0.5;

/** HDD of one day at balance point `bp` from the daily mean temperature. */
export function heatingDegreeDays(meanTemp: number, bp: number): number {
  return Math.max(bp - meanTemp, 0);
}

/** CDD of one day at balance point `bp` from the daily mean temperature. */
export function coolingDegreeDays(meanTemp: number, bp: number): number {
  return Math.max(meanTemp - bp, 0);
}

/** HDD of one day from its hourly temperatures (mean of hourly max(bp - T, 0)). */
export function heatingDegreeDaysFromHourly(hourly: readonly number[], bp: number): number {
  let s = 0;
  for (const t of hourly) s += t < bp ? bp - t : 0;
  return hourly.length ? s / hourly.length : Number.NaN;
}

/** CDD of one day from its hourly temperatures (mean of hourly max(T - bp, 0)). */
export function coolingDegreeDaysFromHourly(hourly: readonly number[], bp: number): number {
  let s = 0;
  for (const t of hourly) s += t > bp ? t - bp : 0;
  return hourly.length ? s / hourly.length : Number.NaN;
}

/** A day's temperature as given by the caller (degF). */
export interface DayTemperatureF {
  /** Daily mean dry-bulb temperature; null or absent = missing. */
  tempF?: number | null;
  /** The day's hourly temperatures (23-25 entries; null = missing reading). */
  hourlyTempsF?: readonly (number | null)[];
}

/**
 * The temperature data a day contributes under `method`: its mean (dailyMean) or its present hourly
 * readings (hourly). Null when missing: no mean and too few hours, or fewer than half of the
 * expected hours present for the hourly method.
 */
export function usableTemperatures(day: DayTemperatureF, method: DegreeDayMethod, expectedHours = 24): number[] | null {
  const hourly = day.hourlyTempsF?.filter((t): t is number => t !== null && Number.isFinite(t)) ?? [];
  const enoughHours = hourly.length > 0 && hourly.length >= MIN_HOURLY_TEMPERATURE_COVERAGE * expectedHours;
  if (method === 'hourly') return enoughHours ? hourly : null;
  if (day.tempF !== undefined && day.tempF !== null && Number.isFinite(day.tempF)) return [day.tempF];
  return enoughHours ? [hourly.reduce((s, t) => s + t, 0) / hourly.length] : null;
}

/** HDD and CDD of one day from `usableTemperatures` output. */
export function dayDegreeDays(temps: readonly number[], heatingBp: number, coolingBp: number): { hdd: number; cdd: number } {
  return { hdd: heatingDegreeDaysFromHourly(temps, heatingBp), cdd: coolingDegreeDaysFromHourly(temps, coolingBp) };
}
