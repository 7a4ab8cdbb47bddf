/** Size figures and SME status, holdings, membership and fees, the certificate. */
import { z } from 'zod';
import { idParamsSchema, okSchema, pageSchema, responses } from '../../../../shared/contracts/common.js';
import {
  feeIssueSchema,
  feeQuerySchema,
  feeSchema,
  feeUpdateSchema,
  membershipChangeSchema,
  relationInputSchema,
  smeAssessmentSchema,
  yearFiguresInputSchema,
  yearParamsSchema,
} from '../../../../shared/contracts/organisation-records.js';
import { organisationSchema } from '../../../../shared/contracts/organisations.js';
import { pickLocale } from '../../../../shared/i18n/locales.js';
import type { App } from '../../../platform/http/types.js';
import { sendFeeReminders } from '../jobs.js';
import { directoryScope } from '../policy.js';
import { presentFee, presentOrganisation } from '../presenters.js';
import * as membershipRepo from '../repository/membership.js';
import { certificateHtml } from '../service/certificate.js';
import { today } from '../service/dates.js';
import { changeMembership, issueFee, updateFee } from '../service/membership.js';
import { deleteRelation, saveRelation } from '../service/relations.js';
import { deleteYear, putYear, smeAssessment } from '../service/sme.js';

const editors = ['admin', 'staff', 'member', 'applicant'] as const;
const staff = ['admin', 'staff'] as const;
const money = ['admin', 'staff', 'finance'] as const;
const ok = { ok: true as const };

export function recordRoutes(app: App): void {
  app.get('/api/organisations/:id/sme', {
    config: { access: 'user' },
    schema: { tags: ['sme'], summary: 'SME class and why: figures, holdings and years that decided it', params: idParamsSchema, response: responses(smeAssessmentSchema) },
    handler: async (req) => smeAssessment(req.ctx, req.params.id),
  });

  app.put('/api/organisations/:id/years/:year', {
    config: { access: editors },
    schema: { tags: ['sme'], summary: 'Enter the size figures of a closed year', params: yearParamsSchema, body: yearFiguresInputSchema, response: responses(okSchema) },
    handler: async (req) => {
      await putYear(req.ctx, req.params.id, req.params.year, req.body);
      return ok;
    },
  });

  app.delete('/api/organisations/:id/years/:year', {
    config: { access: editors },
    schema: { tags: ['sme'], summary: 'Remove the figures of a year', params: yearParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteYear(req.ctx, req.params.id, req.params.year);
      return ok;
    },
  });

  app.post('/api/organisations/:id/relations', {
    config: { access: staff },
    schema: { tags: ['sme'], summary: 'Record a holding (capital and votes) with another organisation', params: idParamsSchema, body: relationInputSchema, response: responses(z.object({ id: z.uuid() })) },
    handler: async (req) => ({ id: await saveRelation(req.ctx, req.params.id, req.body) }),
  });

  app.delete('/api/relations/:id', {
    config: { access: staff },
    schema: { tags: ['sme'], summary: 'Remove a holding', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteRelation(req.ctx, req.params.id);
      return ok;
    },
  });

  app.post('/api/organisations/:id/membership', {
    config: { access: staff },
    schema: { tags: ['membership'], summary: 'Change membership status, tier or fee (dated)', params: idParamsSchema, body: membershipChangeSchema, response: responses(organisationSchema) },
    handler: async (req) => presentOrganisation(await changeMembership(req.ctx, req.params.id, req.body)),
  });

  app.get('/api/organisations/:id/certificate', {
    config: { access: 'user' },
    schema: { tags: ['membership'], summary: 'Membership certificate (printable HTML page)', params: idParamsSchema, querystring: z.object({ lang: z.enum(['es', 'en']).optional() }) },
    handler: async (req, reply) => {
      const html = await certificateHtml(req.ctx, req.params.id, req.query.lang ?? pickLocale(req.headers['accept-language']));
      return reply.type('text/html; charset=utf-8').send(html);
    },
  });

  app.post('/api/organisations/:id/fees', {
    config: { access: money },
    schema: { tags: ['membership'], summary: 'Issue the fee of a year', params: idParamsSchema, body: feeIssueSchema, response: responses(z.object({ id: z.uuid(), reference: z.string() })) },
    handler: async (req) => {
      const fee = await issueFee(req.ctx, req.params.id, req.body);
      return { id: fee.id, reference: fee.reference };
    },
  });

  app.patch('/api/fees/:id', {
    config: { access: money },
    schema: { tags: ['membership'], summary: 'Record a payment or cancel a fee', params: idParamsSchema, body: feeUpdateSchema, response: responses(okSchema) },
    handler: async (req) => {
      await updateFee(req.ctx, req.params.id, req.body);
      return ok;
    },
  });

  app.get('/api/fees', {
    config: { access: money },
    schema: { tags: ['membership'], summary: 'Fees of every organisation I may see (overdue, paid...)', querystring: feeQuerySchema, response: responses(pageSchema(feeSchema)) },
    handler: async (req) => {
      const scope = directoryScope(req.actor);
      const now = today(req.ctx);
      const page = await membershipRepo.listFees(req.ctx.db, { ...req.query, today: now, ...(scope.kind === 'offices' ? { officeIds: scope.officeIds } : {}) });
      return { total: page.total, items: page.items.map((f) => presentFee(f, now)) };
    },
  });

  app.post('/api/fees/reminders', {
    config: { access: ['admin', 'finance'] },
    schema: { tags: ['membership'], summary: 'Send the overdue-fee reminders now (each fee at most once a week)', response: responses(z.object({ sent: z.number().int() })) },
    handler: async (req) => ({ sent: await sendFeeReminders(req.ctx) }),
  });
}
