/**
 * Serves the built web app (`dist/web`) with long-lived caching for hashed assets and the SPA's
 * index.html for every other non-API path.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { AppError } from './errors.js';
import type { App } from './types.js';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../dist/web');

export async function registerWeb(app: App): Promise<void> {
  const hasBuild = existsSync(path.join(webDist, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      setHeaders(res, file) {
        res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasBuild) throw new AppError('route.not_found', { path: req.url.split('?')[0] ?? '' });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
