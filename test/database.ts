/** A fresh, migrated database per test file: PostgreSQL when VETA_TEST_DATABASE_URL is set, else PGlite. */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../src/server/platform/db/client.js';

export async function openTestDatabase(): Promise<Database> {
  const pgUrl = inject('pgUrl');
  const template = inject('pgTemplate');
  if (pgUrl && template) {
    // Named after this run's template so that a concurrent run's cleanup leaves it alone.
    const name = `vtest_${template.replace('vtest_tpl_', '')}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    const db = openPostgres(url.toString(), 5);
    return {
      ...db,
      async close() {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const blob = new Blob([await readFile(inject('pgliteTemplate'))]);
  return openPglite({ loadDataDir: blob });
}
