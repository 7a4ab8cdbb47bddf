/**
 * Critical raw materials engine (pure): importer of the shipped EU 2023 tables, SR/EI recomputation
 * with expandable figures, classification, what-if scenarios, CRMA Art. 5 benchmarks and the
 * Battery Regulation targets. The material catalogue it maps names through is in
 * `src/shared/materials/`.
 */
export * from './dataset.js';
export type { FileIssue, IssueParam, ParseResult } from './issues.js';
export type { Figure, FigureInput, InputKind, MissingItem } from './figure.js';
export { illustrativeOf, roundOneDecimal } from './figure.js';
export { EU_MEMBER_STATES, countryLabel, isEuMember, lookupCountry, type CountryLookup } from './countries.js';
export { EU2023_FILES, EU2023_META, largestManufacturingSector, parseEu2023Dataset, type DatasetImport } from './parse-dataset.js';
export { DEFAULT_SUM_TOLERANCE, type SumTolerance } from './parse-shares.js';
export { plainHhi, weightedHhi, type HhiContext } from './hhi.js';
export { supplyRisk, supplyRiskValue, type StageSupplyRisk, type SupplyRiskResult, type SupplyRiskTerms } from './supply-risk.js';
export {
  economicImportance,
  impliedSiEiReport,
  scaleToReference,
  weightedValueAdded,
  type EconomicImportanceResult,
  type ImpliedSiEiRow,
} from './economic-importance.js';
export { classify, classifyPublished, EU_THRESHOLDS, type Classification, type PublishedClassification, type Thresholds } from './classify.js';
export { assessAll, assessMaterial, type MaterialAssessment } from './assess.js';
export { applyScenario, rescaleShares, type ChangeProblem, type ParameterName, type ScenarioChange, type ScenarioIssue, type ScenarioResult } from './scenario.js';
export {
  compareDatasets,
  runScenario,
  runScenarioValues,
  touchedMaterials,
  type MaterialSnapshot,
  type ScenarioComparison,
  type ScenarioValues,
  type StageSnapshot,
  type ValuesComparison,
} from './what-if.js';
export { datasetValues, materialsSuppliedBy, materialValues, type MaterialValues, type StageValues } from './values.js';
export { checkCrmaBenchmarks, parseCrmaBenchmarks, type BenchmarkCheck, type CapacityProfile, type CrmaBenchmark } from './crma-benchmarks.js';
export { parseBatteryTargets, type BatteryTarget, type TargetValue } from './battery-targets.js';
export { catalogueMismatches, parseCrmaMaterialList, type CrmaListItem } from './crma-lists.js';
export {
  GOVERNANCE_HEADER,
  PARAMETERS_HEADER,
  PARAMETER_COLUMNS,
  parseGovernanceCsv,
  parseParametersCsv,
  templateCsv,
  type GovernanceRow,
  type ParameterFile,
  type ParameterRow,
  type TemplateLine,
} from './parse-parameters.js';
