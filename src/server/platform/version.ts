import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The package version (package.json sits two levels above src/server/platform and dist/server/platform). */
export const VERSION: string = (require('../../../package.json') as { version: string }).version;
