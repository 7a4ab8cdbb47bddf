/**
 * Savings analyses of a measure (IPMVP Option C): pick the meters and the baseline and reporting
 * periods; Veta loads the series, fits the model, projects it, computes savings, FSU and CO2e, and
 * stores the result. Staff verify a result whose data are sufficient and whose model is valid;
 * dashboards count only verified savings.
 */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { ENERGY_CARRIERS, type EnergyCarrier } from '../../../../shared/contracts/impact.js';
import type { AnalysisInput } from '../../../../shared/contracts/impact-analysis.js';
import { issue } from '../errors.js';
import * as repo from '../repository/analyses.js';
import { findMetersByIds, type MeterRow } from '../repository/meters.js';
import { bills, dailyTemperaturesF, dailyTotals, type Span } from './analysis-data.js';
import { assembleResult, type FactorRow } from './analysis-result.js';
import { runBilling, runDaily, runProduction, type RunOutcome, type Windows } from './analysis-run.js';
import { getMeasure } from './measures.js';
import { actorUserId } from './scope.js';

interface Meters {
  energy: MeterRow;
  production: MeterRow | null;
  temperature: MeterRow | null;
}

async function metersFor(ctx: Ctx, organisationId: string, input: AnalysisInput): Promise<Meters> {
  const ids = [input.energyMeterId, input.productionMeterId, input.temperatureMeterId].filter((x): x is string => !!x);
  const found = new Map((await findMetersByIds(ctx.db, ids)).map((m) => [m.id, m]));
  const problems: FieldIssue[] = [];
  const pick = (path: string, id: string | null | undefined, ok: (m: MeterRow) => boolean, required: boolean): MeterRow | null => {
    const m = id ? found.get(id) : undefined;
    if ((required || id) && (!m || m.organisationId !== organisationId || !ok(m))) problems.push({ path, code: issue.analysisMeter });
    return m ?? null;
  };
  const needsTemp = input.model !== 'production' || input.options.useHdd;
  const energy = pick('energyMeterId', input.energyMeterId, (m) => (ENERGY_CARRIERS as readonly string[]).includes(m.carrier) && (input.model === 'caltrack_billing') === (m.interval === 'monthly'), true);
  const production = pick('productionMeterId', input.productionMeterId, (m) => m.carrier === 'production' && m.interval !== 'monthly', input.model === 'production');
  const temperature = pick('temperatureMeterId', input.temperatureMeterId, (m) => m.carrier === 'temperature', needsTemp);
  if (input.baseline.end <= input.baseline.start) problems.push({ path: 'baseline.end', code: issue.dateOrder });
  if (input.reporting.end <= input.reporting.start) problems.push({ path: 'reporting.end', code: issue.dateOrder });
  if (problems.length) throw invalid(problems);
  return { energy: energy as MeterRow, production, temperature };
}

async function factors(ctx: Ctx): Promise<FactorRow[]> {
  return (await repo.listEmissionFactors(ctx.db)).map((f) => ({ carrier: f.carrier, unit: f.unit, year: f.year, kgCo2ePerUnit: f.kgCo2ePerUnit, kwhPerUnit: f.kwhPerUnit, source: f.source }));
}

function hddSeries(temps: Map<string, { tempF?: number | null }>, baseC: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [date, t] of temps) if (t.tempF !== null && t.tempF !== undefined) out.set(date, Math.max(baseC - (t.tempF - 32) / 1.8, 0));
  return out;
}

/** Loads the series and runs the chosen model. */
async function run(ctx: Ctx, input: AnalysisInput, w: Windows, m: Meters): Promise<RunOutcome> {
  const carrier = m.energy.carrier as EnergyCarrier;
  const { baseline, reporting } = input;
  const span: Span = { start: baseline.start < reporting.start ? baseline.start : reporting.start, end: baseline.end > reporting.end ? baseline.end : reporting.end, timeZone: m.energy.timeZone };
  const temps = m.temperature ? await dailyTemperaturesF(ctx.db, m.temperature, span) : new Map();
  if (input.model === 'caltrack_billing') return runBilling(input, w, carrier, await bills(ctx.db, m.energy, span), temps, []);
  const energy = await dailyTotals(ctx.db, m.energy, span);
  const notes: RunOutcome['notes'] = energy.incomplete ? [{ code: 'impact.incomplete_days', severity: 'info', message: 'Days with missing intervals count as missing.', params: { days: energy.incomplete } }] : [];
  if (input.model === 'caltrack_daily') return runDaily(input, w, carrier, span, energy.totals, temps, notes);
  const production = await dailyTotals(ctx.db, m.production as MeterRow, span);
  const hdd = input.options.useHdd ? hddSeries(temps, input.options.hddBaseC) : null;
  return runProduction(input, w, carrier, { energy: energy.totals, production: production.totals, hdd }, notes);
}

export async function createAnalysis(ctx: Ctx, measureId: string, input: AnalysisInput): Promise<repo.AnalysisRow> {
  const measure = await getMeasure(ctx, measureId, 'write');
  const meters = await metersFor(ctx, measure.organisationId, input);
  const w: Windows = { measureStart: measure.startDate, measureEnd: measure.completedDate ?? measure.startDate, baseline: input.baseline, reporting: input.reporting };
  const outcome = await run(ctx, input, w, meters);
  const assembled = assembleResult(outcome, meters.energy.carrier as EnergyCarrier, meters.energy.unit, await factors(ctx));
  const id = await inTransaction(ctx, async (tx) => {
    const analysisId = await repo.insertAnalysis(tx.db, {
      measureId,
      model: input.model,
      energyMeterId: meters.energy.id,
      productionMeterId: meters.production?.id ?? null,
      temperatureMeterId: meters.temperature?.id ?? null,
      baselineStart: input.baseline.start,
      baselineEnd: input.baseline.end,
      reportingStart: input.reporting.start,
      reportingEnd: input.reporting.end,
      options: input.options,
      verifiable: assembled.verifiable,
      savingsKwh: assembled.savingsKwh,
      savingsFraction: assembled.savingsFraction,
      co2eKg: assembled.co2eKg,
      result: assembled.result,
      computedBy: actorUserId(tx),
      computedAt: tx.clock.now(),
    });
    await audit(tx, {
      action: 'impact.analysis_computed',
      entityType: 'impact_analysis',
      entityId: analysisId,
      summary: { measureId, model: input.model, baseline: input.baseline, reporting: input.reporting, savingsKwh: assembled.savingsKwh, verifiable: assembled.verifiable },
    });
    return analysisId;
  });
  return (await repo.findAnalysis(ctx.db, id)) as repo.AnalysisRow;
}

export async function getAnalysis(ctx: Ctx, id: string, action: 'read' | 'write' | 'verify' = 'read'): Promise<repo.AnalysisRow> {
  const row = await repo.findAnalysis(ctx.db, id);
  if (!row) throw notFound('analysis', id);
  await getMeasure(ctx, row.measureId, action);
  return row;
}

export async function listAnalyses(ctx: Ctx, measureId: string): Promise<repo.AnalysisRow[]> {
  await getMeasure(ctx, measureId);
  return repo.listAnalyses(ctx.db, measureId);
}

export async function verifyAnalysis(ctx: Ctx, id: string, note?: string): Promise<repo.AnalysisRow> {
  const row = await getAnalysis(ctx, id, 'verify');
  if (row.status === 'verified' || !row.verifiable) throw new AppError('impact.analysis_not_verifiable', {});
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.markVerified(tx.db, id, { verifiedBy: actorUserId(tx), verifiedAt: tx.clock.now(), note: note ?? null }))) throw new AppError('impact.analysis_not_verifiable', {});
    await audit(tx, { action: 'impact.analysis_verified', entityType: 'impact_analysis', entityId: id, summary: { measureId: row.measureId, savingsKwh: row.savingsKwh, co2eKg: row.co2eKg, note: note ?? null } });
  });
  return getAnalysis(ctx, id);
}

export async function deleteAnalysis(ctx: Ctx, id: string): Promise<void> {
  const row = await getAnalysis(ctx, id, 'write');
  if (row.status === 'verified') throw new AppError('impact.analysis_verified', {});
  await inTransaction(ctx, async (tx) => {
    await repo.deleteAnalysis(tx.db, id);
    await audit(tx, { action: 'impact.analysis_deleted', entityType: 'impact_analysis', entityId: id, summary: { measureId: row.measureId } });
  });
}
