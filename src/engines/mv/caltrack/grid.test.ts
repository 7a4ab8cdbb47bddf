/**
 * Exactness of the CalTRACK fit: for every balance point (pair) of the exhaustive 1 degF grid, the
 * engine's closed-form kernel must equal an independent least-squares solution computed here from
 * the raw temperatures, and the selected model must be the grid's best qualifying candidate.
 */
import { describe, expect, it } from 'vitest';
import { inRange } from '../dates.js';
import { referenceLeastSquares } from '../testing/reference.js';
import { loadIlBilling, loadIlDaily, loadIlTemperatures } from '../testing/opendsm-samples.js';
import { fitCaltrackDaily } from './daily.js';
import { fitCandidateAt, type ModelType } from './grid.js';
import { buildGrid, gridPoints, type PreparedObservation } from './prepare.js';

const BPS = gridPoints({ min: 30, max: 90, step: 1 });
const BASELINE = { start: '2015-12-26', end: '2016-12-26' };

/** Independent degree days: mean over the day's readings of max(bp - T, 0) or max(T - bp, 0). */
function dd(temps: readonly number[], bp: number, heating: boolean): number {
  return temps.reduce((s, t) => s + Math.max(heating ? bp - t : t - bp, 0), 0) / temps.length;
}

interface RefCandidate {
  type: ModelType;
  h: number | null;
  c: number | null;
  b: number[];
  ssr: number;
  adjR2: number;
}

function referenceCandidates(y: number[], dayTemps: number[][], qualifiedH: number[], qualifiedC: number[]): RefCandidate[] {
  const n = y.length;
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const sst = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  const hCol = (bp: number): number[] => dayTemps.map((t) => dd(t, bp, true));
  const cCol = (bp: number): number[] => dayTemps.map((t) => dd(t, bp, false));
  const make = (type: ModelType, h: number | null, c: number | null, cols: number[][]): RefCandidate => {
    const { b, ssr } = referenceLeastSquares(y, cols);
    return { type, h, c, b, ssr, adjR2: 1 - ssr / (n - b.length) / (sst / (n - 1)) };
  };
  const out: RefCandidate[] = [];
  for (const h of qualifiedH) out.push(make('hdd_only', h, null, [hCol(h)]));
  for (const c of qualifiedC) out.push(make('cdd_only', null, c, [cCol(c)]));
  for (const h of qualifiedH) for (const c of qualifiedC) if (c >= h) out.push(make('hdd_cdd', h, c, [hCol(h), cCol(c)]));
  return out;
}

/** The CalTRACK degree-day rules, written out independently (daily data, 365 days). */
function qualifiedPoints(dayTemps: number[][], heating: boolean): number[] {
  const perYear = 365 / dayTemps.length;
  return BPS.filter((bp) => {
    const values = dayTemps.map((t) => dd(t, bp, heating));
    return values.filter((v) => v > 0).length * perYear >= 10 && values.reduce((s, v) => s + v, 0) * perYear >= 20;
  });
}

function ilBaseline(kind: 'electricity-cdd-hdd' | 'gas-hdd-only', hourly: boolean): { y: number[]; dayTemps: number[][] } {
  const days = loadIlDaily(kind).filter((d) => inRange(d.date, BASELINE) && d.usage !== null && d.usage !== 0);
  return { y: days.map((d) => d.usage as number), dayTemps: days.map((d) => (hourly ? [...(d.hourlyTempsF ?? [])] as number[] : [d.tempF as number])) };
}

describe('CalTRACK daily fit against an exhaustive independent grid', () => {
  for (const [kind, hourly] of [['electricity-cdd-hdd', true], ['gas-hdd-only', false]] as const) {
    it(`equals closed-form least squares at every balance point (${kind}, ${hourly ? 'hourly' : 'daily-mean'} degree days)`, () => {
      const { y, dayTemps } = ilBaseline(kind, hourly);
      const obs: PreparedObservation[] = y.map((v, i) => ({ key: String(i), usagePerDay: v, days: 1, weight: 1, dayTemps: [dayTemps[i] as number[]] }));
      const grid = buildGrid(obs, BPS);
      const refs = referenceCandidates(y, dayTemps, qualifiedPoints(dayTemps, true), qualifiedPoints(dayTemps, false));
      expect(refs.length).toBeGreaterThan(1000);
      const sst = y.reduce((s, v) => s + (v - y.reduce((a, b) => a + b, 0) / y.length) ** 2, 0);
      for (const ref of refs) {
        const fit = fitCandidateAt(grid, ref.type, ref.h, ref.c);
        expect(fit).not.toBeNull();
        if (!fit) continue;
        const slopes = ref.type === 'hdd_cdd' ? [fit.heatingSlope, fit.coolingSlope] : ref.type === 'hdd_only' ? [fit.heatingSlope] : [fit.coolingSlope];
        [fit.intercept, ...slopes].forEach((v, i) => expect(Math.abs(v - (ref.b[i] as number))).toBeLessThan(1e-8 * (1 + Math.abs(ref.b[i] as number))));
        expect(Math.abs(fit.ssr - ref.ssr)).toBeLessThan(1e-9 * sst);
        expect(Math.abs(fit.adjR2 - ref.adjR2)).toBeLessThan(1e-10);
      }
      // Selection: the best adjusted R^2 among candidates with positive slopes and intercept >= 0.
      const best = refs.filter((r) => r.b.slice(1).every((v) => v > 0) && (r.b[0] as number) >= 0).reduce((a, r) => (r.adjR2 > a.adjR2 ? r : a));
      // Carrier 'electricity' so that all four candidate types compete, as in the reference grid.
      const model = fitCaltrackDaily(loadIlDaily(kind).filter((d) => inRange(d.date, BASELINE)), { carrier: 'electricity', degreeDayMethod: hourly ? 'hourly' : 'dailyMean' });
      expect(best.adjR2).toBeGreaterThan(0);
      expect(model.modelType).toBe(best.type);
      expect(model.heatingBalancePointF).toBe(best.h);
      expect(model.coolingBalancePointF).toBe(best.c);
      expect(model.intercept).toBeCloseTo(best.b[0] as number, 9);
      expect(model.fit.adjR2).toBeCloseTo(best.adjR2, 10);
    });
  }

  it('equals weighted least squares (weights = days) for billing periods', () => {
    const temps = new Map(loadIlTemperatures().map((t) => [t.date, t.hourlyTempsF as number[]]));
    const periods = loadIlBilling('electricity-cdd-hdd', 'billing_monthly').filter((p) => p.usage !== null);
    const obs: PreparedObservation[] = periods.map((p) => {
      const days = (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
      const dayTemps = Array.from({ length: days }, (_, d) => temps.get(new Date(Date.parse(p.start) + d * 86_400_000).toISOString().slice(0, 10)) as number[]);
      return { key: p.start, usagePerDay: (p.usage as number) / days, days, weight: days, dayTemps };
    });
    const grid = buildGrid(obs, BPS);
    const periodDd = (o: PreparedObservation, bp: number, heating: boolean): number => o.dayTemps.reduce((s, t) => s + dd(t, bp, heating), 0) / o.dayTemps.length;
    for (const [h, c] of [[45, 70], [55, 65], [60, 65], [62, 80]] as const) {
      const ref = referenceLeastSquares(obs.map((o) => o.usagePerDay), [obs.map((o) => periodDd(o, h, true)), obs.map((o) => periodDd(o, c, false))], obs.map((o) => o.weight));
      const fit = fitCandidateAt(grid, 'hdd_cdd', h, c);
      expect(fit?.intercept).toBeCloseTo(ref.b[0] as number, 8);
      expect(fit?.heatingSlope).toBeCloseTo(ref.b[1] as number, 9);
      expect(fit?.coolingSlope).toBeCloseTo(ref.b[2] as number, 9);
      expect(fit?.ssr).toBeCloseTo(ref.ssr, 6);
    }
  });
});
