import path from 'node:path';
import type { Command } from 'commander';
import { runOperation } from '../transport.js';

export function registerMaterialsCommands(program: Command): void {
  const materials = program.command('materials').description('Critical raw materials: assessment datasets and reports');
  materials
    .command('import-eu-2023')
    .description('Load the EU 2023 criticality study tables (validated; any error stores nothing and lists every problem)')
    .option('--dir <folder>', 'read the four tables from this folder instead of the ones shipped with Veta')
    .option('--dry-run', 'validate and report only')
    .option('--replace', 'load the tables again over an existing EU 2023 dataset (entered parameters and scenarios stay)')
    .action(async (opts: { dir?: string; dryRun?: boolean; replace?: boolean }) => {
      const args = { ...(opts.dir ? { dir: path.resolve(opts.dir) } : {}), dryRun: Boolean(opts.dryRun), replace: Boolean(opts.replace) };
      process.exit(await runOperation('materials.import-eu-2023', args));
    });
  materials
    .command('report')
    .description('Classification check against the Act and the implied SI_EI report of the current dataset')
    .action(async () => process.exit(await runOperation('materials.report', {})));
}
