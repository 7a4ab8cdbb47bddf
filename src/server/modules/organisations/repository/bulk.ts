/**
 * Bulk inserts for imports: the rows travel as one JSON parameter and PostgreSQL expands them with
 * `json_populate_recordset` (one statement, one parameter, parsed in C), several times faster than a
 * multi-row VALUES list with thousands of bound parameters, on PGlite and node-postgres alike.
 */
import { getTableColumns, getTableName, sql, type Table } from 'drizzle-orm';
import { rows, type Db } from '../../../platform/db/types.js';
import { organisation } from '../schema.js';
import { bumpRegistryVersion, registryChanged, type RegistryChange } from './version.js';

function jsonValue(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}

/** Inserts `rows` (all with the same keys) into `table`; columns not given take their defaults. */
export async function bulkInsert<T extends Table>(db: Db, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  bumpRegistryVersion();
  const columns = getTableColumns(table);
  const keys = Object.keys(first).filter((k) => k in columns);
  const names = keys.map((k) => (columns[k] as { name: string }).name);
  const payload = JSON.stringify(rows.map((r) => Object.fromEntries(keys.map((k, i) => [names[i], jsonValue((r as Record<string, unknown>)[k])]))));
  const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
  const name = sql.raw(`"${getTableName(table)}"`);
  await db.execute(sql`insert into ${name} (${list}) select ${list} from json_populate_recordset(null::${name}, ${payload}::json)`);
  if ((table as Table) === organisation) await registryChanged(db, insertedIds(rows));
}

/** The ids of inserted rows, or `*` when some take their default id. */
function insertedIds(rows: readonly object[]): RegistryChange {
  const ids = rows.map((r) => (r as { id?: unknown }).id);
  return ids.every((id): id is string => typeof id === 'string') ? ids : '*';
}

/**
 * Drops the organisation table's GIN indexes (trigram search text and facet arrays) inside the
 * caller's transaction and returns the function that builds them again from their own definitions.
 * Building a GIN index once is several times faster than updating it row by row; the table is
 * locked until the transaction ends, which an import holds anyway.
 */
export async function suspendSearchIndexes(db: Db): Promise<() => Promise<void>> {
  const found = await rows<{ name: string; def: string }>(
    db,
    sql`select indexname as name, indexdef as def from pg_indexes where tablename = 'organisation' and indexdef ilike '%using gin%'`,
  );
  for (const i of found) await db.execute(sql.raw(`drop index "${i.name}"`));
  return async () => {
    await db.execute(sql`set local maintenance_work_mem = '64MB'`);
    for (const i of found) await db.execute(sql.raw(i.def));
  };
}
