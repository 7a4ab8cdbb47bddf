import { describe, expect, it } from 'vitest';
import { co2eAvoidedKg, emissionFactorInForce, findEmissionFactor, type EmissionFactor } from './emissions.js';

const table: EmissionFactor[] = [
  { carrier: 'electricity-es-grid', year: 2023, kgCo2ePerUnit: 0.1, unit: 'kWh' },
  { carrier: 'electricity-es-grid', year: 2024, kgCo2ePerUnit: 0.12, unit: 'kWh' },
  { carrier: 'natural-gas', year: 2024, kgCo2ePerUnit: 0.182, unit: 'kWh' },
];

describe('CO2e avoided', () => {
  it('multiplies saved energy by the factor of that carrier and year', () => {
    const f = findEmissionFactor(table, 'electricity-es-grid', 2024);
    expect(f?.kgCo2ePerUnit).toBe(0.12);
    expect(co2eAvoidedKg(10_000, 'kWh', f as EmissionFactor)).toBeCloseTo(1200, 10);
    expect(findEmissionFactor(table, 'electricity-es-grid', 2022)).toBeUndefined();
  });

  it('refuses mismatched units', () => {
    expect(() => co2eAvoidedKg(10, 'MWh', table[0] as EmissionFactor)).toThrow(RangeError);
  });

  it('applies the latest factor at or before the year, per carrier and unit', () => {
    expect(emissionFactorInForce(table, 'electricity-es-grid', 'kWh', 2024)?.kgCo2ePerUnit).toBe(0.12);
    expect(emissionFactorInForce(table, 'electricity-es-grid', 'kWh', 2023)?.kgCo2ePerUnit).toBe(0.1);
    expect(emissionFactorInForce(table, 'electricity-es-grid', 'kWh', 2031)?.year).toBe(2024);
    expect(emissionFactorInForce(table, 'electricity-es-grid', 'kWh', 2022)).toBeUndefined();
    expect(emissionFactorInForce(table, 'natural-gas', 'm3', 2024)).toBeUndefined();
  });
});
