/** `veta demo load`: the fictional cluster, every module's demo data, in one transaction. */
import { eq } from 'drizzle-orm';
import { audit } from '../platform/audit/audit.js';
import { inTransaction } from '../platform/context.js';
import { systemSetting } from '../platform/db/settings-schema.js';
import { demoSteps } from '../demo/steps.js';
import type { DemoState } from '../demo/types.js';
import { defineOperation } from './registry.js';

export const demoLoad = defineOperation<{ force?: boolean }>({
  name: 'demo.load',
  async run(ctx, args, io) {
    const [done] = await ctx.db.select().from(systemSetting).where(eq(systemSetting.key, 'demo_loaded'));
    if (done && !args.force) {
      io.err('The demo data is already loaded. Use --force to add it again.');
      return 1;
    }
    io.out('Loading the demo cluster "Clúster Ibérico de Materias Primas"...');
    await inTransaction(ctx, async (tx) => {
      const state: DemoState = { offices: {}, users: {} };
      for (const step of demoSteps) {
        io.out(`- ${step.name}`);
        await step.seed(tx, state, io);
      }
      await tx.db
        .insert(systemSetting)
        .values({ key: 'demo_loaded', value: { at: tx.clock.now().toISOString() } })
        .onConflictDoUpdate({ target: systemSetting.key, set: { value: { at: tx.clock.now().toISOString() } } });
      await audit(tx, { action: 'system.demo_loaded', entityType: 'system', summary: { steps: demoSteps.map((s) => s.name) } });
    });
    io.out(`Done. Sign in at ${ctx.config.publicUrl}/sign-in (see the README for the demo accounts).`);
    return 0;
  },
});
