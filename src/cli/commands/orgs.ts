import path from 'node:path';
import type { Command } from 'commander';
import { runOperation } from '../transport.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerOrgsCommands(program: Command): void {
  const orgs = program.command('orgs').description('The members registry: import and export organisations');
  orgs
    .command('import')
    .description('Import organisations from a CSV or XLSX file: every row is checked; a file with any problem imports nothing')
    .argument('<file>', 'CSV (comma, semicolon or tab separated, UTF-8) or XLSX (first sheet); the first row holds the headers')
    .option('--dry-run', 'check every row and report the problems without writing anything')
    .option('--map <field=Header>', 'map a column to a field when its header is not recognised (repeatable)', collect, [])
    .action(async (file: string, opts: { dryRun?: boolean; map: string[] }) =>
      process.exit(await runOperation('orgs.import', { file: path.resolve(file), dryRun: Boolean(opts.dryRun), map: opts.map })),
    );
  orgs
    .command('export')
    .description('Export organisations (optionally filtered) as CSV or XLSX, in the import format')
    .option('--format <csv|xlsx>', 'file format', 'csv')
    .option('--out <file>', 'where to write', '')
    .option('--q <text>', 'text search')
    .option('--stage <stage>', 'value-chain stage (repeatable)', collect, [])
    .option('--material <id>', 'material id (repeatable)', collect, [])
    .option('--province <ine>', 'province INE code (repeatable)', collect, [])
    .option('--status <status>', 'membership status (repeatable)', collect, [])
    .action(async (opts: { format: string; out: string; q?: string; stage: string[]; material: string[]; province: string[]; status: string[] }) => {
      const out = path.resolve(opts.out || `organisations.${opts.format}`);
      const nonEmpty = (v: string[]) => (v.length ? v : undefined);
      process.exit(
        await runOperation('orgs.export', {
          format: opts.format,
          out,
          q: opts.q,
          stage: nonEmpty(opts.stage),
          material: nonEmpty(opts.material),
          province: nonEmpty(opts.province),
          status: nonEmpty(opts.status),
        }),
      );
    });
}
