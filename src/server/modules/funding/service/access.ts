/** Loads an application with everything around it and the actor's standing towards it (policy.ts). */
import type { Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { organisationIdsOfUser } from '../../organisations/index.js';
import { isApplicantSide, mayEdit, standing, type ApplicationStanding } from '../policy.js';
import * as apps from '../repository/applications.js';
import * as calls from '../repository/calls.js';
import { assertOpen } from './deadline.js';

export interface LoadedApplication {
  app: apps.ApplicationRow;
  call: calls.CallRow;
  programme: calls.ProgrammeRow;
  partners: apps.PartnerRow[];
  standing: Exclude<ApplicationStanding, 'none'>;
  /** Organisations the actor acts for. */
  mine: ReadonlySet<string>;
}

/** The organisations the actor acts for (none unless an applicant or member). */
export async function myOrganisationIds(ctx: Ctx): Promise<Set<string>> {
  return ctx.actor.kind === 'user' && isApplicantSide(ctx.actor) ? new Set(await organisationIdsOfUser(ctx.db, ctx.actor.id)) : new Set();
}

/** The application if the actor may read it; 404 otherwise (nothing is revealed). */
export async function loadApplication(ctx: Ctx, id: string): Promise<LoadedApplication> {
  const app = await apps.findApplication(ctx.db, id);
  if (!app) throw notFound('application', id);
  const [call, partners, mine] = await Promise.all([calls.findCall(ctx.db, app.callId), apps.partnersOf(ctx.db, id), myOrganisationIds(ctx)]);
  const programme = call ? await calls.findProgramme(ctx.db, call.programmeId) : undefined;
  if (!call || !programme) throw notFound('application', id);
  const s = standing(ctx.actor, {
    actsForLead: mine.has(app.leadOrganisationId),
    actsForPartner: partners.some((p) => p.status === 'confirmed' && p.organisationId !== null && mine.has(p.organisationId)),
    programme,
  });
  if (s === 'none') throw notFound('application', id);
  return { app, call, programme, partners, standing: s, mine };
}

/** The application, if the actor leads it and it may still change (open call, not withdrawn). */
export async function loadForEdit(ctx: Ctx, id: string): Promise<LoadedApplication> {
  const loaded = await loadAsLead(ctx, id);
  assertChangeable(ctx, loaded);
  return loaded;
}

/** The application, if the actor leads it (whether or not it may still change). */
export async function loadAsLead(ctx: Ctx, id: string): Promise<LoadedApplication> {
  const loaded = await loadApplication(ctx, id);
  if (!mayEdit(loaded.standing)) throw forbidden('edit_application');
  return loaded;
}

/**
 * Withdrawn and ineligible applications, and every application once the deadline has passed at
 * `at` (the server clock when the request arrived), are frozen.
 */
export function assertChangeable(ctx: Ctx, loaded: Pick<LoadedApplication, 'app' | 'call'>, at = ctx.clock.now()): void {
  if (loaded.app.status === 'withdrawn' || loaded.app.status === 'ineligible') throw new AppError('funding.application_locked', { status: loaded.app.status });
  assertOpen(ctx, loaded.call, at);
}
