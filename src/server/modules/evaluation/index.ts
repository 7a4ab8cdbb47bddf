/**
 * Evaluation: the evaluator pool, conflicts of interest, affinity, the assignment of evaluators to
 * applications, individual evaluation forms, consensus reports and the ranking of a call.
 */
import type { VetaModule } from '../types.js';
import './errors.js';

export { evaluator, evaluationAssignment, consensusReport, COI_STATUSES, CONSENSUS_STATUSES } from './schema/core.js';
export { callRanking, type CallRanking } from './service/ranking.js';
export { clearedAssignment, currentEvaluator, ownAssignment } from './service/clearance.js';

export const evaluationModule: VetaModule = {
  name: 'evaluation',
  routes() {},
};
