/**
 * Starts the built Veta server (`node bin/veta.mjs start`) on a free port and a fresh data directory,
 * loads the demo through the CLI (which reaches the running server over its control channel), and
 * stops everything at the end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, root, startChild, waitFor } from '../../test/processes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(root, 'dist', 'web', 'index.html'))) throw new Error('Build first: npm run build');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veta-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { VETA_DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: baseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  const server = startChild([path.join(root, 'bin/veta.mjs'), 'start'], env);
  await waitFor(`${baseUrl}/api/health`, server);
  const demo = spawnSync(process.execPath, [path.join(root, 'bin/veta.mjs'), 'demo', 'load'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 300_000 });
  if (demo.status !== 0) throw new Error(`demo load failed:\n${demo.stdout}\n${demo.stderr}`);
  project.provide('baseUrl', baseUrl);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
