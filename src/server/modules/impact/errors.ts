import { registerErrors } from '../../platform/http/errors.js';

export const impactErrors = registerErrors({
  'impact.site_not_in_organisation': 400,
  'impact.unit_not_for_carrier': 400,
  'impact.meter_code_taken': 409,
  'impact.meter_not_in_organisation': 400,
  'impact.date_order': 400,
  'impact.measure_has_verified_savings': 409,
  'impact.site_token_invalid': 401,
  'impact.readings_invalid': 400,
  'impact.upload_unreadable': 400,
  'impact.upload_committed': 409,
  'impact.import_has_errors': 400,
  'impact.analysis_meter': 400,
  'impact.analysis_not_verifiable': 409,
  'impact.analysis_verified': 409,
  'impact.emission_factor_exists': 409,
  'impact.award_not_of_organisation': 400,
});

/** Codes of field issues (translated from `errors:` like the errors above). */
export const issue = {
  dateOrder: 'errors:impact.date_order',
  siteNotInOrganisation: 'errors:impact.site_not_in_organisation',
  meterNotInOrganisation: 'errors:impact.meter_not_in_organisation',
  unitNotForCarrier: 'errors:impact.unit_not_for_carrier',
  meterCodeTaken: 'errors:impact.meter_code_taken',
  analysisMeter: 'errors:impact.analysis_meter',
  awardNotOfOrganisation: 'errors:impact.award_not_of_organisation',
} as const;
