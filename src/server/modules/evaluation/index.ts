/**
 * Evaluation: the evaluator pool, conflicts of interest, affinity, the assignment of evaluators to
 * applications, individual evaluation forms, consensus reports and the ranking of a call.
 */
import type { VetaModule } from '../types.js';
import { scoringRoutes } from './routes/scoring.js';
import { assignmentRoutes } from './routes/assignment.js';
import { expertRoutes } from './routes/experts.js';
import { myRoutes } from './routes/my.js';
import './errors.js';
import './service/runs.js';

export { evaluator, evaluationAssignment, consensusReport, COI_STATUSES, CONSENSUS_STATUSES } from './schema/core.js';
export { callRanking, type CallRanking } from './service/ranking.js';
export { clearedAssignment, currentEvaluator, ownAssignment } from './service/clearance.js';
export { evaluationForm, FORM_STATUSES } from './schema/scoring.js';
export { saveForm, submitForm, reopenForm } from './service/forms.js';
export { designateRapporteur, saveConsensus, finaliseConsensus } from './service/consensus.js';
export { rankingView } from './service/ranking-view.js';
export { createExpert, acceptTerms, listExperts } from './service/experts.js';
export { computeConflicts, addManualConflict } from './service/conflicts.js';
export { affinityMatrix, overrideAffinity } from './service/affinity.js';
export { startRun, executeRun, getRun } from './service/runs.js';
export { confirmRun, addManualAssignment, listAssignments } from './service/assignments.js';
export { declare, myEvaluations } from './service/home.js';

export const evaluationModule: VetaModule = {
  name: 'evaluation',
  routes(app) {
    scoringRoutes(app);
    expertRoutes(app);
    assignmentRoutes(app);
    myRoutes(app);
  },
};
