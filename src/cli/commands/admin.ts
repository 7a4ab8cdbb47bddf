import type { Command } from 'commander';
import { consoleIo, fail, promptHidden } from '../io.js';
import { runOperation } from '../transport.js';

export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('Administrators');
  admin
    .command('create')
    .description('Create an administrator who can sign in at once')
    .requiredOption('--email <email>', 'their email address')
    .requiredOption('--name <name>', 'their full name')
    .option('--password <password>', 'their password (asked for when omitted; read from stdin when not a terminal)')
    .option('--locale <es|en>', 'language of the interface', 'es')
    .action(async (opts: { email: string; name: string; password?: string; locale: string }) => {
      const password = opts.password ?? (await promptHidden('Password (at least 10 characters): '));
      if (password.length < 10) fail('The password must have at least 10 characters.');
      process.exit(await runOperation('admin.create', { ...opts, password }, consoleIo));
    });
}
