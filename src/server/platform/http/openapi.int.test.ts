import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSpec, specPaths, typesFromSpec } from './spec-file.js';

describe('committed OpenAPI spec', () => {
  it('matches the routes, and the client types match the spec (run `npm run openapi` to update)', async () => {
    const spec = await generateSpec();
    expect(await readFile(specPaths.spec, 'utf8')).toBe(spec);
    expect(await readFile(specPaths.types, 'utf8')).toBe(await typesFromSpec(spec));
    expect(JSON.parse(spec).paths['/api/health']).toBeDefined();
  });
});
