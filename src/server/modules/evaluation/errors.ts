import { registerErrors } from '../../platform/http/errors.js';

export const evaluationErrors = registerErrors({
  'evaluation.no_ranking_config': 409,
  'evaluation.form_submitted': 409,
  'evaluation.form_not_submitted': 409,
  'evaluation.consensus_final': 409,
  'evaluation.forms_outstanding': 409,
  'evaluation.call_not_yours': 403,
});
