/** Organisation records: register, read, change; sites; the people who act for an organisation. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import { organisationDetailSchema, orgUserInputSchema } from '../../../../shared/contracts/organisation-records.js';
import { organisationCreateSchema, organisationPatchSchema, organisationSchema, siteInputSchema, siteSchema } from '../../../../shared/contracts/organisations.js';
import type { App } from '../../../platform/http/types.js';
import { presentOrganisation, presentSite } from '../presenters.js';
import { linkUser, myOrganisations, organisationDetail, unlinkUser } from '../service/detail.js';
import { createOrganisation, updateOrganisation } from '../service/organisations.js';
import { addSite, deleteSite, updateSite } from '../service/sites.js';

const tags = ['organisations'];
const editors = ['admin', 'staff', 'member', 'applicant'] as const;
const staff = ['admin', 'staff'] as const;

export function organisationRoutes(app: App): void {
  app.post('/api/organisations', {
    config: { access: staff },
    schema: { tags, summary: 'Register an organisation (tax id checked, sites placed in their province and NUTS region)', body: organisationCreateSchema, response: responses(organisationSchema) },
    handler: async (req) => presentOrganisation(await createOrganisation(req.ctx, req.body)),
  });

  app.get('/api/organisations/mine', {
    config: { access: 'user' },
    schema: { tags, summary: 'The organisations I act for', response: responses(z.array(organisationSchema)) },
    handler: async (req) => myOrganisations(req.ctx),
  });

  app.get('/api/organisations/:id', {
    config: { access: 'user' },
    schema: { tags, summary: 'The whole record of an organisation, as I may see it', params: idParamsSchema, response: responses(organisationDetailSchema) },
    handler: async (req) => organisationDetail(req.ctx, req.params.id),
  });

  app.patch('/api/organisations/:id', {
    config: { access: editors },
    schema: { tags, summary: 'Change the profile (members: their own; staff: also office and public-body control)', params: idParamsSchema, body: organisationPatchSchema, response: responses(organisationSchema) },
    handler: async (req) => presentOrganisation(await updateOrganisation(req.ctx, req.params.id, req.body)),
  });

  app.post('/api/organisations/:id/sites', {
    config: { access: editors },
    schema: { tags, summary: 'Add a site', params: idParamsSchema, body: siteInputSchema, response: responses(siteSchema) },
    handler: async (req) => presentSite(await addSite(req.ctx, req.params.id, req.body)),
  });

  app.patch('/api/sites/:id', {
    config: { access: editors },
    schema: { tags, summary: 'Change a site', params: idParamsSchema, body: siteInputSchema, response: responses(siteSchema) },
    handler: async (req) => presentSite(await updateSite(req.ctx, req.params.id, req.body)),
  });

  app.delete('/api/sites/:id', {
    config: { access: editors },
    schema: { tags, summary: 'Remove a site (refused while other records use it)', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await deleteSite(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  app.post('/api/organisations/:id/users', {
    config: { access: staff },
    schema: { tags, summary: 'Let a person with the member role act for this organisation', params: idParamsSchema, body: orgUserInputSchema, response: responses(okSchema) },
    handler: async (req) => {
      await linkUser(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
  });

  app.delete('/api/organisations/:id/users/:userId', {
    config: { access: staff },
    schema: { tags, summary: 'Stop a person acting for this organisation', params: z.object({ id: z.uuid(), userId: z.uuid() }), response: responses(okSchema) },
    handler: async (req) => {
      await unlinkUser(req.ctx, req.params.id, req.params.userId);
      return { ok: true as const };
    },
  });
}
