import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { seededRandom } from '../testing/reference.js';
import { fitCaltrackDaily, projectCaltrackDaily, type DailyObservation } from './daily.js';

/** A year of days with a seasonal temperature cycle and a daily swing (hourly readings). */
function weatherYear(seed: number, days = 365): { date: string; hourly: number[] }[] {
  const random = seededRandom(seed);
  return Array.from({ length: days }, (_, d) => {
    const mean = 55 - 30 * Math.cos((2 * Math.PI * d) / 365) + 8 * (random() - 0.5);
    return { date: addDays('2021-01-01', d), hourly: Array.from({ length: 24 }, (_, h) => mean + 9 * Math.sin((2 * Math.PI * (h - 9)) / 24)) };
  });
}

function exactDays(mu: number, bh: number, th: number, bc: number, tc: number, seed = 1): DailyObservation[] {
  return weatherYear(seed).map(({ date, hourly }) => {
    const t = hourly.reduce((s, v) => s + v, 0) / hourly.length;
    return { date, tempF: t, usage: mu + bh * Math.max(th - t, 0) + bc * Math.max(t - tc, 0) };
  });
}

describe('fitCaltrackDaily', () => {
  it('recovers an exact HDD+CDD model, balance points included', () => {
    const model = fitCaltrackDaily(exactDays(12, 0.8, 55, 1.5, 70), { carrier: 'electricity' });
    expect(model.modelType).toBe('hdd_cdd');
    expect(model.heatingBalancePointF).toBe(55);
    expect(model.coolingBalancePointF).toBe(70);
    expect(model.intercept).toBeCloseTo(12, 9);
    expect(model.heatingSlope).toBeCloseTo(0.8, 10);
    expect(model.coolingSlope).toBeCloseTo(1.5, 10);
    expect(model.fit.r2).toBeCloseTo(1, 12);
    expect(model.fit.n).toBe(365);
    expect(model.candidatesEvaluated).toBeGreaterThan(1000);
  });

  it('never offers CDD models for gas, and treats only electricity zeros as missing', () => {
    const days = exactDays(12, 0.8, 55, 1.5, 70);
    const gas = fitCaltrackDaily(days, { carrier: 'gas' });
    expect(['intercept_only', 'hdd_only']).toContain(gas.modelType);
    const withZeros = days.map((d, i) => (i % 10 === 0 ? { ...d, usage: 0 } : d));
    expect(fitCaltrackDaily(withZeros, { carrier: 'electricity' }).fit.n).toBe(365 - 37);
    expect(fitCaltrackDaily(withZeros, { carrier: 'gas' }).fit.n).toBe(365);
    const zeroFinding = fitCaltrackDaily(withZeros, { carrier: 'electricity' }).findings.find((f) => f.code === 'mv.zero_usage_treated_missing');
    expect(zeroFinding?.params.days).toBe(37);
  });

  it('falls back to intercept-only on weather-independent use', () => {
    const days = exactDays(20, 0, 55, 0, 70).map((d, i) => ({ ...d, usage: 20 + (i % 2 === 0 ? 1 : -1) }));
    const model = fitCaltrackDaily(days, { carrier: 'electricity', maxSlopePValue: 0.1 });
    expect(model.modelType).toBe('intercept_only');
    expect(model.intercept).toBeCloseTo(20 + 1 / 365, 12);
    expect(model.fit.adjR2).toBe(0);
  });

  it('projects over reporting days, masking days without use or temperature', () => {
    const model = fitCaltrackDaily(exactDays(12, 0.8, 55, 1.5, 70), { carrier: 'electricity' });
    const reporting: DailyObservation[] = [
      { date: '2022-01-01', tempF: 40, usage: 20 },
      { date: '2022-01-02', tempF: null, usage: 20 },
      { date: '2022-07-01', tempF: 80, usage: null },
    ];
    const p = projectCaltrackDaily(model, reporting);
    expect(p[0]?.predicted).toBeCloseTo(12 + 0.8 * 15, 9);
    expect(p[1]?.predicted).toBeNull();
    expect(p[2]?.predicted).toBeCloseTo(12 + 1.5 * 10, 9);
    expect(p[2]?.metered).toBeNull();
  });

  it('is equivariant: scaling use scales coefficients, shifting it moves only the intercept', () => {
    const days = exactDays(12, 0.8, 55, 1.5, 70).map((d, i) => ({ ...d, usage: (d.usage as number) * (1 + 0.2 * Math.sin(i * 7.3)) }));
    const ref = fitCaltrackDaily(days, { carrier: 'electricity' });
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (k, c) => {
        const scaled = fitCaltrackDaily(days.map((d) => ({ ...d, usage: (d.usage as number) * k + c })), { carrier: 'electricity' });
        expect(scaled.modelType).toBe(ref.modelType);
        expect(scaled.heatingBalancePointF).toBe(ref.heatingBalancePointF);
        expect(scaled.coolingBalancePointF).toBe(ref.coolingBalancePointF);
        expect(scaled.heatingSlope / k).toBeCloseTo(ref.heatingSlope, 8);
        expect(scaled.coolingSlope / k).toBeCloseTo(ref.coolingSlope, 8);
        expect((scaled.intercept - c) / k).toBeCloseTo(ref.intercept, 7);
      }),
      { numRuns: 15 },
    );
  });
});
