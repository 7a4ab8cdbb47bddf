/** Organisations: the members registry (companies, universities, public bodies) and their sites. */
import type { VetaModule } from '../types.js';

export { organisation, site, organisationMaterial, ORGANISATION_KINDS, MEMBERSHIP_STATUSES } from './schema.js';

export const organisationsModule: VetaModule = {
  name: 'organisations',
  routes() {
    /* routes arrive with the registry */
  },
};
