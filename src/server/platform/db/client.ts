/**
 * Opens the database: embedded PGlite in `<dataDir>/pgdata` (always with the same extensions), or a
 * node-postgres pool when DATABASE_URL is set. Drizzle runs on PGlite's own driver, never on its
 * node-postgres adapter.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db, DatabaseKind } from './types.js';

/** Extensions every PGlite open must load (a directory with pg_trgm objects fails without it). */
export const pgliteExtensions = { pg_trgm };

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** The embedded instance (backup uses `dumpDataDir`). */
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export function pgliteDataPath(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob | File } = {}): Promise<Database> {
  const client = await PGlite.create({
    ...(opts.dataDir ? { dataDir: pgliteDataPath(opts.dataDir) } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite(client) as unknown as Db;
  return { kind: 'pglite', db, pglite: client, close: () => client.close() };
}

export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    /* idle client errors are reported on the next query */
  });
  const db = drizzlePg(pool) as unknown as Db;
  return { kind: 'postgres', db, pool, close: () => pool.end() };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; poolSize?: number }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize) : openPglite({ dataDir: opts.dataDir });
}
