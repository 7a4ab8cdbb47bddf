/**
 * Selection engine: walks the ranked list and funds proposals within the call budget, regional
 * envelopes, per-recipient caps and the de minimis ceiling; returns funded, reserve and rejected
 * lists and a trace of every decision.
 */
export { isCalendarDate } from './dates.js';
export * from './de-minimis.js';
export { candidatesFromRanking } from './from-ranking.js';
export { selectProposals } from './select.js';
export type * from './types.js';
export { isCents, validateSelectionInput } from './validate.js';
