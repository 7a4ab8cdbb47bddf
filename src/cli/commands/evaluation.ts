import path from 'node:path';
import type { Command } from 'commander';
import { runOperation } from '../transport.js';
import { registerEvaluationRankingCommand } from './evaluation-ranking.js';

export function registerEvaluationCommands(program: Command): void {
  const evaluation = program.command('evaluation').description('Evaluation of applications: experts, assignment, forms, consensus and ranking');
  registerEvaluationRankingCommand(evaluation);
  evaluation
    .command('assign')
    .description("Compute the assignment of evaluators to a call's submitted applications (exact optimum); print total, loads and weakest applications")
    .argument('<call>', 'call code, e.g. MTG-OC2')
    .option('--k <n>', 'evaluators per application', '3')
    .option('--floor <x>', 'every application must reach this total affinity (fairness floor)')
    .option('--max-floor', 'use the highest feasible floor')
    .option('--confirm', 'write the assignment and notify the evaluators')
    .option('--json', 'print the run as JSON')
    .action(async (call: string, opts: { k: string; floor?: string; maxFloor?: boolean; confirm?: boolean; json?: boolean }) =>
      process.exit(await runOperation('evaluation.assign', { call, k: opts.k, floor: opts.floor, maxFloor: opts.maxFloor, confirm: opts.confirm, json: opts.json })),
    );
  const experts = evaluation.command('experts').description('The evaluator pool');
  experts
    .command('import')
    .description('Import experts from a CSV file (all rows or none) and invite them')
    .argument('<file>', 'CSV with columns email, name, locale, organisation, tax_id, country, languages, topics, keywords, min_load, max_load')
    .action(async (file: string) => process.exit(await runOperation('evaluation.experts.import', { file: path.resolve(file) })));
}
