/**
 * Payments: the grant agreement and payment schedule of each funded project, progress and final
 * reports that make the next tranche due, the programme ledger with four-eyes approval, bank
 * exports (CSV and SEPA credit transfer) and the programme dashboard.
 */
import type { VetaModule } from '../types.js';
import { accountRoutes } from './routes/accounts.js';
import { ledgerRoutes } from './routes/ledger.js';
import { projectRoutes } from './routes/projects.js';
import './errors.js';

export { payment, projectReport, payeeAccount, programmeAccount } from './schema.js';
export { createAgreement, signAgreement } from './service/agreements.js';
export { uploadReport, decideReport } from './service/reports.js';
export { approvePayment, payPayment, cancelPayment, returnPayment } from './service/ledger.js';
export { setMyAccount, verifyAccount, setPayerAccount } from './service/accounts.js';
export { verifyLedgers, type LedgerCheck } from './service/verify.js';
export { exportApproved } from './service/export.js';

export const paymentsModule: VetaModule = {
  name: 'payments',
  routes(app) {
    projectRoutes(app);
    ledgerRoutes(app);
    accountRoutes(app);
  },
};
