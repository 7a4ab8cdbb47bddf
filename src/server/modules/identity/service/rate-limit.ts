/**
 * Sign-in and reset limits per client address, kept in the database so that every Veta process
 * behind a proxy counts the same attempts: 10 failed sign-ins (or 10 reset or registration requests) within a minute
 * are refused with 429 until the oldest of them leaves the window.
 */
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import * as repo from '../repository.js';
import type { AttemptKind } from '../schema.js';

export const WINDOW_MS = 60_000;
export const MAX_ATTEMPTS = 10;

export async function assertNotLimited(ctx: Ctx, ip: string, kind: AttemptKind): Promise<void> {
  const now = ctx.clock.now();
  const recent = await repo.recentAttempts(ctx.db, ip, kind, new Date(now.getTime() - WINDOW_MS), kind !== 'sign_in');
  if (recent.length < MAX_ATTEMPTS) return;
  const oldest = recent[recent.length - MAX_ATTEMPTS] ?? now;
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + WINDOW_MS - now.getTime()) / 1000));
  throw new AppError('rate.limited', { retryAfterSeconds });
}

export async function recordAttempt(ctx: Ctx, ip: string, kind: AttemptKind, success: boolean): Promise<void> {
  await repo.recordAttempt(ctx.db, { ip, kind, success, at: ctx.clock.now() });
}
