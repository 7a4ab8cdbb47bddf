/**
 * Runs an operation where it may run: inside this process when it can open the database, or in the
 * running server through the local control channel when that server owns the embedded database.
 */
import os from 'node:os';
import { systemActor } from '../server/platform/actor.js';
import { openPlatform } from '../server/platform/bootstrap.js';
import { ConfigError, loadConfig, type Config } from '../server/platform/config.js';
import { makeCtx } from '../server/platform/context.js';
import { readLock, type LockInfo } from '../server/platform/db/lock.js';
import { silentLogger } from '../server/platform/logging.js';
import { CONTROL_HEADER, CONTROL_PATH } from '../server/operations/control.js';
import { findOperation, type OperationIo } from '../server/operations/registry.js';
import '../server/operations/all.js';
import { startModules, stopModules } from '../server/modules/index.js';
import { consoleIo, fail } from './io.js';

export function cliConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
}

async function viaControl(owner: LockInfo, name: string, args: Record<string, unknown>, io: OperationIo): Promise<number> {
  if (owner.host !== os.hostname() || !owner.url) {
    fail(`The data directory is in use by Veta (pid ${owner.pid} on ${owner.host}) and cannot be reached from here. Stop it first.`);
  }
  const res = await fetch(`${owner.url}${CONTROL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CONTROL_HEADER]: owner.controlToken },
    body: JSON.stringify({ name, args }),
  }).catch((err: unknown) => fail(`The running Veta server (pid ${owner.pid}) did not answer at ${owner.url}: ${String(err)}`));
  if (!res.ok || !res.body) fail(`The running Veta server refused the command (HTTP ${res.status}).`);
  let code = 1;
  let buffer = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += Buffer.from(chunk).toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const msg = JSON.parse(buffer.slice(0, nl)) as { t: 'out' | 'err' | 'exit'; v?: string; code?: number };
      buffer = buffer.slice(nl + 1);
      if (msg.t === 'out') io.out(msg.v ?? '');
      else if (msg.t === 'err') io.err(msg.v ?? '');
      else code = msg.code ?? 1;
    }
  }
  return code;
}

/** Runs a named operation and returns its exit code. */
export async function runOperation(name: string, args: Record<string, unknown>, io: OperationIo = consoleIo): Promise<number> {
  const config = cliConfig();
  const op = findOperation(name);
  if (!op) fail(`unknown operation ${name}`);
  if (config.databaseKind === 'pglite') {
    const owner = readLock(config.dataDir);
    if (owner) {
      io.out(`(running in the Veta server that owns ${config.dataDir}, pid ${owner.pid})`);
      return viaControl(owner, name, args, io);
    }
  }
  const opened = await openPlatform(config, silentLogger());
  await startModules(opened.platform, 'cli');
  try {
    return await op.run(makeCtx(opened.platform, systemActor('cli')), args, io);
  } finally {
    await stopModules(opened.platform);
    await opened.close();
  }
}
