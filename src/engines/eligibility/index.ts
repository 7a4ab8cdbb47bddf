/** Eligibility of applications to cascade-funding and voucher calls. */
export { checkEligibility } from './evaluate.js';
export { DEFAULT_PER_RECIPIENT_CAP_CENTS, priorTotals } from './funding-rules.js';
export { naceDigits } from './partner-rules.js';
export { structuralIssues, validateCallRules } from './validate.js';
export * from './types.js';
