/**
 * Energy measurement and verification (IPMVP Option C) engine: CalTRACK daily and billing
 * baselines, production-normalised baselines for industrial sites, savings with their
 * fractional savings uncertainty, ASHRAE Guideline 14 fit checks, data sufficiency, and the
 * reading-series helpers (local-day aggregation, gap and outlier flags, degree days, units).
 * Pure functions: no I/O, no clock.
 */
export { analyseBillingSavings, analyseDailySavings, type BillingSavingsInput, type DailySavingsInput, type SavingsAnalysis } from './analysis.js';
export { aggregateDaily, dailyTemperatures, groupByLocalDay, type AggregateOptions, type DailyTemperature, type DailyTotal, type IntervalReading, type LocalDayGroup } from './aggregate.js';
export { fitCaltrackBilling, projectCaltrackBilling, type BillingCycle, type BillingOptions, type BillingPeriod, type DailyTemperatureInput } from './caltrack/billing.js';
export { fitCaltrackDaily, projectCaltrackDaily, usableUsage, type DailyObservation } from './caltrack/daily.js';
export type { CaltrackOptions } from './caltrack/fit.js';
export { fitCandidateAt, type CandidateFit, type GridObservations, type ModelType } from './caltrack/grid.js';
export { predictUsagePerDay, type BaselineFit, type CaltrackModel, type Carrier } from './caltrack/model.js';
export { DEFAULT_BALANCE_POINTS, buildGrid, gridPoints, type BalancePointGrid, type PreparedObservation } from './caltrack/prepare.js';
export { addDays, daysBetween, daysInMonthOf, monthOf, type DateRange } from './dates.js';
export {
  coolingDegreeDays,
  coolingDegreeDaysFromHourly,
  heatingDegreeDays,
  heatingDegreeDaysFromHourly,
  usableTemperatures,
  type DayTemperatureF,
  type DegreeDayMethod,
} from './degree-days.js';
export { co2eAvoidedKg, emissionFactorInForce, findEmissionFactor, type EmissionFactor } from './emissions.js';
export { MvError, noErrors, type Finding, type MvFindingCode, type Severity } from './findings.js';
export { ASHRAE_G14_THRESHOLDS, ashraeG14, fitMetrics, lag1Autocorrelation, monthlyTotals, type AshraeGranularity, type AshraeResult, type FitMetrics } from './metrics.js';
export { fitProductionModel, projectProduction, type CoefficientReport, type ProductionModel, type ProductionOptions, type ProductionRow } from './production.js';
export { projectBaseline, type BillingReportingInput, type ProjectedPeriod } from './projection.js';
export { assessReadings, detectGaps, detectHighOutliers, type QualityOptions, type QualityReport, type ReadingFlag, type ReadingGap } from './quality.js';
export { computeSavings, savingsUncertainty, type SavingsModel, type SavingsOptions, type SavingsReport } from './savings.js';
export { checkSufficiency, type SufficiencyInput, type SufficiencyResult } from './sufficiency.js';
export { instantsOfWallTime, localDate, localDayHours, startOfLocalDay, zoneOffsetMs } from './time-zone.js';
export { celsiusDeltaToFahrenheit, celsiusSeriesToFahrenheit, celsiusToFahrenheit, fahrenheitDeltaToCelsius, fahrenheitToCelsius } from './units.js';
