/**
 * De minimis window (Regulation (EU) 2023/2831, Art. 3(2)): at most 300,000 EUR per single
 * undertaking over any period of three years, assessed on a rolling basis from grant dates.
 *
 * Interpretation used here: for an award granted on day G, the relevant period is the three years
 * ending on G, i.e. the days from (G minus 3 years) + 1 day through G, both inclusive. Aid granted
 * exactly three years before G (same calendar day) is therefore outside the window. When G minus
 * 3 years falls on a 29 February that does not exist, it becomes 28 February, so the window starts on
 * 1 March. Prior aid must not be dated after G (declarations cover aid already granted).
 */
import { minusYears, nextDay } from './dates.js';
import type { PriorAid } from './types.js';

/** 300,000 EUR in cents. */
export const DE_MINIMIS_CEILING_CENTS = 30_000_000;

/** Length of the rolling period in years. */
export const DE_MINIMIS_YEARS = 3;

/** First day counted for a grant on `grantDate` (`YYYY-MM-DD`). */
export function deMinimisWindowStart(grantDate: string): string {
  return nextDay(minusYears(grantDate, DE_MINIMIS_YEARS));
}

/** Sum of prior aid per single undertaking that falls in the window ending on `grantDate`. */
export function priorAidInWindow(priorAid: readonly PriorAid[], grantDate: string): Map<string, number> {
  const start = deMinimisWindowStart(grantDate);
  const sums = new Map<string, number>();
  for (const aid of priorAid) {
    if (aid.grantDate >= start && aid.grantDate <= grantDate) {
      sums.set(aid.singleUndertakingId, (sums.get(aid.singleUndertakingId) ?? 0) + aid.amountCents);
    }
  }
  return sums;
}
