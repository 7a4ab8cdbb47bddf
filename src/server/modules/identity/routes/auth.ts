/** Sign-in, sessions, first-run setup, invitations and password reset. */
import { z } from 'zod';
import { okSchema, responses } from '../../../../shared/contracts/common.js';
import {
  acceptInviteSchema,
  registerSchema,
  resetConfirmSchema,
  resetRequestSchema,
  sessionResponseSchema,
  setupSchema,
  signInSchema,
  tokenString,
  verifyEmailSchema,
} from '../../../../shared/contracts/identity.js';
import type { App } from '../../../platform/http/types.js';
import * as repo from '../repository.js';
import { presentUser } from '../presenters.js';
import { confirmReset, requestReset } from '../service/passwords.js';
import { revokeOtherSessions, signIn, signOut } from '../service/sessions.js';
import { completeSetup, setupNeeded } from '../service/setup.js';
import { acceptInvitation, peekInvitation } from '../service/users.js';
import { peekVerification, register, verifyEmail } from '../service/registration.js';
import { clearSessionCookie, clientOf, startSession } from './cookies.js';

const tags = ['auth'];

export function authRoutes(app: App): void {
  app.get('/api/auth/session', {
    config: { access: 'public' },
    schema: { tags, summary: 'The current session (user null when signed out)', response: responses(sessionResponseSchema) },
    handler: async (req) => {
      const ctx = req.ctx;
      const actor = req.actor;
      if (actor.kind !== 'user') return { user: null, csrfToken: null, setupNeeded: await setupNeeded(ctx) };
      const [needed, user] = await Promise.all([setupNeeded(ctx), repo.findUserById(ctx.db, actor.id)]);
      return { user: user ? presentUser(user) : null, csrfToken: req.csrfToken ?? null, setupNeeded: needed };
    },
  });

  app.post('/api/auth/sign-in', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Sign in with email and password', body: signInSchema, response: responses(sessionResponseSchema) },
    handler: async (req, reply) => {
      const s = await signIn(req.ctx, req.body, clientOf(req));
      return startSession(reply, req.ctx.config, s);
    },
  });

  app.post('/api/auth/sign-out', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Sign out (ends this session)', response: responses(okSchema) },
    handler: async (req, reply) => {
      await signOut(req.ctx);
      clearSessionCookie(reply, req.ctx.config);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/sessions/revoke-others', {
    config: { access: 'user' },
    schema: { tags, summary: 'Sign out everywhere else', response: responses(z.object({ revoked: z.number().int() })) },
    handler: async (req) => ({ revoked: await revokeOtherSessions(req.ctx) }),
  });

  app.post('/api/auth/setup', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Create the first administrator (one-time token from the server log)', body: setupSchema, response: responses(sessionResponseSchema) },
    handler: async (req, reply) => {
      const s = await completeSetup(req.ctx, req.body, clientOf(req));
      return startSession(reply, req.ctx.config, s);
    },
  });

  app.get('/api/auth/invitations/:token', {
    config: { access: 'public' },
    schema: { tags, summary: 'Who an invitation is for', params: z.object({ token: tokenString }), response: responses(z.object({ email: z.string(), name: z.string() })) },
    handler: async (req) => peekInvitation(req.ctx, req.params.token),
  });

  app.post('/api/auth/invitations/accept', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Accept an invitation: set a password and sign in', body: acceptInviteSchema, response: responses(sessionResponseSchema) },
    handler: async (req, reply) => {
      const s = await acceptInvitation(req.ctx, req.body, clientOf(req));
      return startSession(reply, req.ctx.config, s);
    },
  });

  app.post('/api/auth/password-reset', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Mail a password-reset link (same answer whether or not the address exists)', body: resetRequestSchema, response: { 202: okSchema, '4xx': responses(okSchema)['4xx'] } },
    handler: async (req, reply) => {
      await requestReset(req.ctx, req.body.email, req.ip);
      return reply.status(202).send({ ok: true as const });
    },
  });

  app.post('/api/auth/password-reset/confirm', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Set a new password with a reset link (ends all sessions)', body: resetConfirmSchema, response: responses(okSchema) },
    handler: async (req) => {
      await confirmReset(req.ctx, req.body, req.ip);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/register', {
    config: { access: 'public', csrfExempt: true },
    schema: {
      tags,
      summary: 'Register as an applicant: mails a link to choose a password (same answer whether or not the address has an account)',
      body: registerSchema,
      response: { 202: okSchema, '4xx': responses(okSchema)['4xx'] },
    },
    handler: async (req, reply) => {
      await register(req.ctx, req.body, req.ip);
      return reply.status(202).send({ ok: true as const });
    },
  });

  app.get('/api/auth/verifications/:token', {
    config: { access: 'public' },
    schema: { tags, summary: 'Who a verification link is for', params: z.object({ token: tokenString }), response: responses(z.object({ email: z.string(), name: z.string() })) },
    handler: async (req) => peekVerification(req.ctx, req.params.token),
  });

  app.post('/api/auth/verifications/confirm', {
    config: { access: 'public', csrfExempt: true },
    schema: { tags, summary: 'Verify the address with the mailed link, choose a password and sign in', body: verifyEmailSchema, response: responses(sessionResponseSchema) },
    handler: async (req, reply) => {
      const s = await verifyEmail(req.ctx, req.body, clientOf(req));
      return startSession(reply, req.ctx.config, s);
    },
  });
}
