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

function sortedKeys<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  return record && Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The spec as committed: paths and components in name order (independent of import order), trailing newline. */
export function serialiseSpec(spec: { paths?: Record<string, unknown>; components?: { schemas?: Record<string, unknown> } }): string {
  const stable = { ...spec, paths: sortedKeys(spec.paths), components: { ...spec.components, schemas: sortedKeys(spec.components?.schemas) } };
  return `${JSON.stringify(stable, null, 2)}\n`;
}
