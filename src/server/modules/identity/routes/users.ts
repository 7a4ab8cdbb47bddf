/** User administration (admins) and offices. */
import { z } from 'zod';
import { idParamsSchema, okSchema, pageQuerySchema, pageSchema, responses } from '../../../../shared/contracts/common.js';
import { inviteSchema, officeInputSchema, officeSchema, roleSchema, updateUserSchema, userSchema } from '../../../../shared/contracts/identity.js';
import { notFound } from '../../../platform/http/errors.js';
import type { App } from '../../../platform/http/types.js';
import * as repo from '../repository.js';
import { presentOffice, presentUser } from '../presenters.js';
import { createOffice, listOffices, updateOffice } from '../service/offices.js';
import { invite, resendInvitation, updateUser } from '../service/users.js';

const tags = ['users'];
const admin = ['admin'] as const;

export function userRoutes(app: App): void {
  app.get('/api/users', {
    config: { access: admin },
    schema: {
      tags,
      summary: 'List people with access',
      querystring: pageQuerySchema.extend({
        q: z.string().trim().max(100).optional(),
        role: roleSchema.optional(),
        status: z.enum(['invited', 'active', 'disabled']).optional(),
        officeId: z.uuid().optional(),
      }),
      response: responses(pageSchema(userSchema)),
    },
    handler: async (req) => {
      const page = await repo.listUsers(req.ctx.db, req.query);
      return { items: page.items.map(presentUser), total: page.total };
    },
  });

  app.get('/api/users/:id', {
    config: { access: admin },
    schema: { tags, summary: 'One person', params: idParamsSchema, response: responses(userSchema) },
    handler: async (req) => {
      const user = await repo.findUserById(req.ctx.db, req.params.id);
      if (!user) throw notFound('user', req.params.id);
      return presentUser(user);
    },
  });

  app.post('/api/users/invitations', {
    config: { access: admin },
    schema: { tags, summary: 'Invite a person by email with a role', body: inviteSchema, response: responses(userSchema) },
    handler: async (req) => presentUser(await invite(req.ctx, req.body)),
  });

  app.post('/api/users/:id/invitation', {
    config: { access: admin },
    schema: { tags, summary: 'Send the invitation again (the previous link stops working)', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await resendInvitation(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  app.patch('/api/users/:id', {
    config: { access: admin },
    schema: { tags, summary: 'Change name, role, offices or status', params: idParamsSchema, body: updateUserSchema, response: responses(userSchema) },
    handler: async (req) => presentUser(await updateUser(req.ctx, req.params.id, req.body)),
  });

  app.get('/api/offices', {
    config: { access: 'user' },
    schema: { tags: ['offices'], summary: 'The cluster offices', response: responses(z.array(officeSchema)) },
    handler: async (req) => (await listOffices(req.ctx)).map(presentOffice),
  });

  app.post('/api/offices', {
    config: { access: admin },
    schema: { tags: ['offices'], summary: 'Create an office', body: officeInputSchema, response: responses(officeSchema) },
    handler: async (req) => presentOffice(await createOffice(req.ctx, req.body)),
  });

  app.patch('/api/offices/:id', {
    config: { access: admin },
    schema: { tags: ['offices'], summary: 'Change an office', params: idParamsSchema, body: officeInputSchema.partial(), response: responses(officeSchema) },
    handler: async (req) => presentOffice(await updateOffice(req.ctx, req.params.id, req.body)),
  });
}
