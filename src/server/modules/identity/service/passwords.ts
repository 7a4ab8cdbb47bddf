/** Password rules, single-use mailed tokens (invitation, reset) and password changes. */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { hashPassword, newSecret, sha256, verifyPassword } from '../../../platform/secrets.js';
import * as repo from '../repository.js';
import type { TokenPurpose } from '../schema.js';
import { assertNotLimited, recordAttempt } from './rate-limit.js';
import { userActor } from './sessions.js';

const COMMON = new Set(['password123', '1234567890', 'qwertyuiop', 'contraseña', 'contrasena1', 'administrador', 'password1234', '123456789a']);

/** Beyond the 10-character minimum: not the email, not a trivially common password. */
export function assertAcceptablePassword(password: string, email: string): void {
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.split('@')[0]?.toLowerCase() || COMMON.has(lower) || /^(.)\1+$/.test(password)) {
    throw new AppError('identity.weak_password', {}, { issues: [{ path: 'password', code: 'errors:identity.weak_password' }] });
  }
}

export const TOKEN_TTL_MS = { invite: 7 * 24 * 3_600_000, reset: 60 * 60_000, verify: 48 * 3_600_000 } as const;
const TOKEN_PAGE = { invite: 'accept-invite', reset: 'reset-password', verify: 'verify-email' } as const;

/** Issues a single-use token (older ones of the same purpose stop working) and returns the link. */
export async function issueToken(ctx: Ctx, userId: string, purpose: TokenPurpose, extra: Record<string, string> = {}): Promise<string> {
  const now = ctx.clock.now();
  await repo.expireUserTokens(ctx.db, userId, purpose, now);
  const token = newSecret();
  await repo.insertUserToken(ctx.db, {
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
  });
  const query = new URLSearchParams({ token, ...extra });
  return `${ctx.config.publicUrl}/${TOKEN_PAGE[purpose]}?${query.toString()}`;
}

/** Finds a live token of a purpose; throws a clear error when unknown, used or expired. */
export async function liveToken(ctx: Ctx, token: string, purpose: TokenPurpose) {
  const row = await repo.findUserToken(ctx.db, sha256(token));
  if (!row || row.purpose !== purpose || row.usedAt) throw new AppError('identity.token_invalid', {});
  if (row.expiresAt.getTime() <= ctx.clock.now().getTime()) throw new AppError('identity.token_expired', {});
  const user = await repo.findUserById(ctx.db, row.userId);
  if (!user || user.status === 'disabled') throw new AppError('identity.token_invalid', {});
  return { row, user };
}

/** Always answers the same way, whether or not the email exists (no account discovery). */
export async function requestReset(ctx: Ctx, email: string, ip: string): Promise<void> {
  await assertNotLimited(ctx, ip, 'reset');
  await recordAttempt(ctx, ip, 'reset', true);
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user || user.status !== 'active') return;
  await inTransaction(ctx, async (tx) => {
    const link = await issueToken(tx, user.id, 'reset');
    await sendMail(tx, { to: user.email, locale: user.locale, template: 'reset', params: { name: user.name }, action: { url: link, labelKey: 'mail:reset.action' } });
    await audit({ ...tx, actor: userActor(user) }, { action: 'identity.reset_requested', entityType: 'user', entityId: user.id });
  });
}

export async function confirmReset(ctx: Ctx, input: { token: string; password: string }, ip: string): Promise<void> {
  await assertNotLimited(ctx, ip, 'reset');
  await recordAttempt(ctx, ip, 'reset', true);
  const { row, user } = await liveToken(ctx, input.token, 'reset');
  assertAcceptablePassword(input.password, user.email);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.consumeUserToken(tx.db, row.id, tx.clock.now()))) throw new AppError('identity.token_invalid', {});
    await repo.updateUser(tx.db, user.id, { passwordHash, updatedAt: tx.clock.now() });
    await repo.revokeUserSessions(tx.db, user.id, tx.clock.now());
    await audit({ ...tx, actor: userActor(user) }, { action: 'identity.password_reset', entityType: 'user', entityId: user.id });
  });
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  if (ctx.actor.kind !== 'user') throw new AppError('auth.required', {});
  const actor = ctx.actor;
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('identity.wrong_password', {}, { issues: [{ path: 'currentPassword', code: 'errors:identity.wrong_password' }] });
  }
  assertAcceptablePassword(input.newPassword, user.email);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await repo.updateUser(tx.db, user.id, { passwordHash, updatedAt: tx.clock.now() });
    await repo.revokeUserSessions(tx.db, user.id, tx.clock.now(), actor.sessionId);
    await audit(tx, { action: 'identity.password_changed', entityType: 'user', entityId: user.id });
  });
}

