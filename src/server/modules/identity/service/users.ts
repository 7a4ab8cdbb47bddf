/** People: invitations, accepting them, administration of roles, office scopes and status. */
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { hashPassword } from '../../../platform/secrets.js';
import { translatorFor } from '../../../../shared/i18n/i18n.js';
import type { Locale } from '../../../../shared/i18n/locales.js';
import type { Role } from '../../../../shared/roles.js';
import * as repo from '../repository.js';
import { assertAcceptablePassword, issueToken, liveToken } from './passwords.js';
import { openSession, userActor, type NewSession } from './sessions.js';

export interface InviteInput {
  email: string;
  name: string;
  role: Role;
  officeIds: string[];
  locale: Locale;
}

async function assertOffices(ctx: Ctx, role: Role, officeIds: string[]): Promise<void> {
  if (role === 'staff' && officeIds.length === 0) {
    throw new AppError('identity.office_scope_required', {}, { issues: [{ path: 'officeIds', code: 'errors:identity.office_scope_required' }] });
  }
  const found = await repo.findOfficesByIds(ctx.db, officeIds);
  if (found.length !== new Set(officeIds).size) throw new AppError('identity.unknown_office', {}, { issues: [{ path: 'officeIds', code: 'errors:identity.unknown_office' }] });
}

async function mailInvitation(ctx: Ctx, user: { id: string; email: string; name: string; locale: Locale; role: Role }): Promise<void> {
  const link = await issueToken(ctx, user.id, 'invite');
  const inviter = ctx.actor.kind === 'user' ? ctx.actor.name : 'Veta';
  await sendMail(ctx, {
    to: user.email,
    locale: user.locale,
    template: 'invite',
    params: { name: user.name, inviter, role: translatorFor(user.locale)(`common:roles.${user.role}`) },
    action: { url: link, labelKey: 'mail:invite.action' },
  });
}

export async function invite(ctx: Ctx, input: InviteInput): Promise<repo.UserWithOffices> {
  await assertOffices(ctx, input.role, input.officeIds);
  return inTransaction(ctx, async (tx) => {
    if (await repo.findUserByEmail(tx.db, input.email)) {
      throw new AppError('identity.email_taken', { email: input.email }, { issues: [{ path: 'email', code: 'errors:identity.email_taken', params: { email: input.email } }] });
    }
    const user = await repo.insertUser(tx.db, { email: input.email, name: input.name, role: input.role, locale: input.locale, status: 'invited' });
    await repo.setUserOffices(tx.db, user.id, input.role === 'staff' ? input.officeIds : []);
    await mailInvitation(tx, user);
    await audit(tx, { action: 'identity.user_invited', entityType: 'user', entityId: user.id, summary: { email: user.email, role: user.role, officeIds: input.officeIds } });
    return { ...user, officeIds: input.role === 'staff' ? input.officeIds : [] };
  });
}

export async function resendInvitation(ctx: Ctx, userId: string): Promise<void> {
  const user = await repo.findUserById(ctx.db, userId);
  if (!user) throw notFound('user', userId);
  if (user.status !== 'invited') throw new AppError('identity.token_invalid', {});
  await inTransaction(ctx, async (tx) => {
    await mailInvitation(tx, user);
    await audit(tx, { action: 'identity.invitation_resent', entityType: 'user', entityId: user.id });
  });
}

/** What the invitation page shows before the person sets a password. */
export async function peekInvitation(ctx: Ctx, token: string): Promise<{ email: string; name: string }> {
  const { user } = await liveToken(ctx, token, 'invite');
  return { email: user.email, name: user.name };
}

export async function acceptInvitation(
  ctx: Ctx,
  input: { token: string; password: string; name?: string },
  meta: { ip: string; userAgent?: string },
): Promise<NewSession> {
  const { row, user } = await liveToken(ctx, input.token, 'invite');
  assertAcceptablePassword(input.password, user.email);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (!(await repo.consumeUserToken(tx.db, row.id, tx.clock.now()))) throw new AppError('identity.token_invalid', {});
    const name = input.name ?? user.name;
    await repo.updateUser(tx.db, user.id, { passwordHash, status: 'active', name, updatedAt: tx.clock.now() });
    const active = { ...user, name, status: 'active' as const };
    await audit({ ...tx, actor: userActor(active) }, { action: 'identity.invitation_accepted', entityType: 'user', entityId: user.id });
    return openSession(tx, active, meta);
  });
}

export interface UserChanges {
  name?: string;
  role?: Role;
  officeIds?: string[];
  status?: 'active' | 'disabled';
}

export async function updateUser(ctx: Ctx, userId: string, changes: UserChanges): Promise<repo.UserWithOffices> {
  const user = await repo.findUserById(ctx.db, userId);
  if (!user) throw notFound('user', userId);
  const role = changes.role ?? user.role;
  const officeIds = role === 'staff' ? (changes.officeIds ?? user.officeIds) : [];
  await assertOffices(ctx, role, officeIds);
  return inTransaction(ctx, async (tx) => {
    const losesAdmin = user.role === 'admin' && user.status === 'active' && (role !== 'admin' || changes.status === 'disabled');
    if (losesAdmin && (await repo.countActiveAdmins(tx.db)) <= 1) throw new AppError('identity.last_admin', {});
    const status = changes.status ?? user.status;
    await repo.updateUser(tx.db, userId, { name: changes.name ?? user.name, role, status, updatedAt: tx.clock.now() });
    await repo.setUserOffices(tx.db, userId, officeIds);
    if (status === 'disabled' || role !== user.role) await repo.revokeUserSessions(tx.db, userId, tx.clock.now());
    await audit(tx, { action: 'identity.user_updated', entityType: 'user', entityId: userId, summary: diff(user, { name: changes.name ?? user.name, role, status, officeIds }) });
    const updated = await repo.findUserById(tx.db, userId);
    if (!updated) throw notFound('user', userId);
    return updated;
  });
}

function diff(before: repo.UserWithOffices, after: { name: string; role: Role; status: string; officeIds: string[] }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (before.name !== after.name) out.name = { from: before.name, to: after.name };
  if (before.role !== after.role) out.role = { from: before.role, to: after.role };
  if (before.status !== after.status) out.status = { from: before.status, to: after.status };
  if ([...before.officeIds].sort().join() !== [...after.officeIds].sort().join()) out.officeIds = { from: before.officeIds, to: after.officeIds };
  return out;
}

export async function updateProfile(ctx: Ctx, changes: { name?: string; locale?: Locale }): Promise<repo.UserWithOffices> {
  if (ctx.actor.kind !== 'user') throw new AppError('auth.required', {});
  const id = ctx.actor.id;
  return inTransaction(ctx, async (tx) => {
    await repo.updateUser(tx.db, id, { ...changes, updatedAt: tx.clock.now() });
    await audit(tx, { action: 'identity.profile_updated', entityType: 'user', entityId: id, summary: changes });
    const user = await repo.findUserById(tx.db, id);
    if (!user) throw notFound('user', id);
    return user;
  });
}

/** Creates an active administrator directly (CLI `veta admin create`, first-run setup). */
export async function createAdmin(ctx: Ctx, input: { email: string; name: string; password: string; locale: Locale }): Promise<repo.UserWithOffices> {
  return createActiveUser(ctx, { ...input, role: 'admin' });
}

/** Creates an active user with a password directly, audited (administration tools, demo data). */
export async function createActiveUser(ctx: Ctx, input: { email: string; name: string; password: string; locale: Locale; role: Role }): Promise<repo.UserWithOffices> {
  assertAcceptablePassword(input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (await repo.findUserByEmail(tx.db, input.email)) {
      throw new AppError('identity.email_taken', { email: input.email }, { issues: [{ path: 'email', code: 'errors:identity.email_taken', params: { email: input.email } }] });
    }
    const user = await repo.insertUser(tx.db, { email: input.email, name: input.name, role: input.role, locale: input.locale, status: 'active', passwordHash });
    await audit(tx, { action: input.role === 'admin' ? 'identity.admin_created' : 'identity.user_created', entityType: 'user', entityId: user.id, summary: { email: user.email, role: input.role } });
    return { ...user, officeIds: [] };
  });
}
