/**
 * Turns an engine run into the stored result: the model in readable terms (balance points in
 * degC), fit quality and the ASHRAE G14 verdict, savings with their uncertainty, CO2e avoided per
 * calendar year with the factor in force that year, and the series the charts draw.
 */
import { emissionFactorInForce, fahrenheitToCelsius, type CaltrackModel, type EmissionFactor, type ProductionModel, type ProjectedPeriod } from '../../../../engines/mv/index.js';
import type { AnalysisResult } from '../../../../shared/contracts/impact-analysis.js';
import type { EnergyCarrier, MeterUnit } from '../../../../shared/contracts/impact.js';
import type { RunOutcome } from './analysis-run.js';

export interface FactorRow extends EmissionFactor {
  kwhPerUnit: number;
}

function finite(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

function caltrackSummary(m: CaltrackModel): NonNullable<AnalysisResult['model']> {
  const coefficients = [
    { name: 'intercept', estimate: m.intercept, standardError: null, pValue: null },
    ...(m.heatingBalancePointF !== null ? [{ name: 'heating', estimate: m.heatingSlope, standardError: null, pValue: finite(m.slopePValues.heating) }] : []),
    ...(m.coolingBalancePointF !== null ? [{ name: 'cooling', estimate: m.coolingSlope, standardError: null, pValue: finite(m.slopePValues.cooling) }] : []),
  ];
  return {
    description: `caltrack_${m.frequency}`,
    modelType: m.modelType,
    coefficients,
    heatingBalancePointC: m.heatingBalancePointF === null ? null : fahrenheitToCelsius(m.heatingBalancePointF),
    coolingBalancePointC: m.coolingBalancePointF === null ? null : fahrenheitToCelsius(m.coolingBalancePointF),
    fPValue: null,
    r2: m.fit.r2,
    adjR2: m.fit.adjR2,
    n: m.fit.n,
    cvrmse: m.fit.cvrmse,
    nmbe: m.fit.nmbe,
    valid: m.ashrae.pass,
  };
}

function productionSummary(m: ProductionModel): NonNullable<AnalysisResult['model']> {
  return {
    description: 'production',
    modelType: m.hddSlope === null ? 'base_production' : 'base_production_hdd',
    coefficients: m.coefficients.map((c) => ({ name: c.name, estimate: c.estimate, standardError: finite(c.standardError), pValue: finite(c.pValue) })),
    heatingBalancePointC: null,
    coolingBalancePointC: null,
    fPValue: finite(m.fPValue),
    r2: m.r2,
    adjR2: m.adjR2,
    n: m.fit.n,
    cvrmse: m.fit.cvrmse,
    nmbe: m.fit.nmbe,
    valid: m.valid && m.ashrae.pass,
  };
}

/** Savings per calendar year of the periods used, times the factor in force that year. */
export function co2eByYear(periods: readonly { key: string; savings: number }[], carrier: EnergyCarrier, unit: MeterUnit, factors: readonly FactorRow[]): NonNullable<AnalysisResult['co2e']> {
  const byYear = new Map<number, number>();
  for (const p of periods) byYear.set(Number(p.key.slice(0, 4)), (byYear.get(Number(p.key.slice(0, 4))) ?? 0) + p.savings);
  const rows = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, savings]) => {
      const f = emissionFactorInForce(factors, carrier, unit, year) as FactorRow | undefined;
      const kwh = f ? f.kwhPerUnit : unit === 'kWh' ? 1 : null;
      return { year, savings, savingsKwh: kwh === null ? null : savings * kwh, factorYear: f?.year ?? null, kgCo2ePerUnit: f?.kgCo2ePerUnit ?? null, co2eKg: f ? savings * f.kgCo2ePerUnit : null };
    });
  const totalKg = rows.length && rows.every((r) => r.co2eKg !== null) ? rows.reduce((s, r) => s + (r.co2eKg ?? 0), 0) : null;
  return { totalKg, byYear: rows };
}

function series(periods: readonly ProjectedPeriod[]): AnalysisResult['baselineSeries'] {
  return periods.map((p) => ({ t: p.key, days: p.days, predicted: finite(p.predicted), metered: finite(p.metered) }));
}

function notesAndFindings(run: RunOutcome): AnalysisResult['findings'] {
  const all = [...run.notes, ...run.findings];
  const seen = new Set<string>();
  return all
    .filter((f) => {
      const key = `${f.code}|${JSON.stringify(f.params)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((f) => ({ code: f.code, severity: f.severity, message: f.message, params: Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? String(v) : v])) }));
}

export interface Assembled {
  result: AnalysisResult;
  verifiable: boolean;
  savingsKwh: number | null;
  savingsFraction: number | null;
  co2eKg: number | null;
}

export function assembleResult(run: RunOutcome, carrier: EnergyCarrier, unit: MeterUnit, factors: readonly FactorRow[]): Assembled {
  const model = run.model ? (run.model.kind === 'caltrack' ? caltrackSummary(run.model) : productionSummary(run.model)) : null;
  const s = run.savings;
  const co2e = s ? co2eByYear(s.periods, carrier, unit, factors) : null;
  const result: AnalysisResult = {
    unit,
    carrier,
    findings: notesAndFindings(run),
    model,
    ashrae: run.model ? { pass: run.model.ashrae.pass, granularity: run.model.ashrae.granularity, cvrmse: run.model.ashrae.cvrmse, nmbe: run.model.ashrae.nmbe, periods: run.model.ashrae.periods } : null,
    savings: s
      ? { baselineProjected: s.baselineProjected, metered: s.metered, savings: s.savings, savingsFraction: s.savingsFraction, fsu: finite(s.fsu), uncertainty: finite(s.savingsUncertainty), confidence: s.confidence, periodsUsed: s.periodsUsed, periodsGiven: s.periodsGiven }
      : null,
    co2e,
    baselineSeries: series(run.baselineFit),
    reportingSeries: series(run.projection),
  };
  const savingsKwh = co2e && co2e.byYear.every((y) => y.savingsKwh !== null) ? co2e.byYear.reduce((sum, y) => sum + (y.savingsKwh ?? 0), 0) : null;
  const noErrors = result.findings.every((f) => f.severity !== 'error');
  const verifiable = run.sufficient && noErrors && model !== null && model.valid && s !== null && s.periodsUsed > 0 && savingsKwh !== null;
  return { result, verifiable, savingsKwh, savingsFraction: s ? finite(s.savingsFraction) : null, co2eKg: co2e?.totalKg ?? null };
}
