/**
 * Who may do what with an organisation's record (DOMAIN.md section 1, roles):
 * - admins: everything, every office;
 * - staff: everything for organisations whose responsible office is one of theirs;
 * - finance: read every record, manage fees and membership certificates;
 * - members: read and edit their own organisation's profile, sites, size figures and contacts;
 * - applicants (people applying to calls, members or not): read and edit their own organisation's
 *   profile, sites and size figures;
 * - evaluators: nothing here (the public directory is open to everyone).
 */
import type { Actor } from '../../platform/actor.js';

export type OrgAction =
  | 'view'
  | 'edit_profile'
  | 'edit_admin'
  | 'manage_membership'
  | 'manage_fees'
  | 'manage_contacts'
  | 'manage_size'
  | 'manage_relations'
  | 'manage_users';

export interface OrgResource {
  officeId: string | null;
  /** The actor acts for this organisation (organisation_user). */
  actsFor: boolean;
}

const MEMBER_ACTIONS: readonly OrgAction[] = ['view', 'edit_profile', 'manage_contacts', 'manage_size'];
const APPLICANT_ACTIONS: readonly OrgAction[] = ['view', 'edit_profile', 'manage_size'];
const FINANCE_ACTIONS: readonly OrgAction[] = ['view', 'manage_fees'];

export function can(actor: Actor, action: OrgAction, org: OrgResource): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'staff':
      return org.officeId !== null && actor.officeIds.includes(org.officeId);
    case 'finance':
      return FINANCE_ACTIONS.includes(action);
    case 'member':
      return org.actsFor && MEMBER_ACTIONS.includes(action);
    case 'applicant':
      return org.actsFor && APPLICANT_ACTIONS.includes(action);
    default:
      return false;
  }
}

/** Creating an organisation: admins anywhere, staff in one of their offices. */
export function canCreate(actor: Actor, officeId: string | null): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'staff' && officeId !== null && actor.officeIds.includes(officeId);
}

/** The internal directory (every field): the cluster's own people. */
export function seesInternalDirectory(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && ['admin', 'staff', 'finance'].includes(actor.role));
}

/** Which organisations the internal directory shows to this actor. */
export function directoryScope(actor: Actor): { kind: 'all' } | { kind: 'offices'; officeIds: string[] } {
  if (actor.kind === 'user' && actor.role === 'staff') return { kind: 'offices', officeIds: actor.officeIds };
  return { kind: 'all' };
}
