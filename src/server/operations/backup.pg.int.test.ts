/** PostgreSQL backups (runs only with VETA_TEST_DATABASE_URL: the suite includes *.pg.int.test.ts then). */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openPlatform } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config.js';
import { silentLogger } from '../platform/logging.js';
import { backupOp, restorePostgres } from './backup.js';
import { fingerprint, io, loadedPlatform, WHOLE_DEMO } from '../../../test/fingerprint.js';

describe('PostgreSQL backup and restore', () => {
  it('restores a pg_dump into an empty database with the same rows', { timeout: WHOLE_DEMO }, async () => {
    const base = new URL(inject('pgUrl'));
    const names = [`veta_t_bk_${randomBytes(4).toString('hex')}`, `veta_t_rs_${randomBytes(4).toString('hex')}`];
    const admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    for (const n of names) await admin.query(`CREATE DATABASE ${n}`);
    const url = (n: string) => Object.assign(new URL(base), { pathname: `/${n}` }).toString();
    try {
      const { close, ctx } = await loadedPlatform({ DATABASE_URL: url(names[0]!) });
      const before = await fingerprint(ctx.db);
      const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'veta-pgbk-')), 'backup.sql');
      expect(await backupOp.run(ctx, { file }, io)).toBe(0);
      await close();
      expect(await restorePostgres({ file, dataDir: '', databaseUrl: url(names[1]!), force: false }, io)).toBe(0);
      const restored = await openPlatform(loadConfig({ DATABASE_URL: url(names[1]!) }), silentLogger());
      expect(await fingerprint(restored.platform.database.db)).toEqual(before);
      await restored.close();
    } finally {
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await admin.end();
    }
  });
});
