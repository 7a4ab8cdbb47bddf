import type { Role } from '../../shared/roles.js';
import type { Locale } from '../../shared/i18n/locales.js';

/** Who is acting: a signed-in person (session or API token), the system (jobs, CLI), or nobody. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system'; label: string }
  | {
      kind: 'user';
      id: string;
      email: string;
      name: string;
      role: Role;
      locale: Locale;
      officeIds: string[];
      sessionId?: string;
      tokenId?: string;
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const anonymous: Actor = { kind: 'anonymous' };

export function systemActor(label = 'system'): Actor {
  return { kind: 'system', label };
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.email;
  if (actor.kind === 'system') return actor.label;
  return 'anonymous';
}
