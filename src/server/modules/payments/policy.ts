/**
 * Who may do what in payments (DOMAIN.md section 3):
 * - admins: everything;
 * - staff: see every project, ledger and dashboard; create and sign the agreements, decide the
 *   reports and cancel the payments of the programmes of their offices;
 * - finance: see every project, ledger and dashboard; approve, pay, cancel and record returns
 *   (never approving a payment they created or made due: four eyes); verify bank accounts; export;
 * - applicants and members: the projects of the organisations they act for (lead or awarded
 *   partner), their schedule and payment states; the lead's people upload reports; each
 *   organisation's people enter its bank account. Anything else answers 404;
 * - evaluators and the public: nothing.
 */
import type { Actor } from '../../platform/actor.js';
import { canOnProgramme, seesFundingBackOffice } from '../funding/index.js';

export type ProgrammeAction = 'view' | 'manage' | 'pay' | 'cancel';

export function can(actor: Actor, action: ProgrammeAction, programme: { officeId: string | null }): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  switch (action) {
    case 'view':
      return seesFundingBackOffice(actor);
    case 'manage':
      return canOnProgramme(actor, 'manage', programme);
    case 'pay':
      return actor.role === 'admin' || actor.role === 'finance';
    case 'cancel':
      return actor.role === 'finance' || canOnProgramme(actor, 'manage', programme);
  }
}

/** People acting for organisations (recipients of money). */
export function isRecipientSide(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === 'applicant' || actor.role === 'member');
}

/** A stable key of who acts, for the ledger engine's four-eyes rule. */
export function actorKey(actor: Actor): string {
  return actor.kind === 'user' ? actor.id : `${actor.kind}`;
}

