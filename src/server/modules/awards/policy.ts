/**
 * Who may do what in awards (DOMAIN.md sections 1 and 3):
 * - admins, staff and finance see the selection of every call (preview, decision, letters sent);
 * - admins, and staff of the programme's office, freeze the decision and send the letters;
 * - applicants and members see the outcome of the applications they lead or are confirmed partners
 *   in, once the letters have been sent; nobody else (404);
 * - evaluators: nothing here;
 * - everyone: the public results of a call once its decision is frozen.
 */
import type { Actor } from '../../platform/actor.js';
import { canOnProgramme } from '../funding/index.js';

export type AwardsAction = 'view_selection' | 'decide';

export function can(actor: Actor, action: AwardsAction, programme: { officeId: string | null }): boolean {
  return canOnProgramme(actor, action === 'decide' ? 'manage' : 'view', programme);
}
