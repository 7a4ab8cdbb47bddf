/** Individual forms (evaluators), reopening (staff), consensus reports and the ranking of a call. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  consensusInputSchema,
  consensusViewSchema,
  rankingViewSchema,
  rapporteurInputSchema,
  scoringFormInputSchema,
  scoringFormSchema,
  scoringMyFormSchema,
  scoringReopenSchema,
} from '../../../../shared/contracts/evaluation-scoring.js';
import type { App } from '../../../platform/http/types.js';
import { designateRapporteur, finaliseConsensus, getConsensus, saveConsensus } from '../service/consensus.js';
import { getMyForm, listMyForms, reopenForm, saveForm, submitForm } from '../service/forms.js';
import { rankingView } from '../service/ranking-view.js';
import { exportRanking } from '../service/ranking-view-export.js';

const evaluators = ['evaluator'] as const;
const backOffice = ['admin', 'staff', 'finance'] as const;
const managers = ['admin', 'staff'] as const;
/** Staff, and the designated rapporteur (checked in the service). */
const panel = ['admin', 'staff', 'finance', 'evaluator'] as const;
const writers = ['admin', 'staff', 'evaluator'] as const;
const tags = ['evaluation scoring'];

export function scoringRoutes(app: App): void {
  app.get('/api/evaluation/my/forms', {
    config: { access: evaluators },
    schema: { tags, summary: 'My cleared assignments and the state of each evaluation form', response: responses(z.array(scoringMyFormSchema)) },
    handler: async (req) => listMyForms(req.ctx),
  });

  app.get('/api/evaluation/applications/:id/form', {
    config: { access: evaluators },
    schema: { tags, summary: 'My evaluation form for an application (empty until started)', params: idParamsSchema, response: responses(scoringFormSchema) },
    handler: async (req) => getMyForm(req.ctx, req.params.id),
  });

  app.put('/api/evaluation/applications/:id/form', {
    config: { access: evaluators },
    schema: { tags, summary: 'Autosave my draft evaluation form', params: idParamsSchema, body: scoringFormInputSchema, response: responses(scoringFormSchema) },
    handler: async (req) => saveForm(req.ctx, req.params.id, req.body),
  });

  app.post('/api/evaluation/applications/:id/form/submit', {
    config: { access: evaluators },
    schema: { tags, summary: 'Submit my evaluation form (locked afterwards)', params: idParamsSchema, body: scoringFormInputSchema, response: responses(scoringFormSchema) },
    handler: async (req) => submitForm(req.ctx, req.params.id, req.body),
  });

  app.post('/api/evaluation/forms/:id/reopen', {
    config: { access: managers },
    schema: { tags, summary: 'Reopen a submitted evaluation form, with a reason', params: idParamsSchema, body: scoringReopenSchema, response: responses(okSchema) },
    handler: async (req) => {
      await reopenForm(req.ctx, req.params.id, req.body.reason);
      return { ok: true as const };
    },
  });

  app.get('/api/evaluation/applications/:id/consensus', {
    config: { access: panel },
    schema: { tags, summary: 'Consensus report of an application with the individual scores side by side', params: idParamsSchema, response: responses(consensusViewSchema) },
    handler: async (req) => getConsensus(req.ctx, req.params.id),
  });

  app.post('/api/evaluation/applications/:id/consensus/rapporteur', {
    config: { access: managers },
    schema: { tags, summary: 'Designate the rapporteur (or none: staff write the report)', params: idParamsSchema, body: rapporteurInputSchema, response: responses(consensusViewSchema) },
    handler: async (req) => designateRapporteur(req.ctx, req.params.id, req.body.evaluatorId),
  });

  app.put('/api/evaluation/applications/:id/consensus', {
    config: { access: writers },
    schema: { tags, summary: 'Save the draft consensus report', params: idParamsSchema, body: consensusInputSchema, response: responses(consensusViewSchema) },
    handler: async (req) => saveConsensus(req.ctx, req.params.id, req.body),
  });

  app.post('/api/evaluation/applications/:id/consensus/finalise', {
    config: { access: writers },
    schema: { tags, summary: 'Save and finalise the consensus report (locked afterwards)', params: idParamsSchema, body: consensusInputSchema, response: responses(consensusViewSchema) },
    handler: async (req) => finaliseConsensus(req.ctx, req.params.id, req.body),
  });

  app.get('/api/evaluation/calls/:id/ranking', {
    config: { access: backOffice },
    schema: { tags, summary: "A call's ranking, pending applications and evaluation progress", params: idParamsSchema, response: responses(rankingViewSchema) },
    handler: async (req) => rankingView(req.ctx, req.params.id),
  });

  app.get('/api/evaluation/calls/:id/ranking/export', {
    config: { access: backOffice },
    schema: { tags, summary: "Export a call's ranking as CSV or XLSX", params: idParamsSchema, querystring: z.object({ format: z.enum(['csv', 'xlsx']) }) },
    handler: async (req, reply) => {
      const { format } = req.query;
      const stream = await exportRanking(req.ctx, req.params.id, format);
      void reply.header('content-disposition', `attachment; filename="ranking-${req.ctx.clock.now().toISOString().slice(0, 10)}.${format}"`);
      return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(stream);
    },
  });
}
