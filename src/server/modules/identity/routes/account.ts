/** The signed-in person's own account: profile, language, password, API tokens. */
import { z } from 'zod';
import { idParamsSchema, okSchema, responses } from '../../../../shared/contracts/common.js';
import { apiTokenSchema, changePasswordSchema, createApiTokenSchema, profileSchema, userSchema } from '../../../../shared/contracts/identity.js';
import type { App } from '../../../platform/http/types.js';
import { presentApiToken, presentUser } from '../presenters.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../service/api-tokens.js';
import { changePassword } from '../service/passwords.js';
import { updateProfile } from '../service/users.js';

const tags = ['account'];

export function accountRoutes(app: App): void {
  app.patch('/api/account', {
    config: { access: 'user' },
    schema: { tags, summary: 'Change my name or language', body: profileSchema, response: responses(userSchema) },
    handler: async (req) => presentUser(await updateProfile(req.ctx, req.body)),
  });

  app.post('/api/account/password', {
    config: { access: 'user' },
    schema: { tags, summary: 'Change my password (other sessions end)', body: changePasswordSchema, response: responses(okSchema) },
    handler: async (req) => {
      await changePassword(req.ctx, req.body);
      return { ok: true as const };
    },
  });

  app.get('/api/account/tokens', {
    config: { access: 'user' },
    schema: { tags, summary: 'My API tokens', response: responses(z.array(apiTokenSchema)) },
    handler: async (req) => (await listApiTokens(req.ctx)).map(presentApiToken),
  });

  app.post('/api/account/tokens', {
    config: { access: 'user' },
    schema: {
      tags,
      summary: 'Create an API token (the secret is shown only in this response)',
      body: createApiTokenSchema,
      response: responses(apiTokenSchema.extend({ secret: z.string() })),
    },
    handler: async (req) => {
      const { row, secret } = await createApiToken(req.ctx, req.body);
      return { ...presentApiToken(row), secret };
    },
  });

  app.delete('/api/account/tokens/:id', {
    config: { access: 'user' },
    schema: { tags, summary: 'Revoke an API token', params: idParamsSchema, response: responses(okSchema) },
    handler: async (req) => {
      await revokeApiToken(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });
}
