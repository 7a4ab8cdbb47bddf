/**
 * Who may do what with raw-materials intelligence. The EU figures are for every cluster role; the
 * cluster's staff maintain the parameters and capacity figures, administrators load datasets.
 * Scenarios belong to their author: staff see them all, members see their own and the shared ones;
 * only staff share a scenario with everyone. Members see other members by name only when those
 * are in the public directory.
 */
import type { Actor } from '../../platform/actor.js';
import { forbidden } from '../../platform/http/errors.js';
import type { Role } from '../../../shared/roles.js';

export const CLUSTER_ROLES: readonly Role[] = ['admin', 'staff', 'finance', 'member'];
export const MANAGER_ROLES: readonly Role[] = ['admin', 'staff'];

export type MaterialsAction =
  | 'read'
  | 'manage'
  | 'import'
  | 'scenario.create'
  | 'scenario.view'
  | 'scenario.edit'
  | 'scenario.share'
  | 'members.seeAll';

export interface ScenarioResource {
  readonly createdBy: string | null;
  readonly shared: boolean;
}

function roleIn(actor: Actor, roles: readonly Role[]): boolean {
  return actor.kind === 'user' && roles.includes(actor.role);
}

function isAuthor(actor: Actor, s: ScenarioResource | undefined): boolean {
  return actor.kind === 'user' && s !== undefined && s.createdBy === actor.id;
}

export function can(actor: Actor, action: MaterialsAction, scenario?: ScenarioResource): boolean {
  if (actor.kind === 'system') return true;
  switch (action) {
    case 'read':
    case 'scenario.create':
      return roleIn(actor, CLUSTER_ROLES);
    case 'manage':
    case 'scenario.share':
      return roleIn(actor, MANAGER_ROLES);
    case 'import':
      return roleIn(actor, ['admin']);
    case 'scenario.view':
      return roleIn(actor, ['admin', 'staff', 'finance']) || (roleIn(actor, CLUSTER_ROLES) && (scenario?.shared === true || isAuthor(actor, scenario)));
    case 'scenario.edit':
      return roleIn(actor, ['admin']) || (roleIn(actor, CLUSTER_ROLES) && isAuthor(actor, scenario));
    case 'members.seeAll':
      return roleIn(actor, ['admin', 'staff', 'finance']);
  }
}

/** Throws `auth.forbidden` unless the actor may do it. */
export function authorize(actor: Actor, action: MaterialsAction, scenario?: ScenarioResource): void {
  if (!can(actor, action, scenario)) throw forbidden(action);
}
