import { describe, expect, it } from 'vitest';
import { analyseDailySavings } from './analysis.js';
import type { DailyObservation } from './caltrack/daily.js';
import { addDays } from './dates.js';
import { projectBaseline } from './projection.js';

/** Two years of exact daily use 8 + 1.2 * CDD(68); the second year uses 12 % less. */
function twoYears(): DailyObservation[] {
  return Array.from({ length: 730 }, (_, d) => {
    const t = 55 - 28 * Math.cos((2 * Math.PI * d) / 365);
    const use = 8 + 1.2 * Math.max(t - 68, 0);
    return { date: addDays('2022-01-01', d), tempF: t, usage: d < 365 ? use : 0.88 * use };
  });
}

describe('analyseDailySavings', () => {
  it('fits, projects and computes savings end to end', () => {
    const a = analyseDailySavings({
      measureStart: '2023-01-01',
      baseline: { start: '2022-01-01', end: '2023-01-01' },
      reporting: { start: '2023-01-01', end: '2024-01-01' },
      days: twoYears(),
      options: { carrier: 'electricity' },
    });
    expect(a.sufficiency.sufficient).toBe(true);
    expect(a.model?.modelType).toBe('cdd_only');
    expect(a.model?.coolingBalancePointF).toBe(68);
    expect(a.savings?.savingsFraction).toBeCloseTo(0.12, 10);
    expect(a.savings?.periodsUsed).toBe(365);
    expect(a.savings?.ashrae.pass).toBe(true);
    if (!a.model) throw new Error('no model');
    expect(projectBaseline(a.model, twoYears().slice(365))).toEqual(a.projection);
  });

  it('does not fit when the data are insufficient, and says why', () => {
    const a = analyseDailySavings({
      measureStart: '2022-06-01',
      baseline: { start: '2022-01-01', end: '2022-06-01' },
      reporting: { start: '2022-06-01', end: '2023-06-01' },
      days: twoYears(),
      options: { carrier: 'electricity' },
    });
    expect(a.model).toBeNull();
    expect(a.savings).toBeNull();
    expect(a.sufficiency.findings.map((f) => f.code)).toEqual(['mv.baseline_too_short']);
  });
});
