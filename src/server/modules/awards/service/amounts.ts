/**
 * Amount per recipient: what the partner requested, within the voucher's limits (the maximum per
 * recipient, then the maximum per project, trimmed from the last partner up so the lead keeps its
 * request). Integer cents only.
 */
import type { InstrumentDoc } from '../../../../shared/contracts/funding.js';

export function amountsWithinInstrument(requested: readonly number[], instrument: Pick<InstrumentDoc, 'maxPerRecipientCents' | 'maxPerProjectCents'> | undefined): number[] {
  const perRecipient = instrument?.maxPerRecipientCents;
  const amounts = requested.map((r) => (perRecipient === undefined ? r : Math.min(r, perRecipient)));
  const perProject = instrument?.maxPerProjectCents;
  if (perProject === undefined) return amounts;
  let excess = amounts.reduce((s, a) => s + a, 0) - perProject;
  for (let i = amounts.length - 1; i >= 0 && excess > 0; i--) {
    const cut = Math.min(amounts[i]!, excess);
    amounts[i]! -= cut;
    excess -= cut;
  }
  return amounts;
}
