import { z } from 'zod';
import { emailSchema, localeSchema } from '../../shared/contracts/identity.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import { createAdmin } from '../modules/identity/index.js';
import { defineOperation } from './registry.js';

const adminArgs = z.object({ email: emailSchema, name: z.string().trim().min(2), password: z.string(), locale: localeSchema.default('es') });

export const adminCreate = defineOperation<z.input<typeof adminArgs>>({
  name: 'admin.create',
  async run(ctx, raw, io) {
    const args = adminArgs.parse(raw);
    const user = await createAdmin(ctx, args);
    io.out(`Administrator ${user.email} created. Sign in at ${ctx.config.publicUrl}/sign-in`);
    return 0;
  },
});

export const auditVerify = defineOperation<Record<string, never>>({
  name: 'audit.verify',
  async run(ctx, _args, io) {
    const r = await verifyAuditChain(ctx.db);
    if (r.ok) {
      io.out(`Audit chain intact: ${r.checked} events checked.`);
      return 0;
    }
    io.err(`Audit chain BROKEN at event #${r.broken?.seq} (${r.broken?.id}): ${r.broken?.reason === 'hash_mismatch' ? 'its content was altered' : 'its link to the previous event does not match (an event was removed or reordered)'}. ${r.checked} events before it are intact.`);
    return 2;
  },
});
