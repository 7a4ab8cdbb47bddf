import { registerErrors } from '../../platform/http/errors.js';

export const awardsErrors = registerErrors({
  'awards.call_not_closed': 409,
  'awards.already_frozen': 409,
  'awards.evaluation_pending': 409,
  'awards.not_frozen': 409,
  'awards.nothing_ranked': 409,
  'awards.selection_invalid': 409,
  'awards.no_active_award': 409,
});
