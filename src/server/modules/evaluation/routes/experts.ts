/** The evaluator pool (staff) and the expert's own profile and terms. */
import { z } from 'zod';
import { idParamsSchema, responses } from '../../../../shared/contracts/common.js';
import { expertImportReportSchema, expertInputSchema, expertPatchSchema, expertSchema, ownProfilePatchSchema } from '../../../../shared/contracts/evaluation-pool.js';
import { AppError } from '../../../platform/http/errors.js';
import type { App } from '../../../platform/http/types.js';
import { importExperts, MAX_IMPORT_BYTES } from '../service/experts-import.js';
import { acceptTerms, createExpert, getExpert, listExperts, myProfile, updateExpert, updateMyProfile } from '../service/experts.js';

const tags = ['evaluation'];
const managers = ['admin', 'staff'] as const;
const evaluators = ['evaluator'] as const;

export function expertRoutes(app: App): void {
  app.get('/api/evaluation/experts', {
    config: { access: managers },
    schema: { tags, summary: 'The evaluator pool, optionally searched by name, e-mail, organisation, topic or keyword', querystring: z.object({ q: z.string().max(100).optional() }), response: responses(z.array(expertSchema)) },
    handler: async (req) => listExperts(req.ctx, req.query.q),
  });

  app.post('/api/evaluation/experts', {
    config: { access: managers },
    schema: { tags, summary: 'Invite an expert (role evaluator; the mailed link sets the password) with their profile', body: expertInputSchema, response: responses(expertSchema) },
    handler: async (req) => createExpert(req.ctx, req.body),
  });

  app.post('/api/evaluation/experts/import', {
    config: { access: managers },
    schema: { tags, summary: 'Import experts from a CSV file (multipart field `file`): all rows or none, with a report row by row', consumes: ['multipart/form-data'], response: responses(expertImportReportSchema) },
    handler: async (req) => {
      if (!req.isMultipart()) throw new AppError('payload.unsupported_type', {});
      const part = await req.file({ limits: { fileSize: MAX_IMPORT_BYTES } });
      if (!part) throw new AppError('validation.failed', { count: 1 }, { issues: [{ path: 'file', code: 'validation:required' }] });
      const buffer = await part.toBuffer();
      return importExperts(req.ctx, buffer);
    },
  });

  app.get('/api/evaluation/experts/:id', {
    config: { access: managers },
    schema: { tags, summary: 'One expert of the pool', params: idParamsSchema, response: responses(expertSchema) },
    handler: async (req) => getExpert(req.ctx, req.params.id),
  });

  app.patch('/api/evaluation/experts/:id', {
    config: { access: managers },
    schema: { tags, summary: "Change an expert's profile", params: idParamsSchema, body: expertPatchSchema, response: responses(expertSchema) },
    handler: async (req) => updateExpert(req.ctx, req.params.id, req.body),
  });

  app.get('/api/evaluation/me', {
    config: { access: evaluators },
    schema: { tags, summary: "The signed-in expert's profile", response: responses(expertSchema) },
    handler: async (req) => myProfile(req.ctx),
  });

  app.patch('/api/evaluation/me', {
    config: { access: evaluators },
    schema: { tags, summary: 'Change own keywords, languages and relations', body: ownProfilePatchSchema, response: responses(expertSchema) },
    handler: async (req) => updateMyProfile(req.ctx, req.body),
  });

  app.post('/api/evaluation/me/terms', {
    config: { access: evaluators },
    schema: { tags, summary: 'Accept the confidentiality terms (before any assignment is shown)', response: responses(expertSchema) },
    handler: async (req) => acceptTerms(req.ctx),
  });
}
