/** Criticality: the assessment of every material, one material's formulas, what-ifs and scenarios. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  assessmentSchema,
  eiReportRowSchema,
  materialAssessmentSchema,
  scenarioInputSchema,
  scenarioSchema,
  scenarioWithResultSchema,
  whatIfResultSchema,
  whatIfSchema,
} from '../../../../shared/contracts/materials-analysis.js';
import { optionalDatasetQuerySchema } from '../../../../shared/contracts/materials-chain.js';
import type { App } from '../../../platform/http/types.js';
import { CLUSTER_ROLES } from '../policy.js';
import { assessmentOverview, eiReport, materialAssessment } from '../service/assessment.js';
import { createScenario, deleteScenario, getScenario, listScenarios, updateScenario, whatIf } from '../service/scenarios.js';

const tags = ['materials: criticality'];

export function assessmentRoutes(app: App): void {
  app.get('/api/materials/assessment', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'SR and EI of every material (computed where the inputs are there, published beside), and the check against the Act', querystring: optionalDatasetQuerySchema, response: responses(assessmentSchema) },
    handler: async (req) => assessmentOverview(req.ctx, req.query.datasetId),
  });

  app.get('/api/materials/assessment/ei-report', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'EI recomputed from end uses and value added, and the SI_EI the published EI implies', querystring: optionalDatasetQuerySchema, response: responses(z.array(eiReportRowSchema)) },
    handler: async (req) => eiReport(req.ctx, req.query.datasetId),
  });

  app.get('/api/materials/assessment/:id', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: "One material's SR and EI with formulas, inputs, shares, end uses and history", params: z.object({ id: z.string().min(1).max(60) }), querystring: optionalDatasetQuerySchema, response: responses(materialAssessmentSchema) },
    handler: async (req) => materialAssessment(req.ctx, req.query.datasetId, req.params.id),
  });

  app.post('/api/materials/what-if', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'SR and EI before and after a list of changes, for every material they touch', body: whatIfSchema, response: responses(whatIfResultSchema) },
    handler: async (req) => whatIf(req.ctx, req.body),
  });

  app.get('/api/materials/scenarios', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Saved scenarios the caller may see', querystring: optionalDatasetQuerySchema, response: responses(z.array(scenarioSchema)) },
    handler: async (req) => listScenarios(req.ctx, req.query.datasetId),
  });

  app.post('/api/materials/scenarios', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Save a named scenario', body: scenarioInputSchema, response: responses(scenarioWithResultSchema) },
    handler: async (req) => createScenario(req.ctx, req.body),
  });

  app.get('/api/materials/scenarios/:id', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'A scenario and its result', params: idParamsSchema, response: responses(scenarioWithResultSchema) },
    handler: async (req) => getScenario(req.ctx, req.params.id),
  });

  app.patch('/api/materials/scenarios/:id', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Change a scenario (its author, or an administrator)', params: idParamsSchema, body: scenarioInputSchema.omit({ datasetId: true }).partial(), response: responses(scenarioWithResultSchema) },
    handler: async (req) => updateScenario(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/materials/scenarios/:id', {
    config: { access: CLUSTER_ROLES },
    schema: { tags, summary: 'Delete a scenario (its author, or an administrator)', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteScenario(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });
}
