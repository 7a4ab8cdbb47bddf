/** Loads an organisation and checks that the actor may act on it (policy.ts). */
import type { Ctx } from '../../../platform/context.js';
import { forbidden, notFound } from '../../../platform/http/errors.js';
import { can, type OrgAction } from '../policy.js';
import * as repo from '../repository/organisations.js';

export async function actsForOrganisation(ctx: Ctx, organisationId: string): Promise<boolean> {
  const a = ctx.actor;
  return a.kind === 'user' && (a.role === 'member' || a.role === 'applicant') ? repo.actsFor(ctx.db, a.id, organisationId) : false;
}

/**
 * The organisation, if the actor may `action` it. Someone who may not even see it gets 404 (so the
 * registry does not reveal which organisations exist); someone who may see but not change it, 403.
 */
export async function loadFor(ctx: Ctx, organisationId: string, action: OrgAction): Promise<repo.OrganisationRow> {
  const org = await repo.findOrganisation(ctx.db, organisationId);
  if (!org) throw notFound('organisation', organisationId);
  const resource = { officeId: org.officeId, actsFor: await actsForOrganisation(ctx, organisationId) };
  if (!can(ctx.actor, 'view', resource)) throw notFound('organisation', organisationId);
  if (!can(ctx.actor, action, resource)) throw forbidden(action);
  return org;
}

/** Every permission of the actor on one organisation (the web shows only what the person may do). */
export async function permissionsOn(ctx: Ctx, org: repo.OrganisationRow) {
  const resource = { officeId: org.officeId, actsFor: await actsForOrganisation(ctx, org.id) };
  const c = (a: OrgAction) => can(ctx.actor, a, resource);
  return {
    editProfile: c('edit_profile'),
    editAdmin: c('edit_admin'),
    manageMembership: c('manage_membership'),
    manageFees: c('manage_fees'),
    manageContacts: c('manage_contacts'),
    manageSize: c('manage_size'),
    manageRelations: c('manage_relations'),
    manageUsers: c('manage_users'),
  };
}
