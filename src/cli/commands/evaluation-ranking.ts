import type { Command } from 'commander';
import { runOperation } from '../transport.js';

/** `veta evaluation ranking`, added to the `evaluation` group. */
export function registerEvaluationRankingCommand(evaluation: Command): void {
  evaluation
    .command('ranking')
    .description('The ranking of a call (final consensus reports), with failed thresholds, tie rules and pending applications')
    .argument('<call>', 'call code, e.g. MTG-OC2')
    .option('--csv', 'print CSV instead of a table')
    .action(async (call: string, opts: { csv?: boolean }) => process.exit(await runOperation('evaluation.ranking', { call, csv: Boolean(opts.csv) })));
}
