import type { Command } from 'commander';
import { openPlatform } from '../../server/platform/bootstrap.js';
import { DataDirLockedError, readLock } from '../../server/platform/db/lock.js';
import { pendingMigrations } from '../../server/platform/db/migrate.js';
import { silentLogger } from '../../server/platform/logging.js';
import { restoreEmbedded, restorePostgres } from '../../server/operations/backup.js';
import { consoleIo, fail } from '../io.js';
import { cliConfig, runOperation } from '../transport.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database: migrations');
  db.command('migrate')
    .description('Apply pending migrations (PostgreSQL; the embedded database migrates at start)')
    .action(async () => {
      const config = cliConfig();
      try {
        const opened = await openPlatform(config, silentLogger(), { migrate: 'skip' });
        const before = (await pendingMigrations(opened.platform.database.db)).length;
        await opened.close();
        const again = await openPlatform(config, silentLogger(), { migrate: 'force' });
        await again.close();
        consoleIo.out(before === 0 ? 'The database is up to date.' : `Applied ${before} migration(s).`);
      } catch (err) {
        if (err instanceof DataDirLockedError) fail(`${err.message}\nThe running server applied every migration when it started.`);
        throw err;
      }
    });
  db.command('status')
    .description('Show how many migrations are pending')
    .action(async () => {
      const opened = await openPlatform(cliConfig(), silentLogger(), { migrate: 'skip' }).catch((err: unknown) =>
        fail(err instanceof Error ? err.message : String(err)),
      );
      const pending = await pendingMigrations(opened.platform.database.db);
      await opened.close();
      consoleIo.out(pending.length === 0 ? 'The database is up to date.' : `${pending.length} migration(s) pending.`);
    });

  program
    .command('backup')
    .argument('<file>', 'where to write the backup (.tar for the embedded database, .sql for PostgreSQL)')
    .description('Back up the database and stored files (works while the server runs)')
    .action(async (file: string) => process.exit(await runOperation('backup', { file })));

  program
    .command('restore')
    .argument('<file>', 'a backup written by `veta backup`')
    .option('--force', 'move a non-empty data directory aside first')
    .description('Restore a backup (stop the server first)')
    .action(async (file: string, opts: { force?: boolean }) => {
      const config = cliConfig();
      const owner = config.databaseKind === 'pglite' ? readLock(config.dataDir) : undefined;
      if (owner) fail(`Veta is running on this data directory (pid ${owner.pid}). Stop it before restoring.`);
      const args = { file, dataDir: config.dataDir, databaseUrl: config.DATABASE_URL, force: Boolean(opts.force) };
      try {
        process.exit(await (config.databaseKind === 'postgres' ? restorePostgres(args, consoleIo) : restoreEmbedded(args, consoleIo)));
      } catch (err) {
        fail(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
}
