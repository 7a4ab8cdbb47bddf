/** Fastify augmentations: every route declares who may call it; every request carries a Ctx. */
import type { FastifyInstance, FastifyBaseLogger, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Role } from '../../../shared/roles.js';
import type { Actor } from '../actor.js';
import type { Ctx } from '../context.js';

/**
 * Who may call a route, checked before the handler: `public` (anyone), `user` (any signed-in
 * person), or a list of roles. Finer rules (own application, office scope) live in module policies.
 */
export type Access = 'public' | 'user' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Skip CSRF for this cookie-authenticated unsafe route (only sign-in style routes). */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    ctx: Ctx;
    csrfToken?: string;
  }
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
