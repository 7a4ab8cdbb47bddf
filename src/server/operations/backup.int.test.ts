/**
 * Backups restore the same rows; a second process on an embedded data directory is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlatform } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config.js';
import { silentLogger } from '../platform/logging.js';
import { backupOp, restoreEmbedded } from './backup.js';
import { fingerprint, io, loadedPlatform, WHOLE_DEMO } from '../../../test/fingerprint.js';

describe('embedded backup and restore', () => {
  it('restores exactly the same rows into a new data directory', { timeout: WHOLE_DEMO }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veta-bk-'));
    const { close, ctx } = await loadedPlatform({ VETA_DATA_DIR: path.join(dir, 'a') });
    const before = await fingerprint(ctx.db);
    const file = path.join(dir, 'backup.tar');
    expect(await backupOp.run(ctx, { file }, io)).toBe(0);
    await close();

    expect(await restoreEmbedded({ file, dataDir: path.join(dir, 'b'), force: false }, io)).toBe(0);
    const restored = await openPlatform(loadConfig({ VETA_DATA_DIR: path.join(dir, 'b') }), silentLogger());
    expect(await fingerprint(restored.platform.database.db)).toEqual(before);
    await restored.close();
    expect(Object.keys(before).length).toBeGreaterThan(8);
  });

  it('refuses a second process on the same data directory', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veta-lock-'));
    const config = loadConfig({ VETA_DATA_DIR: dir });
    const opened = await openPlatform(config, silentLogger());
    try {
      const second = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../../../bin/veta.mjs'), 'start'], {
        env: { ...process.env, VETA_DATA_DIR: dir, PORT: '0' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('in use by another Veta process');
      expect(second.stderr).toContain(`pid ${process.pid}`);
    } finally {
      await opened.close();
    }
  });
});
