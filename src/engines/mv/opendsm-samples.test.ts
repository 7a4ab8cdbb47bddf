/**
 * The OpenDSM (OpenEEmeter) Illinois sample meters: ground truth from metadata.json (10 % savings,
 * heating/cooling balance points 60/65 degF). The blackout (installation) period is excluded from
 * both windows. The samples were simulated from hourly temperatures, so degree days are computed
 * with the `hourly` method, and the CalTRACK 1.0 slope screen (p < 0.10) is on so that a slope
 * indistinguishable from zero does not count as weather dependence.
 *
 * Misses (reported, not hidden): the samples' daily noise (CV ~ 20-35 %) gives a one-year savings
 * estimate a 90 % uncertainty of +/-2.3 to +/-4.1 points of baseline use, wider than the +/-1 point
 * target. Three of four daily series land within +/-1 point of 10 %. cdd-only gives ~6.2 % at every
 * resolution, and that is right: its metadata scale the cooling load to each year's own weather
 * (7,500 kWh in the baseline year, 6,750 in a reporting year with 7 % fewer CDD), so the avoided
 * energy a weather-normalised method measures is ~5.1 %; no such method can report 10 % on it. The
 * bimonthly baselines have 6 periods, too few for the HDD+CDD model (5 fitted quantities); their
 * cdd-hdd and hdd-only savings and the monthly cdd-hdd balance points miss the targets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseBillingSavings, analyseDailySavings, type SavingsAnalysis } from './analysis.js';
import { projectCaltrackDaily } from './caltrack/daily.js';
import type { CaltrackOptions } from './caltrack/fit.js';
import { addDays, inRange } from './dates.js';
import { coolingDegreeDaysFromHourly, heatingDegreeDaysFromHourly } from './degree-days.js';
import { IL_KINDS, loadIlBilling, loadIlDaily, loadIlTemperatures, loadMetadata, type IlKind } from './testing/opendsm-samples.js';

const meta = loadMetadata();
const TRUE_SAVINGS = 0.1;

function optionsFor(kind: IlKind, screen = 0.1): CaltrackOptions {
  return { carrier: kind.startsWith('gas') ? 'gas' : 'electricity', degreeDayMethod: 'hourly', maxSlopePValue: screen };
}

function windows(id: string, billing: boolean): { measureStart: string; measureEnd: string; baseline: { start: string; end: string }; reporting: { start: string; end: string } } {
  const m = meta[id];
  if (!m) throw new Error(`no metadata for ${id}`);
  const measureStart = m.blackout_start_date;
  const measureEnd = addDays(m.blackout_end_date, 1); // the blackout end date itself is excluded
  return billing
    ? { measureStart, measureEnd, baseline: { start: '2015-11-22', end: measureStart }, reporting: { start: measureEnd, end: '2018-02-09' } }
    : { measureStart, measureEnd, baseline: { start: addDays(measureStart, -365), end: measureStart }, reporting: { start: measureEnd, end: addDays(measureEnd, 365) } };
}

const daily = new Map<IlKind, SavingsAnalysis>();
const billing = new Map<string, SavingsAnalysis>();

beforeAll(() => {
  for (const kind of IL_KINDS) {
    daily.set(kind, analyseDailySavings({ ...windows(`il-${kind}-daily`, false), days: loadIlDaily(kind), options: optionsFor(kind) }));
    for (const freq of ['billing_monthly', 'billing_bimonthly'] as const) {
      const input = { ...windows(`il-${kind}-${freq}`, true), periods: loadIlBilling(kind, freq), temperatures: loadIlTemperatures(), options: optionsFor(kind) };
      billing.set(`${kind}/${freq}`, analyseBillingSavings(input));
    }
  }
});

function get(map: Map<string, SavingsAnalysis>, key: string): Required<{ [K in keyof SavingsAnalysis]: NonNullable<SavingsAnalysis[K]> }> {
  const a = map.get(key);
  if (!a?.model || !a.savings) throw new Error(`analysis ${key} did not run: ${JSON.stringify(a?.sufficiency.findings)}`);
  return a as never;
}

describe('OpenDSM Illinois samples', () => {
  it('honours the blackout period and passes the sufficiency rules', () => {
    for (const [key, a] of [...daily, ...billing]) {
      expect(a.sufficiency.sufficient, key).toBe(true);
      for (const p of a.projection) expect(p.key >= '2017-01-05', key).toBe(true);
    }
    const w = windows('il-gas-hdd-only-daily', false);
    expect(w.baseline.end).toBe('2016-12-26');
    expect(w.reporting.start).toBe('2017-01-05');
    expect(loadIlDaily('gas-hdd-only').filter((d) => inRange(d.date, w.baseline) || inRange(d.date, w.reporting)).some((d) => d.date >= '2016-12-26' && d.date <= '2017-01-04')).toBe(false);
  });

  it('estimates annual savings within +/-1 point of 10 % (daily: 3 of 4 series; monthly billing: 3 of 4)', () => {
    const cases: [Map<string, SavingsAnalysis>, string][] = [
      [daily, 'electricity-cdd-hdd'],
      [daily, 'gas-hdd-only'],
      [daily, 'gas-intercept-only'],
      [billing, 'electricity-cdd-hdd/billing_monthly'],
      [billing, 'gas-hdd-only/billing_monthly'],
      [billing, 'gas-intercept-only/billing_monthly'],
      [billing, 'gas-intercept-only/billing_bimonthly'],
    ];
    for (const [map, key] of cases) expect(Math.abs(get(map, key).savings.savingsFraction - TRUE_SAVINGS), key).toBeLessThanOrEqual(0.01);
  });

  it('cdd-only: 10 % lies within the daily estimate\'s 90 % band, and billing estimates agree with the daily one', () => {
    const d = get(daily, 'electricity-cdd-only').savings;
    const band = (d.savingsUncertainty as number) / d.baselineProjected;
    expect(Math.abs(d.savingsFraction - TRUE_SAVINGS)).toBeLessThanOrEqual(band);
    for (const freq of ['billing_monthly', 'billing_bimonthly']) {
      expect(Math.abs(get(billing, `electricity-cdd-only/${freq}`).savings.savingsFraction - d.savingsFraction)).toBeLessThanOrEqual(band);
    }
  });

  it('cdd-only: the metadata scales each year\'s cooling load to that year\'s weather, so the weather-normalised saving it implies is ~5 %, not 10 %', () => {
    // Annual loads (metadata) are totals under each year's own weather: cooling 7,500 kWh in the
    // baseline year, 6,750 in the reporting year, which had 7 % fewer CDD(65). Projecting the
    // baseline loads onto the reporting year's weather gives the avoided energy that IPMVP Option C
    // (and any weather-normalised method) measures.
    const m = meta['il-electricity-cdd-only-daily'] as (typeof meta)[string];
    const w = windows('il-electricity-cdd-only-daily', false);
    const days = loadIlTemperatures();
    const hours = (d: (typeof days)[number]): number[] => (d.hourlyTempsF ?? []).filter((t): t is number => t !== null);
    const cdd = (range: { start: string; end: string }) => days.filter((d) => inRange(d.date, range)).reduce((s, d) => s + coolingDegreeDaysFromHourly(hours(d), 65), 0);
    const hdd = (range: { start: string; end: string }) => days.filter((d) => inRange(d.date, range)).reduce((s, d) => s + heatingDegreeDaysFromHourly(hours(d), 60), 0);
    const projected = m.annual_baseline_base_load + m.annual_baseline_cooling_load * (cdd(w.reporting) / cdd(w.baseline)) + m.annual_baseline_heating_load * (hdd(w.reporting) / hdd(w.baseline));
    const weatherAdjusted = 1 - m.annual_reporting_total_load / projected;
    expect(cdd(w.reporting) / cdd(w.baseline)).toBeCloseTo(0.93, 2);
    expect(weatherAdjusted).toBeGreaterThan(0.045);
    expect(weatherAdjusted).toBeLessThan(0.055);
    const d = get(daily, 'electricity-cdd-only').savings;
    const band = (d.savingsUncertainty as number) / d.baselineProjected;
    expect(Math.abs(d.savingsFraction - weatherAdjusted)).toBeLessThanOrEqual(band);
    expect(Math.abs(d.savingsFraction - weatherAdjusted)).toBeLessThan(0.015);
  });

  it('finds the heating/cooling balance points within +/-3 degF of 60/65', () => {
    const cases: [Map<string, SavingsAnalysis>, string, number | null, number | null][] = [
      [daily, 'electricity-cdd-hdd', 60, 65],
      [daily, 'electricity-cdd-only', null, 65],
      [daily, 'gas-hdd-only', 60, null],
      [billing, 'electricity-cdd-only/billing_monthly', null, 65],
      [billing, 'gas-hdd-only/billing_monthly', 60, null],
      [billing, 'electricity-cdd-only/billing_bimonthly', null, 65],
      [billing, 'gas-hdd-only/billing_bimonthly', 60, null],
    ];
    for (const [map, key, h, c] of cases) {
      const m = get(map, key).model;
      if (h !== null) expect(Math.abs((m.heatingBalancePointF ?? Number.NaN) - h), `${key} heating`).toBeLessThanOrEqual(3);
      if (c !== null) expect(Math.abs((m.coolingBalancePointF ?? Number.NaN) - c), `${key} cooling`).toBeLessThanOrEqual(3);
    }
  });

  it('selects the right model type for the intercept-only and HDD-only series', () => {
    for (const freq of ['daily', 'billing_monthly', 'billing_bimonthly']) {
      const pick = (kind: IlKind): string => (freq === 'daily' ? get(daily, kind) : get(billing, `${kind}/${freq}`)).model.modelType;
      expect(pick('gas-intercept-only'), freq).toBe('intercept_only');
      expect(pick('gas-hdd-only'), freq).toBe('hdd_only');
      expect(pick('electricity-cdd-hdd'), freq).toBe('hdd_cdd');
      expect(pick('electricity-cdd-only'), freq).toBe('cdd_only');
    }
  });

  it('without the slope screen (CalTRACK 2.0 default) the intercept-only series gets an insignificant HDD term worth ~1 % of use', () => {
    const a = get(new Map([['x', analyseDailySavings({ ...windows('il-gas-intercept-only-daily', false), days: loadIlDaily('gas-intercept-only'), options: optionsFor('gas-intercept-only', 1) })]]), 'x');
    expect(a.model.modelType).toBe('hdd_only');
    expect(a.model.slopePValues.heating).toBeGreaterThan(0.1);
    const baselineDays = loadIlDaily('gas-intercept-only').filter((d) => inRange(d.date, windows('il-gas-intercept-only-daily', false).baseline));
    const predicted = projectCaltrackDaily(a.model, baselineDays).reduce((s, p) => s + (p.predicted ?? 0), 0);
    const heatingShare = (predicted - a.model.intercept * baselineDays.length) / predicted;
    expect(heatingShare).toBeGreaterThan(0);
    expect(heatingShare).toBeLessThan(0.02); // about 1.2 % of baseline use
  });

  it('reports fit quality and an ASHRAE G14 verdict', () => {
    const a = get(daily, 'electricity-cdd-hdd');
    expect(a.savings.metrics.cvrmse).toBeGreaterThan(0.1);
    expect(a.savings.ashrae.granularity).toBe('monthly');
    expect(a.model.ashrae.periods).toBeGreaterThanOrEqual(11);
    expect(a.savings.fsu).toBeGreaterThan(0);
    expect(a.savings.periodsUsed).toBe(365);
  });
});
