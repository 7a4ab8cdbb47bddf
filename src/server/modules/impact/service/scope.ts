/**
 * The actor's scope and the access checks every impact use case goes through. Members act for the
 * organisations the registry links them to (`organisation_user`).
 */
import type { Ctx } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { organisationIdsOfUser } from '../../organisations/index.js';
import { can, visibility, type ImpactAction, type OrgResource, type Scope, type Visibility } from '../policy.js';

export async function loadScope(ctx: Ctx): Promise<Scope> {
  if (ctx.actor.kind !== 'user' || ctx.actor.role !== 'member') return { memberOrganisationIds: [] };
  return { memberOrganisationIds: await organisationIdsOfUser(ctx.db, ctx.actor.id) };
}

export async function visibleFor(ctx: Ctx): Promise<Visibility> {
  return visibility(ctx.actor, await loadScope(ctx));
}

/**
 * Throws unless the actor may do `action` on the record: 404 when they may not even read it (its
 * existence is not revealed), 403 when they may read but not do this.
 */
export async function assertCan(ctx: Ctx, action: ImpactAction, resource: OrgResource | undefined, entity: string, id: string): Promise<void> {
  if (!resource) throw notFound(entity, id);
  const scope = await loadScope(ctx);
  if (!can(ctx.actor, 'read', resource, scope)) throw notFound(entity, id);
  if (action !== 'read' && !can(ctx.actor, action, resource, scope)) throw new AppError('auth.forbidden', { action });
}

/** The acting person's id, or null for the system (CLI, demo, jobs). */
export function actorUserId(ctx: Ctx): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.id : null;
}
