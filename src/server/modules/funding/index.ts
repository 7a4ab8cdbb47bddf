/** Funding: programmes, calls, applications and their submitted versions. */
import type { VetaModule } from '../types.js';

export {
  programme,
  call,
  application,
  applicationPartner,
  applicationVersion,
  applicationAttachment,
  recipientCommitment,
  CALL_STATUSES,
  APPLICATION_STATUSES,
} from './schema.js';

export const fundingModule: VetaModule = {
  name: 'funding',
  routes() {
    /* routes arrive with the calls and applications work */
  },
};
