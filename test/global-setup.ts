/**
 * Once per test run: migrate an embedded database and keep its dump as a template (each test file
 * loads a copy in ~0.3 s instead of ~4 s for initdb); when VETA_TEST_DATABASE_URL is set, also migrate
 * a PostgreSQL template database that each test file clones.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../src/server/platform/db/client.js';
import { runMigrations } from '../src/server/platform/db/migrate.js';
import { testDatabaseUrl } from '../src/server/platform/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
    pgUrl: string;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'veta-test-'));
  const pgUrl = testDatabaseUrl() ?? '';
  let cleanup: (() => Promise<void>) | undefined;
  if (pgUrl) {
    const template = `vtest_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const db = openPostgres(withDatabase(pgUrl, template), 2);
    await runMigrations(db);
    await db.close();
    project.provide('pgTemplate', template);
    cleanup = async () => {
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1 or datname = $2`, [`vtest\\_${template.replace('vtest_tpl_', '')}\\_%`, template]);
      for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    project.provide('pgTemplate', '');
  }
  project.provide('pgUrl', pgUrl);
  const db = await openPglite();
  await runMigrations(db);
  const dump = await db.pglite!.dumpDataDir('gzip');
  await db.close();
  const file = path.join(dir, 'template.tar.gz');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return async () => {
    await cleanup?.();
    await rm(dir, { recursive: true, force: true });
  };
}
