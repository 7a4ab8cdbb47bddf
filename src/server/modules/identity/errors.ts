import { registerErrors } from '../../platform/http/errors.js';

export const identityErrors = registerErrors({
  'identity.invalid_credentials': 401,
  'identity.account_disabled': 403,
  'identity.token_invalid': 400,
  'identity.token_expired': 400,
  'identity.email_taken': 409,
  'identity.weak_password': 400,
  'identity.wrong_password': 400,
  'identity.setup_done': 409,
  'identity.setup_token_invalid': 403,
  'identity.last_admin': 409,
  'identity.office_scope_required': 400,
  'identity.unknown_office': 400,
  'identity.office_code_taken': 409,
});
