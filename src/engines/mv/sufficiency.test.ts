import { describe, expect, it } from 'vitest';
import type { DailyObservation } from './caltrack/daily.js';
import { addDays } from './dates.js';
import { checkSufficiency } from './sufficiency.js';

function days(start: string, count: number, missingEvery = 0): DailyObservation[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(start, i), tempF: 50, usage: missingEvery && i % missingEvery === 0 ? null : 10 }));
}

const windows = { measureStart: '2024-01-01', baseline: { start: '2023-01-01', end: '2024-01-01' }, reporting: { start: '2024-02-01', end: '2025-02-01' }, carrier: 'electricity' as const };

describe('checkSufficiency', () => {
  it('accepts a full 365-day baseline before the measure', () => {
    const r = checkSufficiency({ ...windows, days: [...days('2023-01-01', 365), ...days('2024-02-01', 366)] });
    expect(r).toEqual({ sufficient: true, findings: [] });
  });

  it('explains a short baseline, a baseline overlapping the measure and an early reporting period', () => {
    const r = checkSufficiency({ measureStart: '2023-10-01', measureEnd: '2023-10-15', baseline: { start: '2023-01-01', end: '2023-11-01' }, reporting: { start: '2023-10-10', end: '2024-10-10' }, carrier: 'gas' });
    expect(r.sufficient).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['mv.baseline_after_measure', 'mv.baseline_too_short', 'mv.reporting_before_measure']);
    expect(r.findings[1]?.params).toEqual({ days: 304, minimum: 365 });
  });

  it('allows 37 missing baseline days of 365 but not 38 (CalTRACK 2.2.1.2)', () => {
    const withGap = (missing: number) => [...days('2023-01-01', 365).map((d, i) => (i < missing ? { ...d, tempF: null } : d)), ...days('2024-02-01', 366)];
    expect(checkSufficiency({ ...windows, days: withGap(37) }).findings.map((f) => [f.code, f.severity])).toEqual([['mv.baseline_missing_days', 'info']]);
    const r = checkSufficiency({ ...windows, days: withGap(38) });
    expect(r.sufficient).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'mv.baseline_missing_days_exceeded', params: { missingDays: 38, allowed: 37 } });
  });

  it('counts zero electricity readings as missing, and covered days of billing periods', () => {
    const zeros = days('2023-01-01', 365).map((d, i) => (i % 9 === 0 ? { ...d, usage: 0 } : d));
    expect(checkSufficiency({ ...windows, days: zeros }).sufficient).toBe(false);
    expect(checkSufficiency({ ...windows, carrier: 'gas', days: zeros }).sufficient).toBe(true);
    const periods = Array.from({ length: 12 }, (_, m) => ({ start: `2023-${String(m + 1).padStart(2, '0')}-01`, end: m === 11 ? '2024-01-01' : `2023-${String(m + 2).padStart(2, '0')}-01`, usage: m === 6 ? null : 300 }));
    const r = checkSufficiency({ ...windows, periods });
    expect(r.findings[0]).toMatchObject({ code: 'mv.baseline_missing_days', params: { missingDays: 31 } });
  });
});
