/**
 * Self-service registration of applicants, like an invitation the person sends themselves: they
 * give a name and an address, and choose their password on the page the mailed link opens; from
 * then on they are a user with role `applicant`. The password is set only by whoever can read that
 * mailbox, so nobody can prepare an account on someone else's address. The answer is the same
 * whether or not the address already has an account (no account discovery): an active account gets
 * a mail saying so, an unverified registration gets a fresh link (older links stop working).
 */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { hashPassword } from '../../../platform/secrets.js';
import type { Locale } from '../../../../shared/i18n/locales.js';
import * as repo from '../repository.js';
import { assertAcceptablePassword, issueToken, liveToken } from './passwords.js';
import { assertNotLimited, recordAttempt } from './rate-limit.js';
import { openSession, userActor, type NewSession } from './sessions.js';

export interface RegistrationInput {
  email: string;
  name: string;
  locale: Locale;
  /** Where to continue after verifying (a path of this site, e.g. `/calls/BI26`). */
  next?: string;
}

/** A path of this site (never another origin). */
export function safeNext(next: string | undefined): string | undefined {
  return next && /^\/(?![/\\])\S*$/.test(next) ? next : undefined;
}

export async function register(ctx: Ctx, input: RegistrationInput, ip: string): Promise<void> {
  await assertNotLimited(ctx, ip, 'register');
  await recordAttempt(ctx, ip, 'register', true);
  const existing = await repo.findUserByEmail(ctx.db, input.email);
  await inTransaction(ctx, async (tx) => {
    if (existing?.status === 'active') {
      const action = { url: `${ctx.config.publicUrl}/forgot-password`, labelKey: 'mail:alreadyRegistered.action' };
      await sendMail(tx, { to: existing.email, locale: existing.locale, template: 'alreadyRegistered', params: { name: existing.name }, action });
      return;
    }
    // Disabled accounts and people invited by an administrator (who have their own link) get nothing.
    if (existing && (existing.status === 'disabled' || existing.role !== 'applicant')) return;
    const user = existing ?? (await repo.insertUser(tx.db, { email: input.email, name: input.name, role: 'applicant', locale: input.locale, status: 'invited' }));
    const next = safeNext(input.next);
    const link = await issueToken(tx, user.id, 'verify', next ? { next } : {});
    await sendMail(tx, { to: user.email, locale: user.locale, template: 'verifyEmail', params: { name: user.name }, action: { url: link, labelKey: 'mail:verifyEmail.action' } });
    if (!existing) await audit({ ...tx, actor: userActor({ ...user, officeIds: [] }) }, { action: 'identity.registered', entityType: 'user', entityId: user.id, summary: { role: 'applicant' } });
  });
}

/** What the verification page shows before the person chooses a password. */
export async function peekVerification(ctx: Ctx, token: string): Promise<{ email: string; name: string }> {
  const { user } = await liveToken(ctx, token, 'verify');
  return { email: user.email, name: user.name };
}

/** Opens the mailed link with a password: the account becomes active and the person is signed in. */
export async function verifyEmail(ctx: Ctx, input: { token: string; password: string }, meta: { ip: string; userAgent?: string }): Promise<NewSession> {
  const { row, user } = await liveToken(ctx, input.token, 'verify');
  assertAcceptablePassword(input.password, user.email);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (!(await repo.consumeUserToken(tx.db, row.id, tx.clock.now()))) throw new AppError('identity.token_invalid', {});
    await repo.updateUser(tx.db, user.id, { passwordHash, status: 'active', updatedAt: tx.clock.now() });
    const active = { ...user, status: 'active' as const };
    await audit({ ...tx, actor: userActor(active) }, { action: 'identity.email_verified', entityType: 'user', entityId: user.id });
    return openSession(tx, active, meta);
  });
}
