/**
 * Payments: the payment schedule of each award from its call's tranches, progress and final
 * reports that make the next tranche due, the programme ledger with four-eyes approval, bank
 * exports (CSV and SEPA credit transfer) and the programme dashboard.
 */
import type { VetaModule } from '../types.js';

export const paymentsModule: VetaModule = {
  name: 'payments',
  routes() {},
};
