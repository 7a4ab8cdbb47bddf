/**
 * The composition root: config -> logger -> database (lock, migrate) -> jobs -> HTTP -> listen.
 */
import { buildApp } from './app.js';
import { systemActor } from './platform/actor.js';
import { openPlatform } from './platform/bootstrap.js';
import type { Config } from './platform/config.js';
import { makeCtx } from './platform/context.js';
import { JobRunner } from './platform/jobs/runner.js';
import { createLogger } from './platform/logging.js';
import { registerControl } from './operations/control.js';
import { prepareSetup } from './modules/identity/index.js';
import { startModules, stopModules } from './modules/index.js';

export interface RunningServer {
  url: string;
  /** The one-time link to create the first administrator, while there is none. */
  setupUrl?: string;
  stop(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config);
  const opened = await openPlatform(config, logger);
  const { platform } = opened;
  await startModules(platform, 'server');
  const jobs = new JobRunner(platform);
  const app = await buildApp(platform);
  if (opened.lock) registerControl(app, platform, opened.lock.info.controlToken);
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  opened.lock?.setUrl(url);
  jobs.start();

  const setupUrl = await prepareSetup(makeCtx(platform, systemActor('setup')));
  logger.info({ url, database: platform.database.kind, dataDir: config.dataDir }, `Veta is running at ${url}`);
  if (setupUrl) {
    logger.warn(`No administrator yet. Create the first one at ${setupUrl.replace(config.publicUrl, url)} (or run \`veta admin create\`).`);
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await app.close();
      await jobs.stop();
      await stopModules(platform);
      await opened.close();
    })());
  return { url, ...(setupUrl ? { setupUrl: setupUrl.replace(config.publicUrl, url) } : {}), stop };
}
