import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { generateSpec, specPaths, typesFromSpec } from '../../server/platform/http/spec-file.js';
import { consoleIo, fail } from '../io.js';

export function registerOpenApiCommand(program: Command): void {
  program
    .command('openapi')
    .description('Print the OpenAPI spec; --write updates the committed spec and the typed client')
    .option('--write', `write ${specPaths.spec} and ${specPaths.types}`)
    .option('--check', 'exit 1 when the committed files differ from the routes')
    .action(async (opts: { write?: boolean; check?: boolean }) => {
      const spec = await generateSpec();
      const types = await typesFromSpec(spec);
      if (opts.write) {
        await writeFile(specPaths.spec, spec);
        await writeFile(specPaths.types, types);
        consoleIo.out(`Wrote ${specPaths.spec} and ${specPaths.types}`);
        return;
      }
      if (opts.check) {
        const [s, t] = await Promise.all([readFile(specPaths.spec, 'utf8').catch(() => ''), readFile(specPaths.types, 'utf8').catch(() => '')]);
        if (s !== spec || t !== types) fail('The committed OpenAPI spec or client types are out of date: run `npm run openapi`.');
        consoleIo.out('The committed OpenAPI spec and client types match the routes.');
        return;
      }
      process.stdout.write(spec);
    });
}
