import { describe, expect, it } from 'vitest';
import { co2eByYear, type FactorRow } from './analysis-result.js';
import { productionRows } from './analysis-run.js';

const factors: FactorRow[] = [
  { carrier: 'electricity', unit: 'kWh', year: 2019, kgCo2ePerUnit: 0.19, kwhPerUnit: 1 },
  { carrier: 'electricity', unit: 'kWh', year: 2024, kgCo2ePerUnit: 0.1, kwhPerUnit: 1 },
  { carrier: 'diesel', unit: 'l', year: 2006, kgCo2ePerUnit: 2.68, kwhPerUnit: 10.03 },
];

describe('CO2e by year', () => {
  it('applies the factor in force each year and converts units to kWh', () => {
    const r = co2eByYear([{ key: '2023-12-31', savings: 10 }, { key: '2024-01-01', savings: 20 }, { key: '2024-06', savings: 5 }], 'electricity', 'kWh', factors);
    expect(r.byYear.map((y) => [y.year, y.savings, y.savingsKwh, y.factorYear, y.kgCo2ePerUnit])).toEqual([[2023, 10, 10, 2019, 0.19], [2024, 25, 25, 2024, 0.1]]);
    expect(r.byYear.map((y) => y.co2eKg)).toEqual([expect.closeTo(1.9, 12), expect.closeTo(2.5, 12)]);
    expect(r.totalKg).toBeCloseTo(4.4, 12);
    const diesel = co2eByYear([{ key: '2025-01-01', savings: 100 }], 'diesel', 'l', factors);
    expect(diesel.byYear[0]?.savingsKwh).toBeCloseTo(1003, 9);
    expect(diesel.byYear[0]?.co2eKg).toBeCloseTo(268, 9);
  });

  it('leaves CO2e (and kWh of other units) unknown without a factor', () => {
    const gas = co2eByYear([{ key: '2025-01-01', savings: 100 }], 'gas', 'm3', factors);
    expect(gas).toEqual({ totalKg: null, byYear: [{ year: 2025, savings: 100, savingsKwh: null, factorYear: null, kgCo2ePerUnit: null, co2eKg: null }] });
    expect(co2eByYear([{ key: '2018-05-01', savings: 4 }], 'electricity', 'kWh', factors).byYear[0]).toMatchObject({ savingsKwh: 4, co2eKg: null });
  });
});

describe('production model rows', () => {
  const dates = ['2024-02-27', '2024-02-28', '2024-02-29'];
  const series = { energy: new Map([['2024-02-27', 100], ['2024-02-29', 120]]), production: new Map([['2024-02-27', 10], ['2024-02-28', 12], ['2024-02-29', 14]]), hdd: null };

  it('uses days with production; a day without energy counts as skipped', () => {
    const { rows, skipped } = productionRows(dates, series, 'daily');
    expect(rows.map((r) => [r.period, r.energy, r.production])).toEqual([['2024-02-27', 100, 10], ['2024-02-28', null, 12], ['2024-02-29', 120, 14]]);
    expect(skipped).toBe(1);
  });

  it('keeps only complete calendar months', () => {
    const feb = Array.from({ length: 29 }, (_, i) => `2024-02-${String(i + 1).padStart(2, '0')}`);
    const full = { energy: new Map(feb.map((d) => [d, 10])), production: new Map(feb.map((d) => [d, 2])), hdd: new Map(feb.map((d) => [d, 1])) };
    expect(productionRows(feb, full, 'monthly').rows).toEqual([{ period: '2024-02', days: 29, energy: 290, production: 58, hdd: 29 }]);
    full.energy.delete('2024-02-10');
    expect(productionRows(feb, full, 'monthly').rows).toEqual([]);
  });
});
