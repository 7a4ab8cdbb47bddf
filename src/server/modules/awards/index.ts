/**
 * Awards: selection within budget, envelopes, caps and de minimis; the frozen decision record;
 * award letters; and the public results of each call.
 */
import type { VetaModule } from '../types.js';
import { awardsRoutes } from './routes.js';
import './errors.js';

export { selectionDecision, decisionOutcome, award, grantAgreement, AWARD_STATUSES, AGREEMENT_STATUSES, DECISION_OUTCOMES } from './schema/core.js';
export { awardLetter } from './schema/letters.js';
export { awardChange } from './schema/changes.js';
export { getSelection, previewSelection, freezeDecision } from './service/selection.js';
export { sendLetters } from './service/letters.js';
export { declineAward } from './service/declines.js';
export { verifyDecisions, type DecisionProblem } from './service/verify.js';
export { publicResults } from './service/results.js';

export const awardsModule: VetaModule = {
  name: 'awards',
  routes(app) {
    awardsRoutes(app);
  },
};
