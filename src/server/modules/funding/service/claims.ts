/**
 * Claims to act for an organisation already in the registry. Staff approve or reject them (or one
 * is approved at once when the person's address is on the organisation's web domain); an approval
 * lets the person act for the organisation as its representative, through the registry.
 */
import type { Ctx } from '../../../platform/context.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { attachUser } from '../../organisations/index.js';
import * as repo from '../repository/declarations.js';
import { iso, isoOrNull } from '../presenters.js';
import { assertBackOffice } from './programmes.js';

export function presentClaim(c: repo.ClaimWithNames) {
  return {
    id: c.claim.id,
    organisationId: c.claim.organisationId,
    organisationName: c.organisationName,
    taxId: c.taxId,
    userId: c.claim.userId,
    userName: c.userName,
    userEmail: c.userEmail,
    status: c.claim.status,
    message: c.claim.message,
    reason: c.claim.reason,
    createdAt: iso(c.claim.createdAt),
    decidedAt: isoOrNull(c.claim.decidedAt),
  };
}

export async function listClaims(ctx: Ctx, status?: 'pending' | 'approved' | 'rejected') {
  assertBackOffice(ctx);
  return (await repo.listClaims(ctx.db, status)).map(presentClaim);
}

/** Approves or rejects a pending claim (inside the caller's transaction); mails the person. */
export async function decide(ctx: Ctx, id: string, input: { approve: boolean; reason?: string }, decidedBy: string | null): Promise<void> {
  const c = await repo.findClaim(ctx.db, id);
  if (!c) throw notFound('claim', id);
  const status = input.approve ? 'approved' : 'rejected';
  if (!(await repo.decideClaim(ctx.db, id, { status, decidedBy, decidedAt: ctx.clock.now(), reason: input.reason ?? null }))) throw new AppError('funding.claim_decided', {});
  if (input.approve) await attachUser(ctx, c.claim.organisationId, c.claim.userId, 'representative');
  await audit(ctx, { action: `funding.claim_${status}`, entityType: 'organisation', entityId: c.claim.organisationId, summary: { claimId: id, userId: c.claim.userId, reason: input.reason ?? null } });
  await sendMail(ctx, {
    to: c.userEmail,
    locale: c.userLocale,
    template: input.approve ? 'fundingClaimApproved' : 'fundingClaimRejected',
    params: { name: c.userName, organisation: c.organisationName, reason: input.reason ?? '' },
    action: { url: `${ctx.config.publicUrl}/funding`, labelKey: `mail:${input.approve ? 'fundingClaimApproved' : 'fundingClaimRejected'}.action` },
  });
}

/** Staff decide a claim. */
export async function decideClaim(ctx: Ctx, id: string, input: { approve: boolean; reason?: string }): Promise<void> {
  assertBackOffice(ctx);
  if (ctx.actor.kind !== 'user' || !['admin', 'staff'].includes(ctx.actor.role)) throw new AppError('auth.forbidden', {});
  const actorId = ctx.actor.id;
  await inTransaction(ctx, (tx) => decide(tx, id, input, actorId));
}
