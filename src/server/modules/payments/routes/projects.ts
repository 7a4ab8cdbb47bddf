/** Funded projects: agreements and reports. */
import { z } from 'zod';
import { idParamsSchema, responses } from '../../../../shared/contracts/common.js';
import { agreementInputSchema, projectSchema, projectSummarySchema, projectsQuerySchema, reportDecisionSchema, signInputSchema, terminateInputSchema } from '../../../../shared/contracts/payments.js';
import type { App } from '../../../platform/http/types.js';
import { filePart, sendStored } from '../../funding/index.js';
import { createAgreement, signAgreement, terminateAgreement } from '../service/agreements.js';
import { getProject, listProjects } from '../service/projects.js';
import { decideReport, reportForDownload, uploadReport } from '../service/reports.js';

const tags = ['payments'];
const readers = ['admin', 'staff', 'finance', 'applicant', 'member'] as const;
const managers = ['admin', 'staff'] as const;
const recipients = ['applicant', 'member'] as const;

export function projectRoutes(app: App): void {
  app.get('/api/payments/projects', {
    config: { access: readers },
    schema: { tags, summary: 'Funded projects (back office: all or one programme; recipients: their own)', querystring: projectsQuerySchema, response: responses(z.array(projectSummarySchema)) },
    handler: async (req) => listProjects(req.ctx, req.query),
  });

  app.get('/api/payments/projects/:id', {
    config: { access: readers },
    schema: { tags, summary: 'One funded project (by application id): awards, agreement, schedule, payments, reports', params: idParamsSchema, response: responses(projectSchema) },
    handler: async (req) => getProject(req.ctx, req.params.id),
  });

  app.post('/api/payments/projects/:id/agreement', {
    config: { access: managers },
    schema: { tags, summary: 'Create the grant agreement of a funded project (amounts per partner are its awards)', params: idParamsSchema, body: agreementInputSchema, response: responses(projectSchema) },
    handler: async (req) => createAgreement(req.ctx, req.params.id, req.body),
  });

  app.post('/api/payments/agreements/:id/sign', {
    config: { access: managers },
    schema: { tags, summary: 'Record the signature: creates the payment schedule (signature tranche due at once)', params: idParamsSchema, body: signInputSchema, response: responses(projectSchema) },
    handler: async (req) => signAgreement(req.ctx, req.params.id, req.body),
  });

  app.post('/api/payments/agreements/:id/terminate', {
    config: { access: managers },
    schema: { tags, summary: 'Terminate a signed agreement early: its payments not yet paid are cancelled with the reason', params: idParamsSchema, body: terminateInputSchema, response: responses(projectSchema) },
    handler: async (req) => terminateAgreement(req.ctx, req.params.id, req.body),
  });

  app.post('/api/payments/projects/:id/reports', {
    config: { access: recipients },
    schema: {
      tags,
      summary: 'Upload the report of a milestone (lead organisation; multipart field `file`, PDF or office document)',
      params: idParamsSchema,
      querystring: z.object({ milestone: z.string().min(1).max(40) }),
      consumes: ['multipart/form-data'],
      response: responses(projectSchema),
    },
    handler: async (req) => {
      const part = await filePart(req);
      return uploadReport(req.ctx, req.params.id, req.query.milestone, { stream: part.file as never, filename: part.filename });
    },
  });

  app.post('/api/payments/reports/:id/decision', {
    config: { access: managers },
    schema: { tags, summary: "Accept a report (its milestone's tranche becomes due) or ask for changes", params: idParamsSchema, body: reportDecisionSchema, response: responses(projectSchema) },
    handler: async (req) => decideReport(req.ctx, req.params.id, req.body),
  });

  app.get('/api/payments/reports/:id/file', {
    config: { access: readers },
    schema: { tags, summary: "Download a report's file (its project's people and the back office)", params: idParamsSchema },
    handler: async (req, reply) => sendStored(req.ctx, reply, await reportForDownload(req.ctx, req.params.id)),
  });
}
