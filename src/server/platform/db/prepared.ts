/**
 * Fixed-shape queries on the hot path of every request (the office list, session and token lookups)
 * are built once per database handle instead of on every call, and run as named prepared statements:
 * node-postgres parses them once per pooled connection. A transaction handle gets its own prepared
 * copy, so the statement always runs on the caller's connection and sees its uncommitted writes.
 */
import type { Db } from './types.js';

interface Prepared<P, R> {
  execute(params?: P): Promise<R>;
}

/** `build(db)` must return a Drizzle query whose only varying inputs are `sql.placeholder(...)`s. */
export function preparedQuery<P extends Record<string, unknown>, R>(
  name: string,
  build: (db: Db) => { prepare(name: string): Prepared<P, R> },
): (db: Db, params?: P) => Promise<R> {
  const byHandle = new WeakMap<Db, Prepared<P, R>>();
  return (db, params) => {
    let q = byHandle.get(db);
    if (!q) {
      q = build(db).prepare(name);
      byHandle.set(db, q);
    }
    return q.execute(params);
  };
}
