/**
 * One process owns an embedded data directory. The owner writes `<dataDir>/veta.lock` (mode 0600)
 * with its pid, its URL and a control token; the CLI reads it to talk to the running server.
 * A lock left by a dead process is taken over.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  /** Where the owning server listens (set once it listens). */
  url?: string;
  /** Secret for the local control channel (CLI -> running server). */
  controlToken: string;
}

export class DataDirLockedError extends Error {
  constructor(public readonly info: LockInfo, public readonly lockPath: string) {
    super(
      `The data directory is in use by another Veta process (pid ${info.pid} on ${info.host}, since ${info.startedAt}${info.url ? `, serving ${info.url}` : ''}).\n` +
        `Only one process may open an embedded database. Stop that process first, or run this command against it.`,
    );
  }
}

export function lockPath(dataDir: string): string {
  return path.join(dataDir, 'veta.lock');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The current owner of the directory, if a live process holds it. */
export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
    if (info.host === os.hostname() && !isAlive(info.pid)) return undefined;
    return info;
  } catch {
    return undefined;
  }
}

export interface DataDirLock {
  info: LockInfo;
  /** Records the URL the server listens on, for the CLI. */
  setUrl(url: string): void;
  release(): void;
}

/** Takes the lock or throws DataDirLockedError. */
export function acquireLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    controlToken: randomBytes(32).toString('base64url'),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(info));
      fs.closeSync(fd);
      return makeHandle(file, info);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const current = readLock(dataDir);
      if (current) throw new DataDirLockedError(current, file);
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}

function makeHandle(file: string, info: LockInfo): DataDirLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    try {
      const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
      if (current.pid === info.pid && current.controlToken === info.controlToken) fs.rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return {
    info,
    setUrl(url) {
      info.url = url;
      fs.writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
    },
    release,
  };
}
