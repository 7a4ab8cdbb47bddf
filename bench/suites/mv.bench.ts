/**
 * M&V engine benchmark: CalTRACK daily fit of one meter-year (OpenDSM IL sample, target < 100 ms),
 * 1,000 synthetic meter-years (target < 60 s), and the billing and production fits for reference.
 * Peak memory of the suite is recorded by the runner; rows also give the RSS after each step.
 */
import { performance } from 'node:perf_hooks';
import { defineSuite, round, time, type BenchRow } from '../lib/suite.js';
import { fitCaltrackBilling } from '../../src/engines/mv/caltrack/billing.js';
import { fitCaltrackDaily, type DailyObservation } from '../../src/engines/mv/caltrack/daily.js';
import type { CaltrackOptions } from '../../src/engines/mv/caltrack/fit.js';
import { addDays, inRange } from '../../src/engines/mv/dates.js';
import { fitProductionModel } from '../../src/engines/mv/production.js';
import { normalDraw, seededRandom } from '../../src/engines/mv/testing/reference.js';
import { loadIlBilling, loadIlDaily, loadIlTemperatures } from '../../src/engines/mv/testing/opendsm-samples.js';

const rssMb = (): number => Math.round(process.memoryUsage().rss / 2 ** 20);

/** Weather years shared by the synthetic meters: seasonal cycle, day-to-day noise, daily swing. */
function weatherYears(count: number): { tempF: number; hourlyTempsF: number[] }[][] {
  return Array.from({ length: count }, (_, y) => {
    const random = seededRandom(100 + y);
    return Array.from({ length: 365 }, (_, d) => {
      const mean = 52 - 26 * Math.cos((2 * Math.PI * d) / 365) + 8 * normalDraw(random);
      const hourlyTempsF = Array.from({ length: 24 }, (_, h) => mean + 8 * Math.sin((2 * Math.PI * (h - 9)) / 24) + normalDraw(random));
      return { tempF: hourlyTempsF.reduce((s, t) => s + t, 0) / 24, hourlyTempsF };
    });
  });
}

/** A synthetic meter-year: base + heating + cooling with random balance points and 15 % noise. */
function syntheticMeter(seed: number, weather: { tempF: number; hourlyTempsF: number[] }[]): DailyObservation[] {
  const random = seededRandom(seed);
  const mu = 5 + 20 * random();
  const bh = 1.5 * random();
  const bc = 2 * random();
  const th = 50 + 15 * random();
  const tc = th + 15 * random();
  return weather.map((w, d) => ({
    date: addDays('2023-01-01', d),
    tempF: w.tempF,
    hourlyTempsF: w.hourlyTempsF,
    usage: Math.max(0.1, (mu + bh * Math.max(th - w.tempF, 0) + bc * Math.max(w.tempF - tc, 0)) * (1 + 0.15 * normalDraw(random))),
  }));
}

async function singleFits(): Promise<BenchRow[]> {
  const baseline = { start: '2015-12-26', end: '2016-12-26' };
  const days = loadIlDaily('electricity-cdd-hdd').filter((d) => inRange(d.date, baseline));
  const rows: BenchRow[] = [];
  for (const method of ['hourly', 'dailyMean'] as const) {
    const opts: CaltrackOptions = { carrier: 'electricity', degreeDayMethod: method };
    const stats = await time(() => fitCaltrackDaily(days, opts), { runs: 30, warmup: 3 });
    rows.push({
      name: `CalTRACK daily fit, one meter-year (IL electricity cdd-hdd, ${method} degree days, 1 degF grid, ${fitCaltrackDaily(days, opts).candidatesEvaluated} candidates)`,
      metrics: { p50Ms: stats.p50Ms, p95Ms: stats.p95Ms, maxMs: stats.maxMs, runs: stats.runs, rssMb: rssMb() },
      target: '< 100 ms',
      pass: stats.p95Ms < 100,
    });
  }
  const periods = loadIlBilling('electricity-cdd-hdd', 'billing_monthly').filter((p) => p.end <= '2016-12-26');
  const temps = loadIlTemperatures();
  const billing = await time(() => fitCaltrackBilling(periods, temps, { carrier: 'electricity', degreeDayMethod: 'hourly' }), { runs: 30, warmup: 3 });
  rows.push({ name: 'CalTRACK billing fit, 13 monthly periods (hourly degree days)', metrics: { p50Ms: billing.p50Ms, p95Ms: billing.p95Ms, rssMb: rssMb() } });
  return rows;
}

async function thousandMeters(quick: boolean, method: 'hourly' | 'dailyMean'): Promise<BenchRow> {
  const count = quick ? 100 : 1000;
  const weather = weatherYears(10);
  const meters = Array.from({ length: count }, (_, i) => syntheticMeter(i + 1, weather[i % weather.length] ?? []));
  const opts: CaltrackOptions = { carrier: 'electricity', degreeDayMethod: method };
  fitCaltrackDaily(meters[0] ?? [], opts); // warm-up
  const t0 = performance.now();
  let hddCdd = 0;
  for (const m of meters) if (fitCaltrackDaily(m, opts).modelType === 'hdd_cdd') hddCdd++;
  const seconds = (performance.now() - t0) / 1000;
  const projected = (seconds * 1000) / count; // ms per meter = seconds per 1,000 meters
  return {
    name: `${count} synthetic meter-years, CalTRACK daily fit (${method} degree days)`,
    metrics: { seconds: round(seconds, 2), msPerMeter: round(projected, 2), hddCddModels: hddCdd, rssMb: rssMb() },
    target: '1,000 in < 60 s',
    pass: projected < 60,
  };
}

async function productionFit(): Promise<BenchRow> {
  const random = seededRandom(7);
  const rows = Array.from({ length: 36 }, (_, i) => {
    const production = 3000 + 4000 * random();
    const hdd = Math.max(0, 300 * Math.cos((2 * Math.PI * i) / 12));
    return { period: `m${i}`, production, hdd, energy: (400 + 0.05 * production + 0.3 * hdd) * (1 + 0.1 * normalDraw(random)) };
  });
  const stats = await time(() => fitProductionModel(rows), { runs: 200, warmup: 10 });
  return { name: 'Production-normalised fit, 36 months (base + b*t + c*HDD, F-test)', metrics: { p50Ms: stats.p50Ms, p95Ms: stats.p95Ms } };
}

export default defineSuite({
  name: 'mv',
  async run(ctx) {
    const rows = await singleFits();
    ctx.log('single fits done');
    rows.push(await thousandMeters(ctx.quick, 'hourly'));
    ctx.log('synthetic meters (hourly) done');
    rows.push(await thousandMeters(ctx.quick, 'dailyMean'));
    rows.push(await productionFit());
    return rows;
  },
});
