import type { Command } from 'commander';
import { startServer } from '../../server/main.js';
import { DataDirLockedError } from '../../server/platform/db/lock.js';
import { PendingMigrationsError } from '../../server/platform/bootstrap.js';
import { cliConfig } from '../transport.js';
import { fail } from '../io.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Start the Veta server (embedded database in VETA_DATA_DIR unless DATABASE_URL is set)')
    .option('--dev', 'development mode: pretty logs')
    .action(async (opts: { dev?: boolean }) => {
      const config = cliConfig();
      if (opts.dev) config.NODE_ENV = 'development';
      try {
        const server = await startServer(config);
        process.stdout.write(`\n  Veta is running at ${server.url}\n`);
        if (server.setupUrl) process.stdout.write(`  No administrator yet: create the first one at\n  ${server.setupUrl}\n  (or run \`npx veta admin create\` in another terminal)\n`);
        process.stdout.write('  Press Ctrl+C to stop.\n\n');
        const shutdown = (): void => {
          void server.stop().then(() => process.exit(0));
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      } catch (err) {
        if (err instanceof DataDirLockedError || err instanceof PendingMigrationsError) fail(err.message);
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`Port ${config.PORT} is already in use. Set PORT to another port.`);
        throw err;
      }
    });
}
