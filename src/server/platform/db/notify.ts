/**
 * Database notifications (LISTEN/NOTIFY) on both drivers, for cache invalidation across processes:
 * `notify(db, channel, payload)` inside a transaction is delivered when it commits.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from './client.js';
import type { Db } from './types.js';

export interface Listener {
  /** False while the notification connection is down (callers must not trust caches then). */
  readonly healthy: boolean;
  close(): Promise<void>;
}

export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}

/** Calls `onMessage` for every notification on `channel`; `onReset` when messages may have been missed. */
export async function listen(database: Database, channel: string, onMessage: (payload: string) => void, onReset: () => void): Promise<Listener> {
  if (database.pglite) {
    const unlisten = await database.pglite.listen(channel, onMessage);
    return { healthy: true, close: () => unlisten() };
  }
  const connectionString = (database.pool?.options as { connectionString?: string } | undefined)?.connectionString;
  if (!connectionString) throw new Error('listen() needs a PostgreSQL pool');
  return pgListener(connectionString, channel, onMessage, onReset);
}

function pgListener(url: string, channel: string, onMessage: (payload: string) => void, onReset: () => void): Listener {
  let client: pg.Client | undefined;
  let closed = false;
  const state = { healthy: false };
  const connect = async (): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (m) => m.channel === channel && onMessage(m.payload ?? ''));
    c.on('error', () => {
      state.healthy = false;
      onReset();
      void c.end().catch(() => undefined);
      setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    });
    try {
      await c.connect();
      await c.query(`LISTEN "${channel.replace(/"/g, '')}"`);
      client = c;
      state.healthy = true;
      onReset();
    } catch {
      setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    }
  };
  void connect();
  return {
    get healthy() {
      return state.healthy;
    },
    async close() {
      closed = true;
      state.healthy = false;
      await client?.end().catch(() => undefined);
    },
  };
}
