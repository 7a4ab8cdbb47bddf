/**
 * Production-normalised model E = base + b * tonnes (+ c * HDD).
 *
 * On the accuracy targets (b within +/-3 %, savings within +/-1 point, 10 % noise, 12-36 months):
 * with monthly rows and multiplicative noise of 10 % of E, the standard error of b is at least
 * 0.1 * mean(E) / (b * sd(tonnes) * sqrt(n)) >= 0.1 / sqrt(12) = 2.9 % even for a plant whose whole
 * use varies with production, and 12 months of metered noise alone move the savings fraction by
 * about 0.1 / sqrt(12) = 2.9 points (1 sd). Monthly plants therefore cannot meet the targets reliably;
 * the tests check instead that the model's 90 % intervals are calibrated on such plants, and check
 * the targets on daily-resolution, production-dominated plants where the data can support them.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { MvError } from './findings.js';
import { fDistributionSurvival, studentTQuantile } from './numeric/distributions.js';
import { fitProductionModel, projectProduction, type ProductionRow } from './production.js';
import { computeSavings } from './savings.js';
import { normalDraw, referenceLeastSquares, seededRandom } from './testing/reference.js';

interface Plant {
  base: number;
  b: number;
  c: number;
  savings: number;
  baseline: ProductionRow[];
  reporting: ProductionRow[];
  /** Noise-free counterfactual use over the reporting rows, times the true savings fraction. */
  trueSavings: number;
}

/** Synthetic plant with known truth; `daily` rows are days, otherwise months. */
function plant(seed: number, daily: boolean, productionShare: 'mixed' | 'dominant', noise = 0.1): Plant {
  const random = seededRandom(seed);
  const months = 12 + Math.floor(random() * 25);
  const perMonth = daily ? 30.4375 : 1;
  const cap = (daily ? 300 : 6000) * (0.7 + 0.6 * random());
  const b = 0.02 + 0.06 * random();
  const base = productionShare === 'dominant' ? 0.35 * b * cap : (b * cap) * (0.5 + random());
  const c = (productionShare === 'dominant' ? 0.05 : 0.2) * b * cap / (daily ? 10 : 300);
  const savings = 0.05 + 0.15 * random();
  let trueSavings = 0;
  const row = (i: number, reduction: number): ProductionRow => {
    const season = Math.cos((2 * Math.PI * (daily ? i / 365.25 : i / 12)));
    const hdd = Math.max(0, (daily ? 10 : 300) * (1 + season) + (daily ? 3 : 30) * normalDraw(random));
    const production = cap * (productionShare === 'dominant' ? random() : 0.5 + 0.5 * random());
    const expected = base + b * production + c * hdd;
    if (reduction > 0) trueSavings += reduction * expected;
    const period = daily ? addDays('2020-01-01', i) : `m${i}`;
    return { period, days: daily ? 1 : 30.4375, production, hdd, energy: expected * (1 - reduction) * (1 + noise * normalDraw(random)) };
  };
  const n = Math.round(months * perMonth);
  const baseline = Array.from({ length: n }, (_, i) => row(i, 0));
  const reporting = Array.from({ length: Math.round(12 * perMonth) }, (_, i) => row(n + i, savings));
  return { base, b, c, savings, baseline, reporting, trueSavings };
}

describe('fitProductionModel', () => {
  it('recovers an exact plant and reports a valid model', () => {
    const rows: ProductionRow[] = Array.from({ length: 24 }, (_, i) => {
      const production = 1000 + 137 * ((i * 7) % 11);
      const hdd = 50 + 40 * Math.cos(i / 2);
      return { period: `m${i}`, production, hdd, energy: 250 + 0.04 * production + 0.3 * hdd };
    });
    const m = fitProductionModel(rows);
    expect(m.base).toBeCloseTo(250, 8);
    expect(m.productionSlope).toBeCloseTo(0.04, 12);
    expect(m.hddSlope).toBeCloseTo(0.3, 10);
    expect(m.r2).toBeCloseTo(1, 12);
    expect(m.valid).toBe(true);
    const { periods } = projectProduction(m, [{ period: 'r1', production: 2000, hdd: 10, energy: 300 }]);
    expect(periods[0]?.predicted).toBeCloseTo(250 + 80 + 3, 8);
  });

  it('matches an independent least-squares solution, the closed-form F(2, n-3) p-value and the hand-computed slope SE', () => {
    const production = [10, 12, 9, 15, 14, 11, 13, 16, 8, 12, 10, 14];
    const hdd = [30, 25, 35, 10, 5, 20, 15, 0, 40, 22, 28, 12];
    const energy = [52, 55, 51, 58, 55, 54, 57, 60, 50, 53, 54, 57];
    const rows = production.map((p, i) => ({ period: `m${i}`, production: p, hdd: hdd[i] as number, energy: energy[i] as number }));
    const m = fitProductionModel(rows);
    const ref = referenceLeastSquares(energy, [production, hdd]);
    expect(m.base).toBeCloseTo(ref.b[0] as number, 9);
    expect(m.productionSlope).toBeCloseTo(ref.b[1] as number, 10);
    expect(m.hddSlope).toBeCloseTo(ref.b[2] as number, 10);
    const mean = energy.reduce((s, v) => s + v, 0) / 12;
    const sst = energy.reduce((s, v) => s + (v - mean) ** 2, 0);
    const f = ((sst - ref.ssr) / 2) / (ref.ssr / 9);
    expect(m.fStatistic).toBeCloseTo(f, 8);
    expect(m.fPValue).toBeCloseTo((1 + (2 * f) / 9) ** (-9 / 2), 12);
    // Without HDD: se(b) = sqrt(sigma^2 / Sxx).
    const m1 = fitProductionModel(rows, { useHdd: false });
    const pm = production.reduce((s, v) => s + v, 0) / 12;
    const sxx = production.reduce((s, v) => s + (v - pm) ** 2, 0);
    const ref1 = referenceLeastSquares(energy, [production]);
    expect(m1.coefficients[1]?.standardError).toBeCloseTo(Math.sqrt(ref1.ssr / 10 / sxx), 10);
    expect(m1.coefficients[1]?.pValue).toBeCloseTo(fDistributionSurvival((m1.coefficients[1]?.t ?? 0) ** 2, 1, 10), 12);
  });

  it('raises the validity flags on a fit with no signal (F p >= 0.10, R^2 < 0.5)', () => {
    // Energy symmetric about the mean production: slope 0, R^2 0, F 0 -> p = 1.
    const production = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const rows = production.map((p) => ({ period: `m${p}`, production: p, energy: 100 + (p - 6.5) ** 2 }));
    const m = fitProductionModel(rows);
    expect(m.r2).toBeCloseTo(0, 12);
    expect(m.fPValue).toBeCloseTo(1, 10);
    expect(m.valid).toBe(false);
    expect(m.findings.map((f) => f.code)).toEqual(['mv.production_f_test_failed', 'mv.production_r2_low', 'mv.production_variable_not_significant', 'mv.production_no_significant_variable']);
  });

  it('flags most plants whose use does not depend on production, and few that do', () => {
    let flagged = 0;
    let valid = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const random = seededRandom(seed);
      const rows = Array.from({ length: 24 }, (_, i) => ({ period: `m${i}`, production: 1000 * random(), energy: 500 * (1 + 0.1 * normalDraw(random)) }));
      if (!fitProductionModel(rows).valid) flagged++;
      if (fitProductionModel(plant(seed, false, 'dominant').baseline).valid) valid++;
    }
    expect(flagged).toBeGreaterThanOrEqual(95);
    expect(valid).toBeGreaterThanOrEqual(95);
  });

  it('has calibrated 90 % intervals for b and for the savings on monthly plants (10 % noise, 12-36 months)', () => {
    let bCovered = 0;
    let savingsCovered = 0;
    const n = 300;
    for (let seed = 1; seed <= n; seed++) {
      const p = plant(seed, false, 'mixed');
      const m = fitProductionModel(p.baseline);
      const se = m.coefficients[1]?.standardError ?? Number.NaN;
      const df = m.fit.n - m.fit.nParams;
      const t = studentTQuantile(0.95, df);
      if (Math.abs(m.productionSlope - p.b) <= t * se) bCovered++;
      const s = computeSavings(m, projectProduction(m, p.reporting).periods);
      if (Math.abs(s.savings - p.trueSavings) <= (s.savingsUncertainty ?? 0)) savingsCovered++;
    }
    // Binomial(300, 0.9): sd 1.7 points; accept 0.84-0.96 (measured: 0.897 and 0.887).
    expect(bCovered / n).toBeGreaterThanOrEqual(0.84);
    expect(bCovered / n).toBeLessThanOrEqual(0.96);
    expect(savingsCovered / n).toBeGreaterThanOrEqual(0.84);
    expect(savingsCovered / n).toBeLessThanOrEqual(0.96);
  });

  it('meets b within +/-3 % and savings within +/-1 point on daily production-dominated plants (12-36 months, 10 % noise)', () => {
    let bOk = 0;
    let savingsOk = 0;
    const n = 100;
    for (let seed = 1; seed <= n; seed++) {
      const p = plant(1000 + seed, true, 'dominant');
      const m = fitProductionModel(p.baseline, { granularity: 'daily' });
      if (Math.abs(m.productionSlope / p.b - 1) <= 0.03) bOk++;
      const s = computeSavings(m, projectProduction(m, p.reporting).periods);
      if (Math.abs(s.savingsFraction - p.savings) <= 0.01) savingsOk++;
    }
    // Measured 0.94 and 0.93; per-plant pass probabilities from the standard errors are ~0.9-1.
    expect(bOk / n).toBeGreaterThanOrEqual(0.9);
    expect(savingsOk / n).toBeGreaterThanOrEqual(0.85);
  });

  it('explains short baselines, extrapolation and a design without variation', () => {
    const p = plant(7, false, 'dominant');
    expect(fitProductionModel(p.baseline.slice(0, 11)).findings.map((f) => f.code)).toContain('mv.production_too_few_periods');
    const m = fitProductionModel(p.baseline);
    const far = p.reporting.map((r) => ({ ...r, production: r.production * 5 }));
    expect(projectProduction(m, far).findings.map((f) => f.code)).toEqual(['mv.production_extrapolation']);
    expect(projectProduction(m, p.reporting).findings).toEqual([]);
    const flat = p.baseline.map((r) => ({ ...r, production: 100 }));
    expect(() => fitProductionModel(flat, { useHdd: false })).toThrow(MvError);
  });
});
