/**
 * `Ctx` is what every use case receives: the database (or the current transaction), who acts, and
 * the platform services. Built per request by the HTTP layer, per run by jobs and the CLI.
 */
import type { Locale } from '../../shared/i18n/locales.js';
import { translatorFor, type Translate } from '../../shared/i18n/i18n.js';
import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { transaction } from './db/tx.js';
import type { Db } from './db/types.js';
import type { Logger } from './logging.js';
import type { FileStore } from './files/store.js';

/** Long-lived services of one process. */
export interface Platform {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: Database;
  files: FileStore;
}

export interface Ctx {
  db: Db;
  actor: Actor;
  logger: Logger;
  clock: Clock;
  config: Config;
  files: FileStore;
  locale: Locale;
  t: Translate;
  requestId?: string;
  /** When the request reached the server (server clock, before any work): deadlines are decided by it. */
  receivedAt?: Date;
  /** The embedded database handle, for backup (undefined on PostgreSQL). */
  database: Database;
}

export function makeCtx(platform: Platform, actor: Actor, opts: { locale?: Locale; requestId?: string; logger?: Logger; receivedAt?: Date } = {}): Ctx {
  const locale = opts.locale ?? (actor.kind === 'user' ? actor.locale : 'es');
  return {
    db: platform.database.db,
    actor,
    logger: opts.logger ?? platform.logger,
    clock: platform.clock,
    config: platform.config,
    files: platform.files,
    database: platform.database,
    locale,
    t: translatorFor(locale),
    ...(opts.requestId ? { requestId: opts.requestId } : {}),
    ...(opts.receivedAt ? { receivedAt: opts.receivedAt } : {}),
  };
}

/** Runs `fn` with `ctx.db` bound to one transaction: all its writes land together or not at all. */
export function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return transaction(ctx.db, (db) => fn({ ...ctx, db }));
}
