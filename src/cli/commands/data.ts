import type { Command } from 'commander';
import { runOperation } from '../transport.js';

export function registerDataCommands(program: Command): void {
  const demo = program.command('demo').description('Demo data of a fictional cluster');
  demo
    .command('load')
    .description('Load the "Clúster Ibérico de Materias Primas" demo (offices, people and every module\'s data)')
    .option('--force', 'load again even if it was loaded before')
    .action(async (opts: { force?: boolean }) => process.exit(await runOperation('demo.load', { force: Boolean(opts.force) })));

  const audit = program.command('audit').description('The audit log');
  audit
    .command('verify')
    .description('Walk the hash chain and report the first altered or missing event')
    .action(async () => process.exit(await runOperation('audit.verify', {})));
}
