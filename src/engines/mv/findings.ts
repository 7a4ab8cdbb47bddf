/**
 * Explained findings with stable codes. The UI translates a finding by its `code` and fills in
 * `params`; `message` is an English fallback for logs and the CLI.
 */

/** Every code the M&V engine can emit. */
export type MvFindingCode =
  | 'mv.baseline_too_short'
  | 'mv.baseline_after_measure'
  | 'mv.baseline_missing_days_exceeded'
  | 'mv.baseline_missing_days'
  | 'mv.reporting_before_measure'
  | 'mv.reporting_missing_days'
  | 'mv.reporting_empty'
  | 'mv.zero_usage_treated_missing'
  | 'mv.negative_usage'
  | 'mv.temperature_missing'
  | 'mv.billing_period_too_short'
  | 'mv.billing_period_too_long'
  | 'mv.billing_period_merged'
  | 'mv.billing_temperature_coverage'
  | 'mv.no_qualifying_heating_balance_point'
  | 'mv.no_qualifying_cooling_balance_point'
  | 'mv.ashrae_cvrmse_exceeded'
  | 'mv.ashrae_nmbe_exceeded'
  | 'mv.ashrae_too_few_periods'
  | 'mv.fsu_undefined'
  | 'mv.production_too_few_periods'
  | 'mv.production_f_test_failed'
  | 'mv.production_r2_low'
  | 'mv.production_variable_not_significant'
  | 'mv.production_no_significant_variable'
  | 'mv.production_extrapolation'
  | 'mv.reading_gap'
  | 'mv.reading_missing_value'
  | 'mv.reading_negative'
  | 'mv.reading_outlier_high'
  | 'mv.reading_duplicate'
  | 'mv.reading_duplicate_conflict';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: MvFindingCode;
  /** `error` blocks the analysis; `warning` needs review; `info` explains a choice. */
  severity: Severity;
  message: string;
  params: Record<string, string | number>;
}

/** Builds a finding. */
export function finding(code: MvFindingCode, severity: Severity, message: string, params: Record<string, string | number> = {}): Finding {
  return { code, severity, message, params };
}

/** True when none of the findings is an error. */
export function noErrors(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity !== 'error');
}

/** Raised when an analysis cannot run at all (e.g. no usable observation). */
export class MvError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MvError';
  }
}
