/** Organisations: the members registry (companies, universities, public bodies), sites, membership. */
import type { VetaModule } from '../types.js';
import { attachDirectoryIndex, detachDirectoryIndex } from './service/directory-index/registry.js';
import { contactRoutes } from './routes/contacts.js';
import { directoryRoutes } from './routes/directory.js';
import { importRoutes } from './routes/imports.js';
import { organisationRoutes } from './routes/organisations.js';
import { recordRoutes } from './routes/records.js';
import './errors.js';
import './jobs.js';

export { organisation, site, organisationMaterial, organisationRelation, organisationUser, ORGANISATION_KINDS, MEMBERSHIP_STATUSES } from './schema.js';
export { createOrganisation, registerOwnOrganisation } from './service/organisations.js';
export { attachUser } from './service/detail.js';
export { checkTaxId } from './derive.js';
export { findByTaxId as findOrganisationByTaxId, findOrganisations, sitesOf, organisationIdsOfUser, actsFor, listOrganisationUsers } from './repository/organisations.js';
export type { OrganisationRow, SiteRow } from './repository/organisations.js';
export { presentOrganisation } from './presenters.js';
export { runImport } from './service/import/run.js';
export { exportCsv, exportXlsx } from './service/export.js';
export { sendFeeReminders, feeReminderJob } from './jobs.js';
export { can as canOnOrganisation } from './policy.js';
export { registryChanged } from './repository/version.js';

export const organisationsModule: VetaModule = {
  name: 'organisations',
  routes(app) {
    directoryRoutes(app);
    organisationRoutes(app);
    recordRoutes(app);
    contactRoutes(app);
    importRoutes(app);
  },
  /** Servers search the directory in memory (built on the first search); other processes use SQL. */
  async start(platform, mode) {
    if (mode === 'server') await attachDirectoryIndex(platform.database);
  },
  async stop(platform) {
    await detachDirectoryIndex(platform.database);
  },
};
