/** Calendar dates of the cluster (Spain, Europe/Madrid) by the server clock, never the client's. */
import type { Ctx } from '../../../platform/context.js';

export const CLUSTER_TIME_ZONE = 'Europe/Madrid';

const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: CLUSTER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date of an instant in Madrid, `YYYY-MM-DD`. */
export function dateIn(instant: Date): string {
  return fmt.format(instant);
}

/** Today in Madrid by the server clock. */
export function today(ctx: Pick<Ctx, 'clock'>): string {
  return dateIn(ctx.clock.now());
}
