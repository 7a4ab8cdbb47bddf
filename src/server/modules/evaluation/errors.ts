import { registerErrors } from '../../platform/http/errors.js';

export const evaluationErrors = registerErrors({
  'evaluation.no_ranking_config': 409,
  'evaluation.form_submitted': 409,
  'evaluation.form_not_submitted': 409,
  'evaluation.consensus_final': 409,
  'evaluation.forms_outstanding': 409,
  'evaluation.call_not_yours': 403,
  'evaluation.conflict_exists': 409,
  'evaluation.run_confirmed': 409,
  'evaluation.run_not_confirmable': 409,
  'evaluation.proposal_stale': 409,
  'evaluation.pair_conflicted': 409,
  'evaluation.already_assigned': 409,
  'evaluation.assignment_declared': 409,
  'evaluation.unknown_organisation': 400,
  'evaluation.terms_accepted': 409,
  'evaluation.terms_required': 409,
  'evaluation.already_declared': 409,
  'evaluation.import_invalid': 400,
});
