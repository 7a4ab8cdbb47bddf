/**
 * Awards: selection within budget, envelopes, caps and de minimis; the frozen decision record;
 * award letters; grant agreements; and the public results of each call.
 */
import type { VetaModule } from '../types.js';

export { selectionDecision, decisionOutcome, award, grantAgreement, AWARD_STATUSES, AGREEMENT_STATUSES, DECISION_OUTCOMES } from './schema/core.js';

export const awardsModule: VetaModule = {
  name: 'awards',
  routes() {},
};
