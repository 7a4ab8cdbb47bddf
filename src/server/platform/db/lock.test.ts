import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, DataDirLockedError, lockPath, readLock } from './lock.js';

describe('data directory lock', () => {
  it('refuses a second owner and frees the directory on release', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'veta-lock-'));
    const first = acquireLock(dir);
    expect(readLock(dir)?.pid).toBe(process.pid);
    expect(() => acquireLock(dir)).toThrow(DataDirLockedError);
    first.release();
    expect(readLock(dir)).toBeUndefined();
    acquireLock(dir).release();
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'veta-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(lockPath(dir), JSON.stringify({ pid: Number(dead), host: os.hostname(), startedAt: '2026-01-01T00:00:00Z', controlToken: 'x' }));
    const lock = acquireLock(dir);
    expect(lock.info.pid).toBe(process.pid);
    lock.release();
  });
});
