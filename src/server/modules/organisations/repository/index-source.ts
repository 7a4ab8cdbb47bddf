/**
 * What the in-memory directory index reads: organisations in name order (in batches) or by id,
 * with what a directory list shows of each.
 */
import { sql, type SQL } from 'drizzle-orm';
import { transaction } from '../../../platform/db/tx.js';
import { rows, type Db } from '../../../platform/db/types.js';
import type { IndexRow } from '../service/directory-index/store.js';
import { hqCityOf } from './organisations.js';

type RawRow = Omit<IndexRow, 'createdMicros'> & { createdMicros: string };

const COLUMNS = sql`o.id::text as id, o.legal_name as "legalName", o.trade_name as "tradeName", o.kind, o.country, o.tax_id as "taxId",
  o.office_id::text as "officeId", o.sme_class as "smeClass", o.membership_status as "membershipStatus",
  o.membership_tier as "membershipTier", o.public_profile as "publicProfile", o.stages, o.material_ids as "materialIds",
  o.province_codes as "provinceCodes", o.region_codes as "regionCodes", o.search_text as "searchText", o.keywords,
  (extract(epoch from o.created_at) * 1000000)::bigint::text as "createdMicros", ${hqCityOf(sql`o.id`)} as city`;

/**
 * Without JIT: the city's subquery per row, costed from a site table not yet analyzed (right after
 * an import), crosses `jit_above_cost`, and compiling took 25 times as long as running the batch.
 */
async function read(db: Db, rest: SQL): Promise<IndexRow[]> {
  const found = await transaction(db, async (tx) => {
    await tx.execute(sql`select set_config('jit', 'off', true)`);
    return rows<RawRow>(tx, sql`select ${COLUMNS} from organisation o ${rest}`);
  });
  return found.map((r) => ({ ...r, createdMicros: Number(r.createdMicros) }));
}

/** Up to `limit` organisations after `after` in name order (`legal_name, id`, the database's collation). */
export function indexBatch(db: Db, after: { name: string; id: string } | null, limit: number): Promise<IndexRow[]> {
  const where = after ? sql`where (o.legal_name, o.id) > (${after.name}, ${after.id}::uuid)` : sql``;
  return read(db, sql`${where} order by o.legal_name, o.id limit ${limit}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organisations of these ids that exist (ids that are not UUIDs match nothing). */
export function indexRows(db: Db, ids: readonly string[]): Promise<IndexRow[]> {
  const valid = ids.filter((id) => UUID.test(id));
  if (valid.length === 0) return Promise.resolve([]);
  return read(db, sql`where o.id in (${sql.join(valid.map((id) => sql`${id}::uuid`), sql`, `)})`);
}

/** Every organisation id in name order (when names do not sort by code point, the index asks). */
export async function idsInNameOrder(db: Db): Promise<string[]> {
  const found = await rows<{ id: string }>(db, sql`select id::text as id from organisation order by legal_name, id`);
  return found.map((r) => r.id);
}

/** Whether the database sorts text by code point (C, POSIX, C.UTF-8), as the index can in JavaScript. */
export async function sortsByCodePoint(db: Db): Promise<boolean> {
  const [row] = await rows<{ provider: string; collate: string }>(
    db,
    sql`select datlocprovider::text as provider, datcollate as collate from pg_database where datname = current_database()`,
  );
  if (!row) return false;
  if (row.provider === 'b') return true;
  return row.provider === 'c' && /^(C|POSIX|C\.UTF-?8)$/i.test(row.collate);
}
