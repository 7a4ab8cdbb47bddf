import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../platform/config.js';
import { SESSION_COOKIE } from '../../../platform/http/auth.js';
import { presentUser } from '../presenters.js';
import type { NewSession } from '../service/sessions.js';

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' });
}

/** The client's address and browser, recorded with a new session. */
export function clientOf(req: FastifyRequest): { ip: string; userAgent?: string } {
  return { ip: req.ip, userAgent: req.headers['user-agent'] };
}

/** Sets the cookie of a newly opened session and answers with the session document. */
export function startSession(reply: FastifyReply, config: Config, s: NewSession) {
  setSessionCookie(reply, config, s.token, s.expiresAt);
  return { user: presentUser(s.user), csrfToken: s.csrfToken, setupNeeded: false };
}
