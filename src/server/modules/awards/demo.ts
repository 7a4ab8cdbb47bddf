/**
 * Demo data of awards: staff freeze the selection of the evaluated calls at the dates the cluster
 * decided them and send the letters (the 2024 vouchers end with 13 funded SMEs, two on the reserve
 * list and three below the thresholds; MINE.THE.GAP #2 funds both eligible consortia).
 */
import { eq } from 'drizzle-orm';
import type { DemoStep } from '../../demo/types.js';
import { actorByEmail, as, at } from '../../demo/acting.js';
import { call } from '../funding/index.js';
import { selectionDecision } from './schema/core.js';
import { freezeDecision } from './service/selection.js';
import { sendLetters } from './service/letters.js';

/** When each call was decided. */
export const DECIDED_CALLS = [
  { code: 'MTG-OC2', on: '2022-04-20T10:00:00Z' },
  { code: 'BI24', on: '2024-05-14T10:00:00Z' },
] as const;

export const awardsDemo: DemoStep = {
  name: 'awards',
  async seed(ctx, state, io) {
    const [loaded] = await ctx.db.select({ id: selectionDecision.id }).from(selectionDecision).limit(1);
    if (loaded) {
      io.out('  selection decisions: already loaded');
      return;
    }
    const staff = as(ctx, await actorByEmail(ctx, 'staff@demo.veta.local', [state.offices.leon ?? '']));
    const summary: string[] = [];
    for (const d of DECIDED_CALLS) {
      const [c] = await ctx.db.select({ id: call.id }).from(call).where(eq(call.code, d.code));
      if (!c) continue;
      const decided = await freezeDecision(at(staff, d.on), c.id);
      await sendLetters(at(staff, new Date(d.on).getTime() + 3_600_000), c.id);
      summary.push(`${d.code}: ${decided.rows.filter((r) => r.decision === 'selected').length} funded`);
    }
    io.out(`  ${summary.join(', ')}; letters sent`);
  },
};
