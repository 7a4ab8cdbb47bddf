/**
 * First run: while no active administrator exists, a one-time setup token (printed in the server log)
 * lets one person create the first administrator through the setup page.
 */
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { systemSetting } from '../../../platform/db/settings-schema.js';
import { AppError } from '../../../platform/http/errors.js';
import { newSecret, safeEqual, sha256 } from '../../../platform/secrets.js';
import * as repo from '../repository.js';
import type { Locale } from '../../../../shared/i18n/locales.js';
import { openSession, type NewSession } from './sessions.js';
import { createAdmin } from './users.js';

const KEY = 'setup_token';

export async function setupNeeded(ctx: Ctx): Promise<boolean> {
  return (await repo.countActiveAdmins(ctx.db)) === 0;
}

/** Issues a fresh setup token when setup is needed; returns the setup URL to print, or undefined. */
export async function prepareSetup(ctx: Ctx): Promise<string | undefined> {
  if (!(await setupNeeded(ctx))) {
    await ctx.db.delete(systemSetting).where(eq(systemSetting.key, KEY));
    return undefined;
  }
  const token = newSecret();
  await ctx.db
    .insert(systemSetting)
    .values({ key: KEY, value: { hash: sha256(token) } })
    .onConflictDoUpdate({ target: systemSetting.key, set: { value: { hash: sha256(token) }, updatedAt: ctx.clock.now() } });
  return `${ctx.config.publicUrl}/setup?token=${token}`;
}

export async function completeSetup(
  ctx: Ctx,
  input: { token: string; name: string; email: string; password: string; locale: Locale },
  meta: { ip: string; userAgent?: string },
): Promise<NewSession> {
  if (!(await setupNeeded(ctx))) throw new AppError('identity.setup_done', {});
  const [row] = await ctx.db.select().from(systemSetting).where(eq(systemSetting.key, KEY));
  const stored = (row?.value as { hash?: string } | undefined)?.hash;
  if (!stored || !safeEqual(stored, sha256(input.token))) throw new AppError('identity.setup_token_invalid', {});
  const admin = await createAdmin(ctx, input);
  await ctx.db.delete(systemSetting).where(eq(systemSetting.key, KEY));
  return openSession(ctx, admin, meta);
}
