/** SME status per Commission Recommendation 2003/361/EC. */
export { determineSmeStatus } from './determine.js';
export { classify, classRank, SME_CEILINGS, type Ceiling } from './ceilings.js';
export { buildGroup } from './group.js';
export { applyTwoYearRule, type RawYear, type RuledYear } from './two-year.js';
export { validateSmeInput } from './validate.js';
export * from './types.js';
