/**
 * Who may do what with impact records (measures, meters, readings, analyses, site tokens). Every
 * record belongs to an organisation; the rules look at that organisation and its office.
 *
 * - admin, and the system (CLI commands and the demo, run by the operator): everything.
 * - staff: records of organisations whose office is one of theirs.
 * - member: records of the organisations they act for (`Scope.memberOrganisationIds`, resolved by
 *   `service/scope.ts`), except verifying savings: a company does not verify its own savings.
 * - finance and member: the cluster-wide dashboard (aggregates only).
 * - emission factors: admin and staff maintain the table; every cluster role reads it.
 */
import type { Actor } from '../../platform/actor.js';

export type ImpactAction = 'read' | 'write' | 'verify';

/** The organisation a record belongs to, with its office (staff scope). */
export interface OrgResource {
  organisationId: string;
  officeId: string | null;
}

/** What the actor acts for beyond their role (the member link of the registry). */
export interface Scope {
  memberOrganisationIds: readonly string[];
}

export function can(actor: Actor, action: ImpactAction, resource: OrgResource, scope: Scope): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'staff':
      return resource.officeId !== null && actor.officeIds.includes(resource.officeId);
    case 'member':
      return action !== 'verify' && scope.memberOrganisationIds.includes(resource.organisationId);
    default:
      return false;
  }
}

/** Which organisations' records a listing may show. */
export type Visibility =
  | { kind: 'all' }
  | { kind: 'offices'; officeIds: readonly string[] }
  | { kind: 'organisations'; organisationIds: readonly string[] }
  | { kind: 'none' };

export function visibility(actor: Actor, scope: Scope): Visibility {
  if (actor.kind === 'system') return { kind: 'all' };
  if (actor.kind !== 'user') return { kind: 'none' };
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'staff') return actor.officeIds.length ? { kind: 'offices', officeIds: actor.officeIds } : { kind: 'none' };
  if (actor.role === 'member') return scope.memberOrganisationIds.length ? { kind: 'organisations', organisationIds: scope.memberOrganisationIds } : { kind: 'none' };
  return { kind: 'none' };
}

export function canSeeClusterDashboard(actor: Actor): boolean {
  return actor.kind === 'user' && ['admin', 'staff', 'finance', 'member'].includes(actor.role);
}

export function canMaintainFactors(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'staff'));
}

export function canSeeTelemetry(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'staff');
}
