import { registerErrors } from '../../platform/http/errors.js';

export const evaluationErrors = registerErrors({
  'evaluation.no_ranking_config': 409,
});
