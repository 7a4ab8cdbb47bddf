/** Sign-in, sign-out and session resolution (server-side sessions in the database). */
import type { Actor } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { newSecret, sha256, verifyPassword } from '../../../platform/secrets.js';
import * as repo from '../repository.js';
import { assertNotLimited, recordAttempt } from './rate-limit.js';
import { authCacheFor } from './session-cache.js';

/** Sessions are extended on use, at most once per this interval (avoids a write per request). */
const TOUCH_EVERY_MS = 5 * 60_000;

export function userActor(u: repo.UserWithOffices, extra: { sessionId?: string; tokenId?: string } = {}): Actor {
  return { kind: 'user', id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, officeIds: u.officeIds, ...extra };
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: repo.UserWithOffices;
}

/** Opens a new session for a user (a new token on every sign-in: sessions rotate). */
export async function openSession(ctx: Ctx, user: repo.UserWithOffices, meta: { ip: string; userAgent?: string }): Promise<NewSession> {
  const now = ctx.clock.now();
  const token = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + ctx.config.SESSION_TTL_HOURS * 3_600_000);
  await repo.insertSession(ctx.db, {
    tokenHash: sha256(token),
    userId: user.id,
    csrfToken,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    lastSeenAt: now,
    expiresAt,
  });
  await repo.updateUser(ctx.db, user.id, { lastSignInAt: now });
  return { token, csrfToken, expiresAt, user };
}

export async function signIn(ctx: Ctx, input: { email: string; password: string }, meta: { ip: string; userAgent?: string }): Promise<NewSession> {
  await assertNotLimited(ctx, meta.ip, 'sign_in');
  const user = await repo.findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
    await recordAttempt(ctx, meta.ip, 'sign_in', false);
    throw new AppError('identity.invalid_credentials', {});
  }
  if (user.status !== 'active') {
    await recordAttempt(ctx, meta.ip, 'sign_in', false);
    throw new AppError('identity.account_disabled', {});
  }
  return inTransaction(ctx, async (tx) => {
    await recordAttempt(tx, meta.ip, 'sign_in', true);
    const opened = await openSession(tx, user, meta);
    await audit({ ...tx, actor: userActor(user) }, { action: 'identity.sign_in', entityType: 'user', entityId: user.id, summary: { ip: meta.ip } });
    return opened;
  });
}

export async function resolveSession(ctx: Ctx, token: string): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const now = ctx.clock.now();
  const key = `s:${sha256(token)}`;
  const cache = authCacheFor(ctx.database);
  const hit = cache.get(key, now.getTime());
  if (hit) return hit;
  const found = await repo.findLiveSession(ctx.db, key.slice(2), now);
  if (!found || found.user.status !== 'active') return undefined;
  let expiresAt = found.session.expiresAt;
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    expiresAt = new Date(now.getTime() + ctx.config.SESSION_TTL_HOURS * 3_600_000);
    await repo.touchSession(ctx.db, found.session.id, now, expiresAt);
  }
  const resolved = { actor: userActor(found.user, { sessionId: found.session.id }), csrfToken: found.session.csrfToken };
  cache.set(key, { ...resolved, userId: found.user.id, validUntil: expiresAt.getTime(), cachedAt: now.getTime() });
  return resolved;
}

export async function signOut(ctx: Ctx): Promise<void> {
  if (ctx.actor.kind !== 'user' || !ctx.actor.sessionId) return;
  await repo.revokeSession(ctx.db, ctx.actor.sessionId, ctx.clock.now());
}

/** Ends every other session of the signed-in person ("sign out everywhere else"). */
export async function revokeOtherSessions(ctx: Ctx): Promise<number> {
  if (ctx.actor.kind !== 'user') throw new AppError('auth.required', {});
  const actor = ctx.actor;
  return inTransaction(ctx, async (tx) => {
    const n = await repo.revokeUserSessions(tx.db, actor.id, tx.clock.now(), actor.sessionId);
    await audit(tx, { action: 'identity.sessions_revoked', entityType: 'user', entityId: actor.id, summary: { count: n } });
    return n;
  });
}

export async function resolveApiToken(ctx: Ctx, token: string): Promise<Actor | undefined> {
  const now = ctx.clock.now();
  const key = `t:${sha256(token)}`;
  const cache = authCacheFor(ctx.database);
  const hit = cache.get(key, now.getTime());
  if (hit) return hit.actor;
  const found = await repo.findApiTokenUser(ctx.db, key.slice(2), now);
  if (!found || found.user.status !== 'active') return undefined;
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await repo.touchApiToken(ctx.db, found.token.id, now);
  }
  const actor = userActor(found.user, { tokenId: found.token.id });
  cache.set(key, { actor, csrfToken: '', userId: found.user.id, validUntil: found.token.expiresAt?.getTime() ?? Number.MAX_SAFE_INTEGER, cachedAt: now.getTime() });
  return actor;
}
