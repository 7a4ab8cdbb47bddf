/** Roles (DOMAIN.md section 1). `staff` is scoped to offices; the others are not. */
export const ROLES = ['admin', 'staff', 'finance', 'member', 'applicant', 'evaluator'] as const;
export type Role = (typeof ROLES)[number];

/** Roles of the cluster's own people (they see the back office). */
export const STAFF_ROLES: readonly Role[] = ['admin', 'staff', 'finance'];

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
