/**
 * Who may do what in funding (DOMAIN.md sections 1 and 3):
 * - admins: everything;
 * - staff: see every programme, call and application; manage the programmes (and their calls and
 *   applications) of their offices;
 * - finance: see every programme, call and application (payments come next);
 * - applicants and members: apply for the organisations they act for. In an application, the lead
 *   organisation's people edit and submit it; confirmed partners' people read it and answer for
 *   their own partner row; nobody else sees it (it answers 404, revealing nothing);
 * - evaluators: nothing here (evaluation has its own rules);
 * - everyone, signed in or not: published calls.
 */
import type { Actor } from '../../platform/actor.js';

export type FundingAction = 'view' | 'manage';

/** The cluster's people who see the funding back office. */
export function seesBackOffice(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && ['admin', 'staff', 'finance'].includes(actor.role));
}

/** Programmes (their calls, commitments and applications' statuses). */
export function can(actor: Actor, action: FundingAction, programme: { officeId: string | null }): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  if (action === 'view') return seesBackOffice(actor);
  if (actor.role === 'admin') return true;
  return actor.role === 'staff' && programme.officeId !== null && actor.officeIds.includes(programme.officeId);
}

/** Who applies: people acting for organisations. */
export function isApplicantSide(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === 'applicant' || actor.role === 'member');
}

/** How an actor stands towards one application. */
export type ApplicationStanding = 'lead' | 'partner' | 'staff' | 'none';

export interface ApplicationAccess {
  /** The actor acts for the lead organisation. */
  actsForLead: boolean;
  /** The actor acts for a partner organisation that confirmed its participation. */
  actsForPartner: boolean;
  programme: { officeId: string | null };
}

export function standing(actor: Actor, access: ApplicationAccess): ApplicationStanding {
  if (isApplicantSide(actor)) return access.actsForLead ? 'lead' : access.actsForPartner ? 'partner' : 'none';
  return can(actor, 'view', access.programme) ? 'staff' : 'none';
}

/** Editing the application itself (answers, consortium, amounts, files) and submitting it. */
export const mayEdit = (s: ApplicationStanding) => s === 'lead';
/** Reading the application and its versions. */
export const mayRead = (s: ApplicationStanding) => s !== 'none';
