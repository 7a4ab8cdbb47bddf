/**
 * Who is calling: a session cookie (browser) or a bearer API token (CLI, integrations). The resolvers
 * come from the identity module; this file only wires them into every request, enforces each route's
 * declared `access`, and checks the CSRF token on cookie-authenticated unsafe requests.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { anonymous, type Actor } from '../actor.js';
import { makeCtx, type Platform } from '../context.js';
import { AppError } from './errors.js';
import { requestLocale } from './problem.js';
import type { Access, App } from './types.js';

export const SESSION_COOKIE = 'veta_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthResolvers {
  /** Resolves a session cookie value; returns the actor and the session's CSRF token. */
  session(token: string, meta: { ip: string; userAgent?: string }): Promise<{ actor: Actor; csrfToken: string } | undefined>;
  /** Resolves a bearer API token. */
  apiToken(token: string): Promise<Actor | undefined>;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function identify(req: FastifyRequest, resolvers: AuthResolvers): Promise<void> {
  req.actor = anonymous;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const actor = await resolvers.apiToken(auth.slice(7).trim());
    if (!actor) throw new AppError('auth.required', { reason: 'invalid_token' });
    req.actor = actor;
    return;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const found = await resolvers.session(cookie, { ip: req.ip, userAgent: req.headers['user-agent'] });
  if (!found) return;
  req.actor = found.actor;
  req.csrfToken = found.csrfToken;
}

export function allowed(access: Access, actor: Actor): 'ok' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'ok';
  if (actor.kind !== 'user') return 'unauthenticated';
  if (access === 'user') return 'ok';
  return access.includes(actor.role) ? 'ok' : 'forbidden';
}

function checkCsrf(req: FastifyRequest): void {
  if (!UNSAFE.has(req.method) || req.actor.kind !== 'user' || req.actor.tokenId) return;
  if (req.routeOptions.config.csrfExempt) return;
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !req.csrfToken || sent !== req.csrfToken) throw new AppError('csrf.invalid', {});
}

/** Every API route with its declared access (for the authorization tests and docs). */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

export function registerAuth(app: App, platform: Platform, resolvers: AuthResolvers, routes: RouteAccess[] = []): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('ctx', null as never);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
    else if (url.startsWith('/api/') && !route.config?.access) throw new Error(`route ${String(route.method)} ${url} declares no access`);
    else if (url.startsWith('/api/') && route.config?.access) {
      for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url, access: route.config.access });
    }
  });
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const receivedAt = platform.clock.now();
    await identify(req, resolvers);
    req.ctx = makeCtx(platform, req.actor, { locale: requestLocale(req), requestId: String(req.id), logger: req.log, receivedAt });
    const access = req.routeOptions.config.access;
    if (!access) return;
    const verdict = allowed(access, req.actor);
    if (verdict === 'unauthenticated') throw new AppError('auth.required', {});
    if (verdict === 'forbidden') throw new AppError('auth.forbidden', {});
    checkCsrf(req);
  });
}
