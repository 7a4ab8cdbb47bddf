/**
 * The consortium: the lead invites partner organisations by email; whoever receives the link signs
 * in (or registers), picks the organisation they act for and declares its role(s). The lead sets
 * the amounts each partner requests; each partner answers for its own roles and de minimis
 * declaration. Invitation links are single-use, stored hashed, and end with the call's deadline.
 */
import type { z } from 'zod';
import type { acceptInvitationSchema, partnerInviteSchema, partnerPatchSchema } from '../../../../shared/contracts/funding-applications.js';
import type { Answers, ListEntry } from '../../../../shared/contracts/funding.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { newSecret, sha256 } from '../../../platform/secrets.js';
import { findOrganisations } from '../../organisations/index.js';
import * as apps from '../repository/applications.js';
import * as calls from '../repository/calls.js';
import { loadApplication, loadForEdit, myOrganisationIds, assertChangeable } from './access.js';
import { refreshEligibility } from './applications.js';
import { isLead } from './detail.js';

const INVITATION_DAYS = 21;

function invitationExpiry(now: Date, deadline: Date | null): Date {
  const limit = now.getTime() + INVITATION_DAYS * 86_400_000;
  return new Date(deadline ? Math.min(limit, deadline.getTime()) : limit);
}

async function mailInvitation(ctx: Ctx, loaded: { app: apps.ApplicationRow; call: calls.CallRow }, partner: apps.PartnerRow, token: string): Promise<void> {
  const [lead] = await findOrganisations(ctx.db, [loaded.app.leadOrganisationId]);
  const locale = partner.invitedLocale ?? 'es';
  await sendMail(ctx, {
    to: partner.invitedEmail ?? '',
    locale,
    template: 'fundingInvitation',
    params: {
      name: partner.invitedName ?? '',
      inviter: ctx.actor.kind === 'user' ? ctx.actor.name : 'Veta',
      lead: lead?.legalName ?? '',
      call: locale === 'es' ? loaded.call.titleEs : loaded.call.titleEn,
      project: loaded.app.acronym ?? loaded.app.reference,
    },
    action: { url: `${ctx.config.publicUrl}/invitation?token=${encodeURIComponent(token)}`, labelKey: 'mail:fundingInvitation.action' },
  });
}

export async function invitePartner(ctx: Ctx, applicationId: string, input: z.output<typeof partnerInviteSchema>) {
  const loaded = await loadForEdit(ctx, applicationId);
  await inTransaction(ctx, async (tx) => {
    if (await apps.activePartnerLike(tx.db, applicationId, { email: input.email })) {
      throw new AppError('funding.partner_exists', { email: input.email }, { issues: [{ path: 'email', code: 'errors:funding.partner_exists', params: { email: input.email } }] });
    }
    const token = newSecret();
    const partner = await apps.insertPartner(tx.db, {
      applicationId,
      invitedEmail: input.email,
      invitedName: input.name,
      invitedLocale: input.locale,
      invitedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      roles: input.roles,
      requestedCents: input.requestedCents,
      inviteTokenHash: sha256(token),
      inviteExpiresAt: invitationExpiry(tx.clock.now(), loaded.call.deadlineAt),
    });
    await mailInvitation(tx, loaded, partner, token);
    await audit(tx, { action: 'funding.partner_invited', entityType: 'application', entityId: applicationId, summary: { partnerId: partner.id, roles: input.roles, requestedCents: input.requestedCents } });
  });
}

async function loadPartner(ctx: Ctx, partnerId: string) {
  const partner = await apps.findPartner(ctx.db, partnerId);
  if (!partner) throw notFound('partner', partnerId);
  const loaded = await loadApplication(ctx, partner.applicationId);
  return { partner, loaded };
}

export async function resendInvitation(ctx: Ctx, partnerId: string): Promise<void> {
  const { partner } = await loadPartner(ctx, partnerId);
  const loaded = await loadForEdit(ctx, partner.applicationId);
  if (partner.status !== 'invited') throw new AppError('funding.invitation_answered', {});
  await inTransaction(ctx, async (tx) => {
    const token = newSecret();
    await apps.updatePartner(tx.db, partnerId, { inviteTokenHash: sha256(token), inviteExpiresAt: invitationExpiry(tx.clock.now(), loaded.call.deadlineAt) });
    await mailInvitation(tx, loaded, partner, token);
    await audit(tx, { action: 'funding.invitation_resent', entityType: 'application', entityId: partner.applicationId, summary: { partnerId } });
  });
}

/** The lead changes amounts and roles; a partner its own roles and de minimis declaration. */
export async function updatePartner(ctx: Ctx, partnerId: string, patch: z.output<typeof partnerPatchSchema>): Promise<void> {
  const { partner, loaded } = await loadPartner(ctx, partnerId);
  const own = partner.organisationId !== null && loaded.mine.has(partner.organisationId) && partner.status === 'confirmed';
  const lead = loaded.standing === 'lead';
  if ((patch.requestedCents !== undefined && !lead) || (patch.roles !== undefined && !lead && !own) || (patch.deMinimis !== undefined && !own)) throw forbidden('edit_partner');
  assertChangeable(ctx, loaded);
  await inTransaction(ctx, async (tx) => {
    await apps.updatePartner(tx.db, partnerId, patch);
    await apps.updateApplication(tx.db, partner.applicationId, { updatedAt: tx.clock.now() });
    await refreshEligibility(tx, partner.applicationId);
    await audit(tx, { action: 'funding.partner_updated', entityType: 'application', entityId: partner.applicationId, summary: { partnerId, fields: Object.keys(patch) } });
  });
}

/** Removes a partner (not the lead) and its rows of the budget tables. */
export async function removePartner(ctx: Ctx, partnerId: string): Promise<void> {
  const { partner } = await loadPartner(ctx, partnerId);
  const loaded = await loadForEdit(ctx, partner.applicationId);
  if (isLead(loaded.app, partner)) throw new AppError('funding.lead_partner', {});
  const answers = loaded.app.answers as Answers;
  const cleaned: Answers = {};
  for (const [q, v] of Object.entries(answers)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && partnerId in v.partners) {
      const { [partnerId]: _gone, ...rest } = v.partners;
      cleaned[q] = { partners: rest };
    }
  }
  await inTransaction(ctx, async (tx) => {
    await apps.deletePartner(tx.db, partnerId);
    if (Object.keys(cleaned).length) await apps.mergeAnswers(tx.db, partner.applicationId, cleaned, tx.clock.now());
    await apps.updateApplication(tx.db, partner.applicationId, { updatedAt: tx.clock.now() });
    await refreshEligibility(tx, partner.applicationId);
    await audit(tx, { action: 'funding.partner_removed', entityType: 'application', entityId: partner.applicationId, summary: { partnerId, organisationId: partner.organisationId } });
  });
}

// --- the invited side ------------------------------------------------------------------------

async function liveInvitation(ctx: Ctx, token: string) {
  const partner = await apps.findPartnerByToken(ctx.db, sha256(token));
  if (!partner) throw new AppError('funding.invitation_invalid', {});
  if (partner.status !== 'invited') throw new AppError('funding.invitation_answered', {});
  if (!partner.inviteExpiresAt || partner.inviteExpiresAt.getTime() <= ctx.clock.now().getTime()) throw new AppError('funding.invitation_expired', {});
  const app = await apps.findApplication(ctx.db, partner.applicationId);
  const call = app ? await calls.findCall(ctx.db, app.callId) : undefined;
  if (!app || !call) throw new AppError('funding.invitation_invalid', {});
  return { partner, app, call };
}

/** What the invitation page shows (anyone holding the link). */
export async function peekInvitation(ctx: Ctx, token: string) {
  const { partner, app, call } = await liveInvitation(ctx, token);
  const [lead] = await findOrganisations(ctx.db, [app.leadOrganisationId]);
  return {
    callCode: call.code,
    callTitleEs: call.titleEs,
    callTitleEn: call.titleEn,
    reference: app.reference,
    acronym: app.acronym,
    title: app.title,
    leadName: lead?.legalName ?? '',
    invitedEmail: partner.invitedEmail ?? '',
    invitedName: partner.invitedName,
    roles: partner.roles,
    partnerRoles: (call.partnerRoles as ListEntry[]).map((r) => ({ id: r.id, labelEs: r.labelEs, labelEn: r.labelEn })),
    requestedCents: partner.requestedCents,
    expiresAt: (partner.inviteExpiresAt ?? new Date(0)).toISOString(),
    deadlineAt: call.deadlineAt?.toISOString() ?? null,
  };
}

/** The signed-in person confirms for an organisation they act for, with its role(s). */
export async function acceptInvitation(ctx: Ctx, token: string, input: z.output<typeof acceptInvitationSchema>): Promise<string> {
  const { partner, app, call } = await liveInvitation(ctx, token);
  assertChangeable(ctx, { app, call });
  if (!(await myOrganisationIds(ctx)).has(input.organisationId)) {
    throw new AppError('funding.organisation_not_yours', {}, { issues: [{ path: 'organisationId', code: 'errors:funding.organisation_not_yours' }] });
  }
  const known = new Set((call.partnerRoles as ListEntry[]).map((r) => r.id));
  const unknown = input.roles.filter((r) => !known.has(r));
  if (unknown.length) throw new AppError('validation.failed', { count: 1 }, { issues: [{ path: 'roles', code: 'funding:answers.unknown_option', params: { value: unknown.join(', ') } }] });
  await inTransaction(ctx, async (tx) => {
    if (await apps.activePartnerLike(tx.db, app.id, { organisationId: input.organisationId })) throw new AppError('funding.partner_exists', { email: partner.invitedEmail ?? '' });
    const now = tx.clock.now();
    await apps.updatePartner(tx.db, partner.id, { organisationId: input.organisationId, roles: input.roles, status: 'confirmed', confirmedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null, confirmedAt: now, inviteTokenHash: null });
    await apps.updateApplication(tx.db, app.id, { updatedAt: now });
    await refreshEligibility(tx, app.id);
    await audit(tx, { action: 'funding.partner_confirmed', entityType: 'application', entityId: app.id, summary: { partnerId: partner.id, organisationId: input.organisationId, roles: input.roles } });
  });
  return app.id;
}

export async function declineInvitation(ctx: Ctx, token: string): Promise<void> {
  const { partner, app } = await liveInvitation(ctx, token);
  await inTransaction(ctx, async (tx) => {
    await apps.updatePartner(tx.db, partner.id, { status: 'declined', declinedAt: tx.clock.now(), inviteTokenHash: null });
    await audit(tx, { action: 'funding.partner_declined', entityType: 'application', entityId: app.id, summary: { partnerId: partner.id } });
  });
}
