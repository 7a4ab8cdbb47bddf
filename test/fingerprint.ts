/** Helpers for backup tests: a loaded platform and a digest of every table's rows. */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { systemActor } from '../src/server/platform/actor.js';
import { openPlatform } from '../src/server/platform/bootstrap.js';
import { loadConfig } from '../src/server/platform/config.js';
import { makeCtx } from '../src/server/platform/context.js';
import { rows, type Db } from '../src/server/platform/db/types.js';
import { silentLogger } from '../src/server/platform/logging.js';
import { startModules, stopModules } from '../src/server/modules/index.js';
import { demoLoad } from '../src/server/operations/demo.js';
import type { OperationIo } from '../src/server/operations/registry.js';

export const io: OperationIo = { out: () => undefined, err: () => undefined };

/** Every table's row count and an order-independent digest of its rows. */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await rows<{ t: string }>(db, sql`select schemaname || '.' || tablename as t from pg_tables where schemaname in ('public', 'drizzle') order by 1`);
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const [r] = await rows<{ n: number; h: string | null }>(db, sql.raw(`select count(*)::int as n, md5(string_agg(md5(x::text), '' order by md5(x::text))) as h from ${t} x`));
    out[t] = `${r?.n}:${r?.h ?? ''}`;
  }
  return out;
}

/** Time for a test that loads the whole demo, then backs up and restores it (a minute or more on a busy 2-core machine). */
export const WHOLE_DEMO = 240_000;

export async function loadedPlatform(env: Record<string, string>) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const opened = await openPlatform(config, silentLogger(), { migrate: 'force' });
  await startModules(opened.platform, 'cli');
  const ctx = makeCtx(opened.platform, systemActor('test'));
  expect(await demoLoad.run(ctx, {}, io)).toBe(0);
  const close = async (): Promise<void> => {
    await stopModules(opened.platform);
    await opened.close();
  };
  return { ctx, config, close };
}

