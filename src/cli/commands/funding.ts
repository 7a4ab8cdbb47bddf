import path from 'node:path';
import type { Command } from 'commander';
import { runOperation } from '../transport.js';

export function registerFundingCommands(program: Command): void {
  const funding = program.command('funding').description('Calls for innovation vouchers and their applications');
  funding
    .command('calls')
    .description('List the calls with their status, deadline and number of applications')
    .action(async () => process.exit(await runOperation('funding.calls', {})));
  funding
    .command('export')
    .description("Export a call's applications with their eligibility as CSV or XLSX")
    .argument('<call>', 'call code, e.g. MTG-OC2')
    .option('--format <csv|xlsx>', 'file format', 'csv')
    .option('--out <file>', 'where to write')
    .option('--status <status>', 'only this status (draft, submitted, withdrawn, ineligible)')
    .option('--eligible <yes|no>', 'only eligible (yes) or failing (no) applications')
    .action(async (call: string, opts: { format: string; out?: string; status?: string; eligible?: string }) => {
      const out = path.resolve(opts.out ?? `${call}-applications.${opts.format}`);
      process.exit(await runOperation('funding.export', { call, format: opts.format, out, status: opts.status, eligible: opts.eligible }));
    });
  funding
    .command('verify')
    .description('Hash every submitted version and its files again, and check every programme ledger to the cent (awarded = paid + due + cancelled + returned)')
    .option('--call <code>', 'only this call (submissions)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { call?: string; json?: boolean }) => process.exit(await runOperation('funding.verify', { call: opts.call, json: opts.json === true })));
}
