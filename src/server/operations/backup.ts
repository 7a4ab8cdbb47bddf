/**
 * Backups. Embedded database: one `.tar` with `manifest.json`, `pgdata.tar.gz` (PGlite's own dump of
 * the live data directory) and the stored files. PostgreSQL: a plain SQL dump by `pg_dump`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { openPglite } from '../platform/db/client.js';
import { runMigrations } from '../platform/db/migrate.js';
import { VERSION } from '../platform/version.js';
import { defineOperation, type OperationIo } from './registry.js';

interface Manifest {
  format: 'veta-backup';
  version: string;
  createdAt: string;
  database: 'pglite';
}

function run(cmd: string, args: string[], io: OperationIo): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => io.err(d.toString().trimEnd()));
    child.on('error', (err) => reject(new Error(`${cmd} could not start (${err.message}); install the PostgreSQL client tools`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with code ${code}`))));
  });
}

export const backupOp = defineOperation<{ file: string }>({
  name: 'backup',
  async run(ctx, { file }, io) {
    const target = path.resolve(file);
    await mkdir(path.dirname(target), { recursive: true });
    if (ctx.database.kind === 'postgres') {
      await run('pg_dump', ['--format=plain', '--no-owner', '--no-privileges', '--file', target, ctx.config.DATABASE_URL ?? ''], io);
      io.out(`SQL backup written to ${target}`);
      return 0;
    }
    if (!ctx.database.pglite) throw new Error('embedded database handle missing');
    const staging = await mkdtemp(path.join(os.tmpdir(), 'veta-backup-'));
    try {
      const dump = await ctx.database.pglite.dumpDataDir('gzip');
      await writeFile(path.join(staging, 'pgdata.tar.gz'), Buffer.from(await dump.arrayBuffer()));
      const manifest: Manifest = { format: 'veta-backup', version: VERSION, createdAt: ctx.clock.now().toISOString(), database: 'pglite' };
      await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
      const filesDir = path.join(ctx.config.dataDir, 'files');
      if (existsSync(filesDir)) await cp(filesDir, path.join(staging, 'files'), { recursive: true, filter: (src) => !src.includes(`${path.sep}tmp`) });
      await tar.c({ file: target, cwd: staging, portable: true }, await readdir(staging));
      io.out(`Backup written to ${target}`);
      return 0;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  },
});

export interface RestoreArgs {
  file: string;
  dataDir: string;
  databaseUrl?: string;
  force: boolean;
}

/** Restores into a data directory (which must be empty unless `force`: then it is moved aside). */
export async function restoreEmbedded(args: RestoreArgs, io: OperationIo): Promise<number> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'veta-restore-'));
  try {
    await tar.x({ file: path.resolve(args.file), cwd: staging });
    const manifest = JSON.parse(await readFile(path.join(staging, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format !== 'veta-backup') throw new Error('not a Veta backup');
    const dataDir = path.resolve(args.dataDir);
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      if (!args.force) {
        io.err(`${dataDir} is not empty. Use --force to move it aside and restore.`);
        return 1;
      }
      const aside = `${dataDir}.before-restore-${Date.now()}`;
      await rename(dataDir, aside);
      io.out(`Moved the current data directory to ${aside}`);
    }
    await mkdir(dataDir, { recursive: true });
    const blob = new Blob([await readFile(path.join(staging, 'pgdata.tar.gz'))]);
    const db = await openPglite({ dataDir, loadDataDir: blob });
    try {
      await runMigrations(db);
    } finally {
      await db.close();
    }
    if (existsSync(path.join(staging, 'files'))) await cp(path.join(staging, 'files'), path.join(dataDir, 'files'), { recursive: true });
    io.out(`Restored the backup of ${manifest.createdAt} (Veta ${manifest.version}) into ${dataDir}`);
    return 0;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export async function restorePostgres(args: RestoreArgs, io: OperationIo): Promise<number> {
  if (!args.databaseUrl) throw new Error('DATABASE_URL is required');
  await run('psql', ['--quiet', '--single-transaction', '-v', 'ON_ERROR_STOP=1', '--file', path.resolve(args.file), args.databaseUrl], io);
  io.out('Restored the SQL backup.');
  return 0;
}
