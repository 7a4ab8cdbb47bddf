/**
 * Applies the committed drizzle-kit migrations (`migrations/`). On PostgreSQL the run holds an
 * advisory lock so that several Veta processes starting together migrate once.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Database } from './client.js';
import { rows, type Db } from './types.js';

/** The repository's `migrations/` folder, from `src/...` and from `dist/...` alike. */
export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../migrations');

const MIGRATION_LOCK = 740_111;

interface DrizzleInternals {
  dialect: { migrate(m: MigrationMeta[], session: unknown, cfg: { migrationsFolder: string }): Promise<void> };
  session: unknown;
}

function applyAll(db: Db): Promise<void> {
  const internals = db as unknown as DrizzleInternals;
  return internals.dialect.migrate(readMigrationFiles({ migrationsFolder }), internals.session, { migrationsFolder });
}

/** Applies pending migrations; returns how many were applied. */
export async function runMigrations(database: Database): Promise<number> {
  const before = await pendingMigrations(database.db);
  if (before.length === 0) return 0;
  if (database.kind === 'pglite' || !database.pool) {
    await applyAll(database.db);
    return before.length;
  }
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const stillPending = await pendingMigrations(database.db);
    if (stillPending.length > 0) await applyAll(drizzlePg(client as unknown as pg.Pool) as unknown as Db);
    return stillPending.length;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Migrations in the folder that the database has not applied yet. */
export async function pendingMigrations(db: Db): Promise<MigrationMeta[]> {
  const all = readMigrationFiles({ migrationsFolder });
  const [exists] = await rows<{ ok: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
  if (!exists?.ok) return all;
  const [last] = await rows<{ created_at: string | number | null }>(db, sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`);
  const lastMillis = Number(last?.created_at ?? 0);
  return all.filter((m) => m.folderMillis > lastMillis);
}
