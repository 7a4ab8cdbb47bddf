import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates.js';
import { billingCycleOf, fitCaltrackBilling, projectCaltrackBilling, type BillingPeriod, type DailyTemperatureInput } from './billing.js';

const temps: DailyTemperatureInput[] = Array.from({ length: 800 }, (_, d) => ({ date: addDays('2022-01-01', d), tempF: 55 - 30 * Math.cos((2 * Math.PI * d) / 365) }));
const tempOf = new Map(temps.map((t) => [t.date, t.tempF as number]));

/** Exact billing use: sum over the period's days of 10 + 0.5 * HDD(60). */
function exactUsage(start: string, end: string): number {
  let s = 0;
  for (let d = 0; d < daysBetween(start, end); d++) s += 10 + 0.5 * Math.max(60 - (tempOf.get(addDays(start, d)) as number), 0);
  return s;
}

function periods(starts: string[]): BillingPeriod[] {
  return starts.slice(0, -1).map((start, i) => ({ start, end: starts[i + 1] as string, usage: exactUsage(start, starts[i + 1] as string) }));
}

const monthly = Array.from({ length: 14 }, (_, m) => `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-05`);

describe('CalTRACK billing', () => {
  it('recovers an exact model from billing periods by weighted least squares', () => {
    const model = fitCaltrackBilling(periods(monthly), temps, { carrier: 'gas' });
    expect(model.frequency).toBe('billing');
    expect(model.modelType).toBe('hdd_only');
    expect(model.heatingBalancePointF).toBe(60);
    expect(model.intercept).toBeCloseTo(10, 9);
    expect(model.heatingSlope).toBeCloseTo(0.5, 10);
    expect(model.ashrae.granularity).toBe('monthly');
    const projected = projectCaltrackBilling(model, [{ start: '2023-03-05', end: '2023-04-05', usage: 100 }], temps);
    expect(projected[0]?.predicted).toBeCloseTo(exactUsage('2023-03-05', '2023-04-05'), 8);
  });

  it('drops off-cycle and overlong periods and merges estimated reads (CalTRACK 2.2.3)', () => {
    const ps = periods(monthly);
    const e = ps[2]?.end as string;
    const odd: BillingPeriod[] = [
      ...ps.slice(0, 3),
      { start: e, end: addDays(e, 10), usage: 50 }, // off-cycle: dropped
      { start: addDays(e, 10), end: addDays(e, 50), usage: 500 }, // 40 days: too long for monthly
      { start: addDays(e, 50), end: addDays(e, 60), usage: 100, estimated: true }, // merged with the next
      { start: addDays(e, 60), end: addDays(e, 80), usage: 200 },
    ];
    const model = fitCaltrackBilling(odd, temps, { carrier: 'gas', cycle: 'monthly' });
    expect(model.findings.map((f) => f.code)).toEqual(['mv.billing_period_merged', 'mv.billing_period_too_short', 'mv.billing_period_too_long']);
    expect(model.fit.n).toBe(4); // 3 regular periods + the merged 10 + 20 day period
    expect(model.findings[0]?.params).toEqual({ start: addDays(e, 50), end: addDays(e, 80) });
  });

  it('infers monthly or bimonthly cycles from the median period length', () => {
    expect(billingCycleOf(periods(monthly))).toBe('monthly');
    expect(billingCycleOf(periods(monthly.filter((_, i) => i % 2 === 0)))).toBe('bimonthly');
  });
});
