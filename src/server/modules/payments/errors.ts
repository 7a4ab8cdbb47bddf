import { registerErrors } from '../../platform/http/errors.js';

export const paymentsErrors = registerErrors({
  'payments.no_awards': 409,
  'payments.agreement_exists': 409,
  'payments.agreement_not_draft': 409,
  'payments.agreement_not_signed': 409,
  'payments.agreement_not_active': 409,
  'payments.no_payment_scheme': 409,
  'payments.four_eyes': 409,
  'payments.transition_not_allowed': 409,
  'payments.not_due': 409,
  'payments.concurrent_change': 409,
  'payments.report_pending': 409,
  'payments.milestone_done': 409,
  'payments.report_decided': 409,
  'payments.not_recipient': 403,
  'payments.accounts_missing': 409,
  'payments.payer_account_missing': 409,
  'payments.nothing_to_export': 409,
});
