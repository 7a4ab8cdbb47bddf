/** Staff's evaluation of a call: conflicts, affinity, pair rules, assignment runs and assignments. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  affinityCellSchema,
  affinityMatrixSchema,
  affinityOverrideInputSchema,
  assignmentSchema,
  callEvaluationParamsSchema as params,
  conflictSchema,
  manualAssignmentInputSchema,
  manualConflictInputSchema,
  pairRuleInputSchema,
  pairRuleSchema,
  runOptionsSchema,
  runSchema,
} from '../../../../shared/contracts/evaluation-pool.js';
import type { App } from '../../../platform/http/types.js';
import { affinityMatrix, overrideAffinity, removeAffinityOverride } from '../service/affinity.js';
import { addManualAssignment, confirmRun, listAssignments, removeAssignment } from '../service/assignments.js';
import { addManualConflict, computeConflicts, removeManualConflict } from '../service/conflicts.js';
import { listPairRules, removePairRule, setPairRule } from '../service/pair-rules.js';
import { getRun, latestRunOf, startRun } from '../service/runs.js';

const tags = ['evaluation'];
const backOffice = ['admin', 'staff', 'finance'] as const;
const managers = ['admin', 'staff'] as const;
const ok = { ok: true as const };
const base = '/api/evaluation/calls/:callId';

export function assignmentRoutes(app: App): void {
  app.get(`${base}/conflicts`, {
    config: { access: backOffice },
    schema: { tags, summary: 'Conflicts of interest of a call: automatic (with the reason), manual and declared', params, response: responses(z.array(conflictSchema)) },
    handler: async (req) => computeConflicts(req.ctx, req.params.callId),
  });
  app.post(`${base}/conflicts`, {
    config: { access: managers },
    schema: { tags, summary: 'Record a conflict of interest by hand', params, body: manualConflictInputSchema, response: responses(z.array(conflictSchema)) },
    handler: async (req) => addManualConflict(req.ctx, req.params.callId, req.body),
  });
  app.delete('/api/evaluation/conflicts/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Remove a manual conflict of interest', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => (await removeManualConflict(req.ctx, req.params.id), ok),
  });

  app.get(`${base}/affinity`, {
    config: { access: backOffice },
    schema: { tags, summary: 'Affinity of every application and expert, explained (matched topics and terms, overrides)', params, response: responses(affinityMatrixSchema) },
    handler: async (req) => affinityMatrix(req.ctx, req.params.callId),
  });
  app.post(`${base}/affinity-overrides`, {
    config: { access: managers },
    schema: { tags, summary: 'Override the affinity of a pair, with a reason', params, body: affinityOverrideInputSchema, response: responses(affinityCellSchema) },
    handler: async (req) => overrideAffinity(req.ctx, req.params.callId, req.body),
  });
  app.delete('/api/evaluation/affinity-overrides/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Remove an affinity override (the computed affinity applies again)', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => (await removeAffinityOverride(req.ctx, req.params.id), ok),
  });

  app.get(`${base}/pair-rules`, {
    config: { access: backOffice },
    schema: { tags, summary: 'Pinned and forbidden pairs of a call', params, response: responses(z.array(pairRuleSchema)) },
    handler: async (req) => listPairRules(req.ctx, req.params.callId),
  });
  app.post(`${base}/pair-rules`, {
    config: { access: managers },
    schema: { tags, summary: 'Pin or forbid a pair in the next runs', params, body: pairRuleInputSchema, response: responses(z.array(pairRuleSchema)) },
    handler: async (req) => setPairRule(req.ctx, req.params.callId, req.body),
  });
  app.delete('/api/evaluation/pair-rules/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Remove a pin or a ban', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => (await removePairRule(req.ctx, req.params.id), ok),
  });

  app.post(`${base}/runs`, {
    config: { access: managers },
    schema: { tags, summary: 'Compute an assignment proposal (queued; poll the run)', params, body: runOptionsSchema, response: responses(runSchema) },
    handler: async (req) => startRun(req.ctx, req.params.callId, req.body),
  });
  app.get(`${base}/runs/latest`, {
    config: { access: backOffice },
    schema: { tags, summary: 'The latest assignment run of a call (null when none)', params, response: responses(runSchema.nullable()) },
    handler: async (req) => latestRunOf(req.ctx, req.params.callId),
  });
  app.get('/api/evaluation/runs/:id', {
    config: { access: backOffice },
    schema: { tags, summary: 'An assignment run: state, options and proposal or diagnosis', params: idParamsSchema, response: responses(runSchema) },
    handler: async (req) => getRun(req.ctx, req.params.id),
  });
  app.post('/api/evaluation/runs/:id/confirm', {
    config: { access: managers },
    schema: { tags, summary: "Confirm a run's proposal: writes the assignments and mails the evaluators", params: idParamsSchema, response: responses(z.array(assignmentSchema)) },
    handler: async (req) => confirmRun(req.ctx, req.params.id),
  });

  app.get(`${base}/assignments`, {
    config: { access: backOffice },
    schema: { tags, summary: 'Assignments of a call with their declaration state', params, response: responses(z.array(assignmentSchema)) },
    handler: async (req) => listAssignments(req.ctx, req.params.callId),
  });
  app.post(`${base}/assignments`, {
    config: { access: managers },
    schema: { tags, summary: 'Assign an expert to an application by hand', params, body: manualAssignmentInputSchema, response: responses(z.array(assignmentSchema)) },
    handler: async (req) => addManualAssignment(req.ctx, req.params.callId, req.body),
  });
  app.delete('/api/evaluation/assignments/:id', {
    config: { access: managers },
    schema: { tags, summary: 'Remove an assignment that has no declaration yet', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => (await removeAssignment(req.ctx, req.params.id), ok),
  });
}
