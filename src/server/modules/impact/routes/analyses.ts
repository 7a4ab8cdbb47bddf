/** Savings analyses, the emission-factor table and the dashboards. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import { analysisInputSchema, analysisSchema, analysisSummarySchema, dashboardQuerySchema, impactDashboardSchema, verifyAnalysisSchema } from '../../../../shared/contracts/impact-analysis.js';
import { emissionFactorInputSchema, emissionFactorSchema } from '../../../../shared/contracts/impact.js';
import type { App } from '../../../platform/http/types.js';
import { presentAnalysis, presentAnalysisSummary, presentFactor } from '../presenters.js';
import { createAnalysis, deleteAnalysis, getAnalysis, listAnalyses, verifyAnalysis } from '../service/analyses.js';
import { dashboard } from '../service/dashboard.js';
import { createEmissionFactor, deleteEmissionFactor, listEmissionFactors, updateEmissionFactor } from '../service/emission-factors.js';
import { recorders, tags } from './measures.js';

const cluster = ['admin', 'staff', 'finance', 'member'] as const;
const maintainers = ['admin', 'staff'] as const;

export function analysisRoutes(app: App): void {
  app.get('/api/impact/measures/:id/analyses', {
    config: { access: recorders },
    schema: { tags, summary: 'Savings analyses of a measure, newest first (without series)', params: idParamsSchema, response: responses(z.array(analysisSummarySchema)) },
    handler: async (req) => (await listAnalyses(req.ctx, req.params.id)).map(presentAnalysisSummary),
  });

  app.post('/api/impact/measures/:id/analyses', {
    config: { access: recorders },
    schema: {
      tags,
      summary: 'Fit a baseline (CalTRACK daily/billing or production-normalised), project it over the reporting period and compute savings, FSU and CO2e',
      params: idParamsSchema,
      body: analysisInputSchema,
      response: responses(analysisSchema),
    },
    handler: async (req) => presentAnalysis(await createAnalysis(req.ctx, req.params.id, req.body)),
  });

  app.get('/api/impact/analyses/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'One analysis with its model, fit quality, savings and series', params: idParamsSchema, response: responses(analysisSchema) },
    handler: async (req) => presentAnalysis(await getAnalysis(req.ctx, req.params.id)),
  });

  app.post('/api/impact/analyses/:id/verify', {
    config: { access: ['admin', 'staff'] },
    schema: { tags, summary: 'Verify the savings of a sufficient, valid analysis (staff)', params: idParamsSchema, body: verifyAnalysisSchema, response: responses(analysisSchema) },
    handler: async (req) => presentAnalysis(await verifyAnalysis(req.ctx, req.params.id, req.body.note)),
  });

  app.delete('/api/impact/analyses/:id', {
    config: { access: recorders },
    schema: { tags, summary: 'Remove an analysis that is not verified', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteAnalysis(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  app.get('/api/impact/emission-factors', {
    config: { access: cluster },
    schema: { tags, summary: 'Emission factors by carrier, unit and year, with their sources', response: responses(z.array(emissionFactorSchema)) },
    handler: async (req) => (await listEmissionFactors(req.ctx)).map(presentFactor),
  });

  app.post('/api/impact/emission-factors', {
    config: { access: maintainers },
    schema: { tags, summary: 'Add a factor (in force from its year)', body: emissionFactorInputSchema, response: responses(emissionFactorSchema) },
    handler: async (req) => presentFactor(await createEmissionFactor(req.ctx, req.body)),
  });

  app.put('/api/impact/emission-factors/:id', {
    config: { access: maintainers },
    schema: { tags, summary: 'Correct a factor', params: idParamsSchema, body: emissionFactorInputSchema, response: responses(emissionFactorSchema) },
    handler: async (req) => presentFactor(await updateEmissionFactor(req.ctx, req.params.id, req.body)),
  });

  app.delete('/api/impact/emission-factors/:id', {
    config: { access: maintainers },
    schema: { tags, summary: 'Remove a factor', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteEmissionFactor(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  app.get('/api/impact/dashboard', {
    config: { access: cluster },
    schema: {
      tags,
      summary: 'Verified savings and CO2e avoided: totals and by category, region, year, carrier and award (cluster-wide, or one organisation)',
      querystring: dashboardQuerySchema,
      response: responses(impactDashboardSchema),
    },
    handler: async (req) => dashboard(req.ctx, req.query),
  });
}
