/** Identity: people, roles and office scopes, sessions, invitations, resets, API tokens. */
import type { VetaModule } from '../types.js';
import { accountRoutes } from './routes/account.js';
import { authRoutes } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import './errors.js';
import { authCacheFor } from './service/session-cache.js';

export { resolveApiToken, resolveSession } from './service/sessions.js';
export { prepareSetup, setupNeeded } from './service/setup.js';
export { createActiveUser, createAdmin, invite } from './service/users.js';
export { createApiToken } from './service/api-tokens.js';
export { createOffice, listOffices } from './service/offices.js';
export { findUserByEmail, findUserById } from './repository.js';
export { safeNext } from './service/registration.js';
export { appUser, office, userOffice } from './schema.js';
export { DEMO_DOMAIN, DEMO_PASSWORD } from './demo.js';

export const identityModule: VetaModule = {
  name: 'identity',
  routes(app) {
    authRoutes(app);
    userRoutes(app);
    accountRoutes(app);
  },
  async start(platform) {
    await authCacheFor(platform.database).start(platform.database);
  },
  async stop(platform) {
    await authCacheFor(platform.database).stop();
  },
};
