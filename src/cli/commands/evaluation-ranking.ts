import type { Command } from 'commander';
import { runOperation } from '../transport.js';

/** The `evaluation` command group, shared by every evaluation subcommand. */
export function evaluationCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'evaluation') ?? program.command('evaluation').description('Evaluation of applications: experts, assignment, forms, consensus and ranking');
}

export function registerEvaluationRankingCommand(program: Command): void {
  evaluationCommand(program)
    .command('ranking')
    .description('The ranking of a call (final consensus reports), with failed thresholds, tie rules and pending applications')
    .argument('<call>', 'call code, e.g. MTG-OC2')
    .option('--csv', 'print CSV instead of a table')
    .action(async (call: string, opts: { csv?: boolean }) => process.exit(await runOperation('evaluation.ranking', { call, csv: Boolean(opts.csv) })));
}
