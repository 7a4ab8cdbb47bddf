/**
 * Data-sufficiency rules for an IPMVP Option C savings analysis, each explained by a finding with a
 * stable code: baseline of at least 365 days ending before the measure (CalTRACK 2.0 section
 * 2.2.1.1, IPMVP: at least 12 months), at most 10 % of its days missing (37 of 365, section
 * 2.2.1.2), reporting period after the measure.
 */
import type { BillingPeriod } from './caltrack/billing.js';
import { usableUsage, type DailyObservation } from './caltrack/daily.js';
import type { Carrier } from './caltrack/model.js';
import { addDays, daysBetween, inRange, type DateRange } from './dates.js';
import { usableTemperatures, type DegreeDayMethod } from './degree-days.js';
import { finding, noErrors, type Finding } from './findings.js';

export const MIN_BASELINE_DAYS = 365;
/** Baseline days that may be missing: 37 of 365 (CalTRACK), 10 % of longer baselines. */
export const MAX_MISSING_DAYS = 37;
export const MAX_MISSING_SHARE = 0.1;

export interface SufficiencyInput {
  /** First day of the measure's installation (baseline must end on or before it). */
  measureStart: string;
  /** Day the installation was complete (reporting starts on or after it; default measureStart). */
  measureEnd?: string;
  baseline: DateRange;
  reporting?: DateRange;
  carrier: Carrier;
  /** Daily data to check (usage and temperature per day). */
  days?: readonly DailyObservation[];
  degreeDayMethod?: DegreeDayMethod;
  /** Billing data to check instead of days. */
  periods?: readonly BillingPeriod[];
}

export interface SufficiencyResult {
  /** True when no finding is an error. */
  sufficient: boolean;
  findings: Finding[];
}

function windowFindings(input: SufficiencyInput): Finding[] {
  const out: Finding[] = [];
  const { baseline, reporting } = input;
  const baselineDays = daysBetween(baseline.start, baseline.end);
  if (baseline.end > input.measureStart) {
    out.push(finding('mv.baseline_after_measure', 'error', 'The baseline period must end before the measure starts.', { baselineEnd: baseline.end, measureStart: input.measureStart }));
  }
  if (baselineDays < MIN_BASELINE_DAYS) {
    out.push(finding('mv.baseline_too_short', 'error', 'The baseline period must cover at least 365 days (12 months).', { days: baselineDays, minimum: MIN_BASELINE_DAYS }));
  }
  const ready = input.measureEnd ?? input.measureStart;
  if (reporting && reporting.start < ready) {
    out.push(finding('mv.reporting_before_measure', 'error', 'The reporting period must start after the measure is installed.', { reportingStart: reporting.start, measureEnd: ready }));
  }
  return out;
}

/** Dates in `range` that have usable data, from daily observations. */
function coveredByDays(input: SufficiencyInput, range: DateRange): Set<string> {
  const method = input.degreeDayMethod ?? 'dailyMean';
  return new Set(
    (input.days ?? []).filter((d) => inRange(d.date, range) && usableUsage(d.usage, input.carrier) !== null && usableTemperatures(d, method) !== null).map((d) => d.date),
  );
}

/** Dates in `range` covered by billing periods that lie wholly inside it and have use. */
function coveredByPeriods(input: SufficiencyInput, range: DateRange): Set<string> {
  const covered = new Set<string>();
  for (const p of input.periods ?? []) {
    if (p.start < range.start || p.end > range.end || usableUsage(p.usage, input.carrier) === null) continue;
    for (let d = 0; d < daysBetween(p.start, p.end); d++) covered.add(addDays(p.start, d));
  }
  return covered;
}

function missingFindings(input: SufficiencyInput): Finding[] {
  const out: Finding[] = [];
  const covered = (range: DateRange): Set<string> => (input.periods ? coveredByPeriods(input, range) : coveredByDays(input, range));
  const baselineDays = daysBetween(input.baseline.start, input.baseline.end);
  const missing = baselineDays - covered(input.baseline).size;
  const allowed = Math.max(MAX_MISSING_DAYS, Math.floor(MAX_MISSING_SHARE * baselineDays));
  if (missing > allowed) {
    out.push(finding('mv.baseline_missing_days_exceeded', 'error', 'Too many baseline days lack use or temperature data (CalTRACK allows 37 of 365).', { missingDays: missing, allowed }));
  } else if (missing > 0) {
    out.push(finding('mv.baseline_missing_days', 'info', 'Some baseline days lack use or temperature data; they are left out.', { missingDays: missing, allowed }));
  }
  if (input.reporting) {
    const reportingMissing = daysBetween(input.reporting.start, input.reporting.end) - covered(input.reporting).size;
    if (reportingMissing > 0) out.push(finding('mv.reporting_missing_days', 'info', 'Some reporting days lack use or temperature data; they count in neither total.', { missingDays: reportingMissing }));
  }
  return out;
}

/** Checks the periods and data coverage of a savings analysis. */
export function checkSufficiency(input: SufficiencyInput): SufficiencyResult {
  const findings = [...windowFindings(input)];
  if (input.days || input.periods) findings.push(...missingFindings(input));
  return { sufficient: noErrors(findings), findings };
}
