/**
 * buildApp(platform): the Fastify instance with every platform plugin and module route, without
 * listening (tests call `app.inject()`).
 */
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidv7 } from 'uuidv7';
import type { Platform } from './platform/context.js';
import { makeCtx } from './platform/context.js';
import { systemActor } from './platform/actor.js';
import { registerAuth, type RouteAccess } from './platform/http/auth.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerResponseHeaders } from './platform/http/security-headers.js';
import { errorHandler } from './platform/http/problem.js';
import { registerWeb } from './platform/http/static.js';
import type { App } from './platform/http/types.js';
import { modules } from './modules/index.js';
import { resolveApiToken, resolveSession } from './modules/identity/index.js';

export async function buildApp(platform: Platform, opts: { serveWeb?: boolean; routes?: RouteAccess[] } = {}): Promise<App> {
  const { config } = platform;
  const app = Fastify({
    loggerInstance: platform.logger as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : uuidv7();
    },
    requestIdHeader: false,
    bodyLimit: Math.round(config.BODY_LIMIT_MB * 1024 * 1024),
    trustProxy: config.TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerResponseHeaders(app, { hsts: config.secureCookies });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_LIMIT_MB * 1024 * 1024, files: 10 } });

  const sysCtx = () => makeCtx(platform, systemActor('auth'));
  registerAuth(app, platform, {
    session: (token) => resolveSession(sysCtx(), token),
    apiToken: (token) => resolveApiToken(sysCtx(), token),
  }, opts.routes);
  await registerOpenApi(app);
  for (const m of modules) m.routes(app);
  if (opts.serveWeb !== false) await registerWeb(app);
  return app;
}
