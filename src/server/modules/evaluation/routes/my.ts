/** The evaluator's own evaluations: list, declarations, content and files (all through the clearance gate). */
import { z } from 'zod';
import { responses } from '../../../../shared/contracts/common.js';
import { applicationParamsSchema, declarationInputSchema, evalContentSchema, myEvaluationsSchema } from '../../../../shared/contracts/evaluation-pool.js';
import type { App } from '../../../platform/http/types.js';
import { sendStored } from '../../funding/index.js';
import { applicationContent, attachmentForEvaluator, declare, myEvaluations } from '../service/home.js';

const tags = ['evaluation'];
const evaluators = ['evaluator'] as const;

export function myRoutes(app: App): void {
  app.get('/api/evaluation/my', {
    config: { access: evaluators },
    schema: { tags, summary: 'My assigned applications per call with their declaration state', response: responses(myEvaluationsSchema) },
    handler: async (req) => myEvaluations(req.ctx),
  });

  app.post('/api/evaluation/applications/:applicationId/declaration', {
    config: { access: evaluators },
    schema: {
      tags,
      summary: 'Declare no conflict of interest (opens the content) or a conflict (leaves the assignment)',
      params: applicationParamsSchema,
      body: declarationInputSchema,
      response: responses(z.object({ coiStatus: z.enum(['no_conflict', 'conflict']) }).meta({ id: 'EvalDeclaration' })),
    },
    handler: async (req) => declare(req.ctx, req.params.applicationId, req.body),
  });

  app.get('/api/evaluation/applications/:applicationId', {
    config: { access: evaluators },
    schema: { tags, summary: 'The submitted content of an assigned application declared free of conflict', params: applicationParamsSchema, response: responses(evalContentSchema) },
    handler: async (req) => applicationContent(req.ctx, req.params.applicationId),
  });

  app.get('/api/evaluation/applications/:applicationId/attachments/:attachmentId', {
    config: { access: evaluators },
    schema: { tags, summary: 'Download a file of the submitted version (same gate as the content)', params: applicationParamsSchema.extend({ attachmentId: z.uuid() }) },
    handler: async (req, reply) => sendStored(req.ctx, reply, await attachmentForEvaluator(req.ctx, req.params.applicationId, req.params.attachmentId)),
  });
}
