import path from 'node:path';
import type { Command } from 'commander';
import { runOperation } from '../transport.js';

export function registerPaymentsCommands(program: Command): void {
  const payments = program.command('payments').description('Payments of funded projects');
  payments
    .command('export')
    .description("Export a programme's approved payments for the bank: CSV or SEPA credit transfer (pain.001)")
    .argument('<programme>', 'programme code, e.g. MTG')
    .option('--format <csv|sepa>', 'file format', 'csv')
    .requiredOption('--out <file>', 'where to write')
    .action(async (programme: string, opts: { format: string; out: string }) => process.exit(await runOperation('payments.export', { programme, format: opts.format, out: path.resolve(opts.out) })));
}
