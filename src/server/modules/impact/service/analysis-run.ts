/**
 * Runs a savings analysis on loaded series with the M&V engine: CalTRACK daily, CalTRACK billing,
 * or the production-normalised model. Returns the engine's objects; `analysis-result.ts` turns
 * them into what is stored and shown.
 */
import {
  analyseBillingSavings,
  analyseDailySavings,
  checkSufficiency,
  computeSavings,
  daysInMonthOf,
  fitProductionModel,
  monthOf,
  MvError,
  projectBaseline,
  projectProduction,
  type CaltrackModel,
  type Carrier,
  type DailyObservation,
  type DailyTemperatureInput,
  type Finding,
  type ProductionModel,
  type ProductionRow,
  type ProjectedPeriod,
  type SavingsReport,
} from '../../../../engines/mv/index.js';
import type { AnalysisInput } from '../../../../shared/contracts/impact-analysis.js';
import type { EnergyCarrier } from '../../../../shared/contracts/impact.js';
import { datesOf, type BillRow, type Span } from './analysis-data.js';

export interface RunOutcome {
  findings: Finding[];
  /** Module findings (codes `impact.*`), e.g. days left out for missing intervals. */
  notes: { code: string; severity: 'error' | 'warning' | 'info'; message: string; params: Record<string, string | number> }[];
  sufficient: boolean;
  model: CaltrackModel | ProductionModel | null;
  baselineFit: ProjectedPeriod[];
  projection: ProjectedPeriod[];
  savings: SavingsReport | null;
}

export interface Windows {
  measureStart: string;
  measureEnd: string;
  baseline: { start: string; end: string };
  reporting: { start: string; end: string };
}

export function caltrackCarrier(carrier: EnergyCarrier): Carrier {
  return carrier === 'electricity' ? 'electricity' : carrier === 'gas' ? 'gas' : 'other';
}

function caltrackOptions(input: AnalysisInput, carrier: EnergyCarrier) {
  return { carrier: caltrackCarrier(carrier), degreeDayMethod: input.options.degreeDayMethod, maxSlopePValue: input.options.requireSignificantSlopes ? 0.1 : 1 };
}

/** MvError (nothing to fit) becomes an error finding instead of a failed request. */
function guarded(fn: () => RunOutcome, base: Pick<RunOutcome, 'notes'>): RunOutcome {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof MvError)) throw err;
    const f = { code: err.code, severity: 'error' as const, message: err.message, params: {} };
    return { ...base, findings: [f as Finding], sufficient: false, model: null, baselineFit: [], projection: [], savings: null };
  }
}

export function runDaily(input: AnalysisInput, w: Windows, carrier: EnergyCarrier, span: Span, usage: Map<string, number>, temps: Map<string, DailyTemperatureInput>, notes: RunOutcome['notes']): RunOutcome {
  const days: DailyObservation[] = datesOf(span).map((date) => ({ date, usage: usage.get(date) ?? null, tempF: temps.get(date)?.tempF ?? null, hourlyTempsF: temps.get(date)?.hourlyTempsF ?? [] }));
  return guarded(() => {
    const a = analyseDailySavings({ ...w, days, options: caltrackOptions(input, carrier), confidence: input.options.confidence });
    const baselineDays = days.filter((d) => d.date >= w.baseline.start && d.date < w.baseline.end);
    return {
      notes,
      findings: [...a.sufficiency.findings, ...(a.model?.findings ?? []), ...(a.savings?.findings ?? [])],
      sufficient: a.sufficiency.sufficient,
      model: a.model,
      baselineFit: a.model ? projectBaseline(a.model, baselineDays) : [],
      projection: a.projection,
      savings: a.savings,
    };
  }, { notes });
}

export function runBilling(input: AnalysisInput, w: Windows, carrier: EnergyCarrier, periods: BillRow[], temps: Map<string, DailyTemperatureInput>, notes: RunOutcome['notes']): RunOutcome {
  const temperatures = [...temps.values()];
  return guarded(() => {
    const a = analyseBillingSavings({ ...w, periods, temperatures, options: caltrackOptions(input, carrier), confidence: input.options.confidence });
    const baselinePeriods = periods.filter((p) => p.start >= w.baseline.start && p.end <= w.baseline.end);
    return {
      notes,
      findings: [...a.sufficiency.findings, ...(a.model?.findings ?? []), ...(a.savings?.findings ?? [])],
      sufficient: a.sufficiency.sufficient,
      model: a.model,
      baselineFit: a.model ? projectBaseline(a.model, { periods: baselinePeriods, temperatures }) : [],
      projection: a.projection,
      savings: a.savings,
    };
  }, { notes });
}

export interface ProductionSeries {
  energy: Map<string, number>;
  production: Map<string, number>;
  /** Daily HDD in degC days (only with the HDD term). */
  hdd: Map<string, number> | null;
}

/** Rows of the production model: days with energy and production (and HDD), or whole months. */
export function productionRows(dates: readonly string[], s: ProductionSeries, granularity: 'daily' | 'monthly'): { rows: ProductionRow[]; skipped: number } {
  const days = dates.flatMap((date) => {
    const production = s.production.get(date);
    const hdd = s.hdd?.get(date);
    if (production === undefined || (s.hdd && hdd === undefined)) return [];
    return [{ period: date, days: 1, energy: s.energy.get(date) ?? null, production, ...(s.hdd ? { hdd } : {}) }];
  });
  const skipped = dates.length - days.filter((d) => d.energy !== null).length;
  if (granularity === 'daily') return { rows: days, skipped };
  const months = new Map<string, ProductionRow & { count: number; complete: boolean }>();
  for (const d of days) {
    const key = monthOf(d.period);
    const m = months.get(key) ?? { period: key, days: daysInMonthOf(`${key}-01`), energy: 0, production: 0, ...(s.hdd ? { hdd: 0 } : {}), count: 0, complete: true };
    m.count++;
    m.complete &&= d.energy !== null;
    m.energy = (m.energy ?? 0) + (d.energy ?? 0);
    m.production += d.production;
    if (m.hdd !== undefined) m.hdd += d.hdd ?? 0;
    months.set(key, m);
  }
  const rows = [...months.values()].filter((m) => m.complete && m.count === m.days).map(({ count: _c, complete: _k, ...row }) => row);
  return { rows, skipped };
}

export function runProduction(input: AnalysisInput, w: Windows, carrier: EnergyCarrier, series: ProductionSeries, notes: RunOutcome['notes']): RunOutcome {
  const granularity = input.options.granularity;
  const sufficiency = checkSufficiency({ ...w, carrier: caltrackCarrier(carrier) });
  const baseline = productionRows(datesOf({ ...w.baseline, timeZone: 'UTC' }), series, granularity);
  const reporting = productionRows(datesOf({ ...w.reporting, timeZone: 'UTC' }), series, granularity);
  const extra = [...notes];
  if (baseline.skipped + reporting.skipped > 0) extra.push({ code: 'impact.production_days_skipped', severity: 'info', message: 'Days without complete energy and production data were left out.', params: { days: baseline.skipped + reporting.skipped } });
  return guarded(() => {
    if (!sufficiency.sufficient) return { notes: extra, findings: sufficiency.findings, sufficient: false, model: null, baselineFit: [], projection: [], savings: null };
    const model = fitProductionModel(baseline.rows, { useHdd: series.hdd !== null, granularity });
    const projected = projectProduction(model, reporting.rows);
    const savings = computeSavings(model, projected.periods, { confidence: input.options.confidence });
    return {
      notes: extra,
      findings: [...sufficiency.findings, ...model.findings, ...projected.findings, ...savings.findings],
      sufficient: true,
      model,
      baselineFit: projectProduction(model, baseline.rows).periods,
      projection: projected.periods,
      savings,
    };
  }, { notes: extra });
}
