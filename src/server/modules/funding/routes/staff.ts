/** Staff: a call's applications (list, export, status decisions), claims; applicants' organisations. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  claimDecisionSchema,
  claimInputSchema,
  claimSchema,
  myOrganisationsSchema,
  ownOrganisationSchema,
  smeDeclarationInputSchema,
  smeDeclarationSchema,
  staffListQuerySchema,
  staffRowSchema,
  statusChangeSchema,
  taxIdCheckSchema,
  taxIdResultSchema,
} from '../../../../shared/contracts/funding-applications.js';
import { organisationSchema } from '../../../../shared/contracts/organisations.js';
import type { App } from '../../../platform/http/types.js';
import { decideClaim, listClaims } from '../service/claims.js';
import { checkOrganisationTaxId, claimOrganisation, declareSme, myOrganisations, registerOrganisation } from '../service/organisations.js';
import { changeStatus, exportApplications, listApplications } from '../service/staff.js';

const backOffice = ['admin', 'staff', 'finance'] as const;
const managers = ['admin', 'staff'] as const;
const applicants = ['applicant', 'member'] as const;

export function staffRoutes(app: App): void {
  app.get('/api/funding/calls/:id/applications', {
    config: { access: backOffice },
    schema: { tags: ['funding'], summary: "A call's applications with their eligibility, filtered", params: idParamsSchema, querystring: staffListQuerySchema, response: responses(z.array(staffRowSchema)) },
    handler: async (req) => listApplications(req.ctx, req.params.id, req.query),
  });

  app.get('/api/funding/calls/:id/applications/export', {
    config: { access: backOffice },
    schema: { tags: ['funding'], summary: "Export a call's applications (filtered) as CSV or XLSX", params: idParamsSchema, querystring: staffListQuerySchema.extend({ format: z.enum(['csv', 'xlsx']) }) },
    handler: async (req, reply) => {
      const { format, ...query } = req.query;
      const stream = await exportApplications(req.ctx, req.params.id, query, format);
      void reply.header('content-disposition', `attachment; filename="applications-${req.ctx.clock.now().toISOString().slice(0, 10)}.${format}"`);
      return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(stream);
    },
  });

  app.post('/api/funding/applications/:id/status', {
    config: { access: managers },
    schema: { tags: ['funding'], summary: 'Declare an application ineligible or withdrawn, or reinstate it, with a reason', params: idParamsSchema, body: statusChangeSchema, response: responses(okSchema) },
    handler: async (req) => {
      await changeStatus(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
  });

  app.get('/api/funding/claims', {
    config: { access: backOffice },
    schema: { tags: ['funding'], summary: 'Requests to act for registered organisations', querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }), response: responses(z.array(claimSchema)) },
    handler: async (req) => listClaims(req.ctx, req.query.status),
  });

  app.post('/api/funding/claims/:id/decision', {
    config: { access: managers },
    schema: { tags: ['funding'], summary: 'Approve or reject a claim (approval links the person to the organisation)', params: idParamsSchema, body: claimDecisionSchema, response: responses(okSchema) },
    handler: async (req) => {
      await decideClaim(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
  });

  const tags = ['applicant organisations'];
  app.get('/api/funding/my/organisations', {
    config: { access: applicants },
    schema: { tags, summary: 'Organisations I act for, their SME declarations, and my claims', response: responses(myOrganisationsSchema) },
    handler: async (req) => myOrganisations(req.ctx),
  });

  app.post('/api/funding/my/organisations/check', {
    config: { access: applicants },
    schema: { tags, summary: 'Check a tax id (control character) and whether the registry knows it', body: taxIdCheckSchema, response: responses(taxIdResultSchema) },
    handler: async (req) => checkOrganisationTaxId(req.ctx, req.body),
  });

  app.post('/api/funding/my/organisations', {
    config: { access: applicants },
    schema: { tags, summary: 'Register my organisation (I act for it as its representative)', body: ownOrganisationSchema, response: responses(organisationSchema) },
    handler: async (req) => registerOrganisation(req.ctx, req.body),
  });

  app.post('/api/funding/my/claims', {
    config: { access: applicants },
    schema: { tags, summary: 'Ask to act for an organisation already registered (approved at once for addresses on its web domain)', body: claimInputSchema, response: responses(claimSchema) },
    handler: async (req) => claimOrganisation(req.ctx, req.body),
  });

  app.post('/api/funding/my/organisations/:id/sme-declaration', {
    config: { access: applicants },
    schema: { tags, summary: 'SME self-declaration: figures and holdings, assessed by the SME rules', params: idParamsSchema, body: smeDeclarationInputSchema, response: responses(smeDeclarationSchema) },
    handler: async (req) => declareSme(req.ctx, req.params.id, req.body),
  });
}
