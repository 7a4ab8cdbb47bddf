/** OpenAPI document generated from the route schemas; served at /api/openapi.json, UI at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { VERSION } from '../version.js';
import type { App } from './types.js';

export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Veta API',
        version: VERSION,
        description:
          'The API of Veta, the platform of a raw-materials innovation cluster. Browsers authenticate with a session cookie and send the `x-csrf-token` header on changes; scripts send `Authorization: Bearer <API token>`. Errors are RFC 9457 problem documents with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'veta_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

/** The spec as committed: stable key order, trailing newline. */
export function serialiseSpec(spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}
