/**
 * `checkEligibility`: evaluates every rule of a call against an application and reports each
 * result (pass or fail) with a stable code and its parameters, not only the first failure.
 * Order: consortium rules, partner rules, funding rules.
 */
import { throwIfIssues } from '../ranking/issues.js';
import { consortiumRules } from './consortium-rules.js';
import { fundingRules, priorTotals } from './funding-rules.js';
import { partnerRules } from './partner-rules.js';
import type { EligibilityInput, EligibilityResult } from './types.js';
import { structuralIssues } from './validate.js';

/**
 * Evaluates every rule; the application is eligible when none fails. Throws
 * `EngineInputError('eligibility.invalid_input')` when the rules, or the prior amounts of this
 * application's partners, are malformed.
 */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const { rules, application } = input;
  const prior = priorTotals(input.prior ?? [], application);
  throwIfIssues('eligibility.invalid_input', [...structuralIssues(rules), ...prior.issues]);
  const results = [
    ...consortiumRules(rules, application.partners),
    ...partnerRules(rules, application.partners),
    ...fundingRules(rules, application, prior.totals),
  ];
  const failures = results.filter((r) => !r.pass);
  return { eligible: failures.length === 0, results, failures };
}
