import { registerErrors } from '../../platform/http/errors.js';

export const organisationErrors = registerErrors({
  'orgs.tax_id_taken': 409,
  'orgs.office_not_yours': 403,
  'orgs.bad_transition': 409,
  'orgs.fee_exists': 409,
  'orgs.fee_not_open': 409,
  'orgs.no_fee_amount': 400,
  'orgs.not_member': 409,
  'orgs.contact_erased': 409,
  'orgs.user_not_member': 400,
  'orgs.sme_invalid': 400,
  'orgs.import_unreadable': 400,
  'orgs.site_in_use': 409,
  'orgs.not_public': 404,
});
