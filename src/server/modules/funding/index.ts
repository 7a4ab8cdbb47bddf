/**
 * Funding: programmes, calls for innovation vouchers / cascade funding, applications and their
 * submitted versions. The evaluation module reads the tables and documents exported here.
 */
import type { VetaModule } from '../types.js';
import { applicationRoutes } from './routes/applications.js';
import { callRoutes } from './routes/calls.js';
import { programmeRoutes } from './routes/programmes.js';
import { staffRoutes } from './routes/staff.js';
import './errors.js';
import './jobs.js';

export {
  programme,
  call,
  application,
  applicationPartner,
  applicationVersion,
  applicationAttachment,
  recipientCommitment,
  smeDeclaration,
  CALL_STATUSES,
  APPLICATION_STATUSES,
} from './schema.js';
export { recordAward, releaseAward } from './service/programmes.js';
export { engineMembership } from './service/eligibility.js';
export { snapshotHash } from './service/snapshot.js';
export { storeUpload, cleanName } from './service/files.js';
export { sendStored, filePart } from './routes/download.js';
export { can as canOnProgramme, seesBackOffice as seesFundingBackOffice } from './policy.js';

export const fundingModule: VetaModule = {
  name: 'funding',
  routes(app) {
    programmeRoutes(app);
    callRoutes(app);
    applicationRoutes(app);
    staffRoutes(app);
  },
};
