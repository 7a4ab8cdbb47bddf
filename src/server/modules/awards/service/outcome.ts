/**
 * The applicant's view of the outcome of an application: only for the people of its lead and
 * confirmed partners (anyone else gets 404), and only once the letters have been sent. A reserve
 * promoted since (and told so by its promotion letter) reads as selected.
 */
import type { AwardsOutcome } from '../../../../shared/contracts/awards.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { organisationIdsOfUser } from '../../organisations/index.js';
import * as repo from '../repository.js';
import { letterSources } from './letters.js';
import { composeLetter } from './letter.js';
import { decisionDate } from './results.js';

const UNPUBLISHED: AwardsOutcome = { published: false, outcome: null, rank: null, reservePosition: null, decisionDate: null, letter: null };

async function assertOwn(ctx: Ctx, applicationId: string): Promise<NonNullable<Awaited<ReturnType<typeof repo.findApplication>>>> {
  const app = await repo.findApplication(ctx.db, applicationId);
  if (!app || ctx.actor.kind !== 'user') throw notFound('application', applicationId);
  const mine = new Set(await organisationIdsOfUser(ctx.db, ctx.actor.id));
  const partners = await repo.partnersOf(ctx.db, [applicationId]);
  if (!mine.has(app.leadOrganisationId) && !partners.some((p) => mine.has(p.organisationId))) throw notFound('application', applicationId);
  return app;
}

export async function myOutcome(ctx: Ctx, applicationId: string): Promise<AwardsOutcome> {
  const app = await assertOwn(ctx, applicationId);
  const outcome = await repo.outcomeOfApplication(ctx.db, applicationId);
  const kinds = await repo.letterKindsSent(ctx.db, applicationId);
  if (!outcome || kinds.size === 0) return UNPUBLISHED;
  const promoted = kinds.has('promotion');
  const declined = kinds.has('decline');
  const call = await repo.findCall(ctx.db, app.callId);
  const decision = call ? await repo.decisionOfCall(ctx.db, call.id) : undefined;
  if (!call || !decision) return UNPUBLISHED;
  const { rows, dataFor } = await letterSources(ctx, call, decision);
  const row = rows.find((r) => r.applicationId === applicationId);
  const name = ctx.actor.kind === 'user' ? ctx.actor.name : '';
  return {
    published: true,
    outcome: declined ? 'declined' : promoted ? 'selected' : outcome.outcome,
    rank: outcome.rank,
    reservePosition: promoted || declined ? null : outcome.reservePosition,
    decisionDate: decisionDate(call, decision),
    letter: row ? composeLetter(dataFor(row, declined ? 'decline' : promoted ? 'promotion' : 'decision'), ctx.locale, name) : null,
  };
}
