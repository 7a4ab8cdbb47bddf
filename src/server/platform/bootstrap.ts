/**
 * Opens the platform for a process: takes the data-directory lock (embedded database), opens the
 * database, applies or checks migrations. Used by the server and by CLI commands run directly.
 */
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import type { Platform } from './context.js';
import { openDatabase } from './db/client.js';
import { acquireLock, type DataDirLock } from './db/lock.js';
import { pendingMigrations, runMigrations } from './db/migrate.js';
import { localFileStore } from './files/store.js';
import type { Logger } from './logging.js';

export class PendingMigrationsError extends Error {
  constructor(count: number) {
    super(`The database is missing ${count} migration(s). Run \`veta db migrate\` (or set VETA_AUTO_MIGRATE=true) and start again.`);
  }
}

export interface OpenedPlatform {
  platform: Platform;
  lock?: DataDirLock;
  close(): Promise<void>;
}

export async function openPlatform(
  config: Config,
  logger: Logger,
  opts: { clock?: Clock; migrate?: 'auto' | 'force' | 'skip' } = {},
): Promise<OpenedPlatform> {
  const lock = config.databaseKind === 'pglite' ? acquireLock(config.dataDir) : undefined;
  try {
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, poolSize: config.DATABASE_POOL_SIZE });
    const mode = opts.migrate ?? 'auto';
    if (mode === 'force' || (mode === 'auto' && config.autoMigrate)) {
      const applied = await runMigrations(database);
      if (applied > 0) logger.info({ applied }, 'database migrated');
    } else if (mode === 'auto') {
      const pending = await pendingMigrations(database.db);
      if (pending.length > 0) {
        await database.close();
        throw new PendingMigrationsError(pending.length);
      }
    }
    const platform: Platform = { config, logger, clock: opts.clock ?? systemClock, database, files: localFileStore(config.dataDir) };
    return {
      platform,
      ...(lock ? { lock } : {}),
      async close() {
        await database.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}
