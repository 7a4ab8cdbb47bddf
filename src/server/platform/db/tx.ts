import type { Db } from './types.js';

/** Runs `fn` in a transaction (a savepoint when `db` already is one). */
export function transaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}
