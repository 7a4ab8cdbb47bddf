/**
 * Ledger engine: payment schemes and exact tranche splitting, the payment state machine with the
 * four-eyes rule, the pure programme ledger and its invariant check, and SEPA credit transfer files.
 */
export * from './iban.js';
export * from './ledger.js';
export * from './payments.js';
export * from './sepa.js';
export { formatCents, isSepaId, toEpcText, SEPA_LIMITS } from './sepa-text.js';
export * from './tranches.js';
export * from './verify.js';
export { escapeXml } from './xml.js';
