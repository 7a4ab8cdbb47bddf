/** The whole record of one organisation, as the person asking may see it; and who acts for it. */
import type { z } from 'zod';
import type { orgUserInputSchema } from '../../../../shared/contracts/organisation-records.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { findUserByEmail } from '../../identity/index.js';
import { presentEvent, presentFee, presentOrganisation, presentSite } from '../presenters.js';
import * as orgs from '../repository/organisations.js';
import * as membership from '../repository/membership.js';
import * as size from '../repository/size.js';
import { loadFor, permissionsOn } from './access.js';
import { contactsWithConsents } from './contacts.js';
import { today } from './dates.js';
import { relationsOf } from './relations.js';

export async function organisationDetail(ctx: Ctx, id: string) {
  const org = await loadFor(ctx, id, 'view');
  const permissions = await permissionsOn(ctx, org);
  const now = today(ctx);
  return {
    organisation: presentOrganisation(org),
    sites: (await orgs.listSites(ctx.db, id)).map(presentSite),
    years: (await size.yearsOf(ctx.db, [id])).map((y) => ({ year: y.year, awu: y.awu, turnoverCents: y.turnoverCents, balanceSheetCents: y.balanceSheetCents })),
    relations: await relationsOf(ctx, id),
    membership: (await membership.eventsOf(ctx.db, id)).map(presentEvent),
    fees: (await membership.feesOf(ctx.db, id)).map((f) => presentFee(f, now)),
    contacts: await contactsWithConsents(ctx, id),
    users: await orgs.listOrganisationUsers(ctx.db, id),
    permissions,
  };
}

/** The organisations the signed-in member acts for. */
export async function myOrganisations(ctx: Ctx) {
  if (ctx.actor.kind !== 'user') return [];
  const ids = await orgs.organisationIdsOfUser(ctx.db, ctx.actor.id);
  return (await orgs.findOrganisations(ctx.db, ids)).map(presentOrganisation);
}

export type OrgUserInput = z.output<typeof orgUserInputSchema>;

/** Lets a person with role `member` or `applicant` act for the organisation. */
export async function linkUser(ctx: Ctx, id: string, input: OrgUserInput): Promise<void> {
  await loadFor(ctx, id, 'manage_users');
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) throw new AppError('orgs.user_not_member', { email: input.email }, { issues: [{ path: 'email', code: 'errors:orgs.user_unknown', params: { email: input.email } }] });
  if (user.role !== 'member' && user.role !== 'applicant') throw new AppError('orgs.user_not_member', { email: input.email }, { issues: [{ path: 'email', code: 'errors:orgs.user_not_member', params: { email: input.email } }] });
  await inTransaction(ctx, (tx) => attachUser(tx, id, user.id, input.role));
}

/**
 * Lets a person act for an organisation, audited; the caller has decided that they may (staff
 * linking a member, an approved claim). Call inside a transaction.
 */
export async function attachUser(ctx: Ctx, organisationId: string, userId: string, role: OrgUserInput['role']): Promise<void> {
  await orgs.upsertOrganisationUser(ctx.db, { organisationId, userId, role });
  await audit(ctx, { action: 'orgs.user_linked', entityType: 'organisation', entityId: organisationId, summary: { userId, role } });
}

export async function unlinkUser(ctx: Ctx, id: string, userId: string): Promise<void> {
  await loadFor(ctx, id, 'manage_users');
  await inTransaction(ctx, async (tx) => {
    if (!(await orgs.deleteOrganisationUser(tx.db, id, userId))) throw notFound('organisation_user', userId);
    await audit(tx, { action: 'orgs.user_unlinked', entityType: 'organisation', entityId: id, summary: { userId } });
  });
}
