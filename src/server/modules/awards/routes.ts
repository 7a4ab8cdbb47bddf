/** Awards routes: selection and decision (back office), letters, the applicant's outcome, public results. */
import { z } from 'zod';
import {
  awardsDeclineResultSchema,
  awardsDeclineSchema,
  awardsLettersResultSchema,
  awardsOutcomeSchema,
  awardsPublicResultsSchema,
  awardsSelectionSchema,
} from '../../../shared/contracts/awards.js';
import { idParamsSchema, responses } from '../../../shared/contracts/common.js';
import type { App } from '../../platform/http/types.js';
import { declineAward } from './service/declines.js';
import { fstpReport } from './service/fstp.js';
import { sendLetters } from './service/letters.js';
import { myOutcome } from './service/outcome.js';
import { publicResults, publicResultsCsv } from './service/results.js';
import { freezeDecision, getSelection, previewSelection } from './service/selection.js';

const backOffice = ['admin', 'staff', 'finance'] as const;
const managers = ['admin', 'staff'] as const;
const applicants = ['applicant', 'member'] as const;
const tags = ['awards'];
const codeParams = z.object({ code: z.string().max(30) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function awardsRoutes(app: App): void {
  app.get('/api/awards/calls/:id/selection', {
    config: { access: backOffice },
    schema: { tags, summary: "The call's frozen decision, or else the preview of its selection (recomputed, nothing stored)", params: idParamsSchema, response: responses(awardsSelectionSchema) },
    handler: async (req) => getSelection(req.ctx, req.params.id),
  });

  app.get('/api/awards/calls/:id/preview', {
    config: { access: backOffice },
    schema: { tags, summary: 'The selection recomputed now from the final consensus reports (nothing stored)', params: idParamsSchema, response: responses(awardsSelectionSchema) },
    handler: async (req) => previewSelection(req.ctx, req.params.id),
  });

  app.post('/api/awards/calls/:id/decision', {
    config: { access: managers },
    schema: { tags, summary: 'Freeze the decision: record (hashed), outcomes, awards and commitments in one transaction', params: idParamsSchema, response: responses(awardsSelectionSchema) },
    handler: async (req) => freezeDecision(req.ctx, req.params.id),
  });

  app.post('/api/awards/calls/:id/letters', {
    config: { access: managers },
    schema: { tags, summary: 'Mail the decision letters (selected, reserve, rejected) to those not written to yet', params: idParamsSchema, response: responses(awardsLettersResultSchema) },
    handler: async (req) => sendLetters(req.ctx, req.params.id),
  });

  app.post('/api/awards/applications/:id/decline', {
    config: { access: managers },
    schema: { tags, summary: 'A selected applicant declined: cancel its awards and promote the first reserve that fits', params: idParamsSchema, body: awardsDeclineSchema, response: responses(awardsDeclineResultSchema) },
    handler: async (req) => declineAward(req.ctx, req.params.id, req.body),
  });

  app.get('/api/awards/calls/:id/fstp-report', {
    config: { access: backOffice },
    schema: { tags, summary: 'FSTP report of the call (recipients, amounts, countries, SME class) as XLSX', params: idParamsSchema },
    handler: async (req, reply) => {
      const stream = await fstpReport(req.ctx, req.params.id);
      void reply.header('content-disposition', `attachment; filename="fstp-report-${req.ctx.clock.now().toISOString().slice(0, 10)}.xlsx"`);
      return reply.type(XLSX).send(stream);
    },
  });

  app.get('/api/awards/applications/:id/outcome', {
    config: { access: applicants },
    schema: { tags, summary: 'The outcome and letter of one of my applications (after the letters)', params: idParamsSchema, response: responses(awardsOutcomeSchema) },
    handler: async (req) => myOutcome(req.ctx, req.params.id),
  });

  app.get('/api/public/calls/:code/results', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'The recipients of a decided call (published fields only)', params: codeParams, response: responses(awardsPublicResultsSchema) },
    handler: async (req) => publicResults(req.ctx, req.params.code),
  });

  app.get('/api/public/calls/:code/results.csv', {
    config: { access: 'public' },
    schema: { tags: ['public'], summary: 'The recipients of a decided call as CSV', params: codeParams },
    handler: async (req, reply) => {
      const stream = await publicResultsCsv(req.ctx, req.params.code);
      void reply.header('content-disposition', `attachment; filename="${req.params.code.toUpperCase()}-results.csv"`);
      return reply.type('text/csv; charset=utf-8').send(stream);
    },
  });
}
