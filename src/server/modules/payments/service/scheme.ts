/**
 * A call's payment scheme as milestones: the tranche tied to `signature` is due at signing; every
 * other milestone is released by the acceptance of its report (the last one is the final report).
 */
import { trancheSpecs, type PaymentSchemeDoc } from '../../../../shared/contracts/funding.js';
import type { TrancheSpec } from '../../../../engines/ledger/index.js';

export const SIGNATURE = 'signature';

export interface Milestone {
  milestone: string;
  labelEs: string;
  labelEn: string;
  percent: number;
  reportable: boolean;
  kind: 'progress' | 'final' | null;
}

export function schemeOf(paymentScheme: unknown): PaymentSchemeDoc | null {
  const doc = paymentScheme as PaymentSchemeDoc | null;
  return doc && Array.isArray(doc.tranches) && doc.tranches.length > 0 ? doc : null;
}

export function milestonesOf(scheme: PaymentSchemeDoc | null): Milestone[] {
  if (!scheme) return [];
  const reportable = scheme.tranches.filter((t) => t.milestone !== SIGNATURE);
  const last = reportable.at(-1)?.milestone;
  return scheme.tranches.map((t) => ({
    milestone: t.milestone,
    labelEs: t.labelEs,
    labelEn: t.labelEn,
    percent: t.percent,
    reportable: t.milestone !== SIGNATURE,
    kind: t.milestone === SIGNATURE ? null : t.milestone === last ? 'final' : 'progress',
  }));
}

/** The ledger engine's tranche specs of a scheme. */
export function specsOf(scheme: PaymentSchemeDoc): TrancheSpec[] {
  return trancheSpecs(scheme);
}
