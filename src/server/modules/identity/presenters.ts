import type { UserDto } from '../../../shared/contracts/identity.js';
import type { UserWithOffices } from './repository.js';
import type { apiToken, office } from './schema.js';

export function presentUser(u: UserWithOffices): UserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    status: u.status,
    officeIds: u.officeIds,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

export function presentOffice(o: typeof office.$inferSelect) {
  return { id: o.id, code: o.code, name: o.name, city: o.city, nutsCode: o.nutsCode };
}

export function presentApiToken(t: typeof apiToken.$inferSelect) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}
