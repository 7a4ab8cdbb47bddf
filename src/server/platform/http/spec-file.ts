/**
 * The committed OpenAPI spec (`openapi/openapi.json`) and the client types generated from it
 * (`src/shared/api/schema.d.ts`). A test fails when either drifts from the routes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../app.js';
import { loadConfig } from '../config.js';
import type { Platform } from '../context.js';
import { localFileStore } from '../files/store.js';
import { silentLogger } from '../logging.js';
import { systemClock } from '../clock.js';
import { serialiseSpec } from './openapi.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const specPaths = {
  spec: path.join(root, 'openapi', 'openapi.json'),
  types: path.join(root, 'src', 'shared', 'api', 'schema.d.ts'),
};

/** The spec from the routes alone: no database is opened (no request is served). */
export async function generateSpec(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const platform: Platform = {
    config,
    logger: silentLogger(),
    clock: systemClock,
    files: localFileStore(config.dataDir),
    database: { kind: 'pglite', db: undefined as never, close: async () => undefined },
  };
  const app = await buildApp(platform, { serveWeb: false });
  await app.ready();
  const spec = serialiseSpec(app.swagger());
  await app.close();
  return spec;
}

export async function typesFromSpec(spec: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(spec) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `/* Generated from openapi/openapi.json by \`npm run openapi\`. Do not edit. */\n${astToString(ast)}`;
}
