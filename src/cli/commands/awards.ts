import type { Command } from 'commander';
import { runOperation } from '../transport.js';

export function registerAwardsCommands(program: Command): void {
  const awards = program.command('awards').description('Selection decisions of calls and their published results');
  awards
    .command('select')
    .description('Show the selection of a closed call (the frozen decision, or else a preview), or freeze it')
    .argument('<call>', 'call code, e.g. MTG-OC2')
    .option('--freeze', 'freeze the decision: record, outcomes, awards and commitments (cannot be undone)')
    .option('--json', 'print the selection as JSON')
    .action(async (call: string, opts: { freeze?: boolean; json?: boolean }) => process.exit(await runOperation('awards.select', { call, freeze: opts.freeze ?? false, json: opts.json ?? false })));
  awards
    .command('results')
    .description('The recipients of a decided call; or write them as CSV, or the FSTP report as XLSX')
    .argument('<call>', 'call code, e.g. MTG-OC2')
    .option('--csv <file>', 'write the published results as CSV')
    .option('--xlsx <file>', 'write the FSTP report (recipients, amounts, countries, SME class) as XLSX')
    .action(async (call: string, opts: { csv?: string; xlsx?: string }) => process.exit(await runOperation('awards.results', { call, csv: opts.csv, xlsx: opts.xlsx })));
}
