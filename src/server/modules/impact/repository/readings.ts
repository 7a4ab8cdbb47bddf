/**
 * Reading queries. Inserts are one multi-row `INSERT ... SELECT FROM unnest(...)` per batch with
 * `ON CONFLICT (meter_id, start) DO NOTHING`: a repeated reading is a no-op and the statement has
 * five parameters whatever the batch size. Times come back as epoch milliseconds so both drivers
 * answer alike.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { rows } from '../../../platform/db/types.js';
import type { ReadingSource } from '../../../../shared/contracts/impact.js';

export interface ReadingInsert {
  meterId: string;
  start: Date;
  end: Date | null;
  value: number;
  source: ReadingSource;
}

/** Stores readings; returns how many were new (the others were already stored). */
export async function insertReadings(db: Db, batch: readonly ReadingInsert[]): Promise<number> {
  if (batch.length === 0) return 0;
  const meterIds = batch.map((r) => r.meterId);
  const starts = batch.map((r) => r.start.toISOString());
  const ends = batch.map((r) => r.end?.toISOString() ?? null);
  const values = batch.map((r) => String(r.value));
  const sources = batch.map((r) => r.source);
  const result = (await db.execute(sql`
    insert into impact_reading (meter_id, start, end_at, value, source)
    select * from unnest(${sql.param(meterIds)}::uuid[], ${sql.param(starts)}::timestamptz[], ${sql.param(ends)}::timestamptz[], ${sql.param(values)}::numeric[], ${sql.param(sources)}::text[])
    on conflict (meter_id, start) do nothing`)) as unknown as { rowCount?: number | null; affectedRows?: number };
  return result.rowCount ?? result.affectedRows ?? 0;
}

/** Stored values of a meter at the given instants (epoch ms -> value as text). */
export async function storedValues(db: Db, meterId: string, starts: readonly Date[]): Promise<Map<number, string>> {
  if (starts.length === 0) return new Map();
  const found = await rows<{ ms: number; value: string }>(
    db,
    sql`select (extract(epoch from start) * 1000)::float8 as ms, value::text as value from impact_reading where meter_id = ${meterId} and start = any(${sql.param(starts.map((s) => s.toISOString()))}::timestamptz[])`,
  );
  return new Map(found.map((r) => [Number(r.ms), r.value]));
}

export interface RawReading {
  start: number;
  end: number | null;
  value: number;
}

/** Readings of a meter in [from, to), in time order (at most `limit`). */
export async function readingsBetween(db: Db, meterId: string, from: Date, to: Date, limit = 2_000_000): Promise<RawReading[]> {
  const found = await rows<{ ms: number; end_ms: number | null; value: number }>(
    db,
    sql`select (extract(epoch from start) * 1000)::float8 as ms, (extract(epoch from end_at) * 1000)::float8 as end_ms, value::float8 as value
        from impact_reading where meter_id = ${meterId} and start >= ${from.toISOString()} and start < ${to.toISOString()} order by start limit ${limit}`,
  );
  return found.map((r) => ({ start: Number(r.ms), end: r.end_ms === null ? null : Number(r.end_ms), value: Number(r.value) }));
}

export interface Bucket {
  /** Local date (day, month) or epoch ms (hour). */
  key: string;
  value: number;
  count: number;
}

/**
 * Readings grouped into UTC hours, or local days or months of `timeZone`, summed or averaged.
 * Keys: epoch ms for hours (hour boundaries are the same in every whole-hour zone, and DST days
 * keep all their hours), `YYYY-MM-DD` for days, `YYYY-MM` for months.
 */
export async function bucketed(db: Db, meterId: string, opts: { from: Date; to: Date; timeZone: string; unit: 'hour' | 'day' | 'month'; aggregate: 'sum' | 'mean' }): Promise<Bucket[]> {
  const fn = opts.aggregate === 'sum' ? sql`sum(value)` : sql`avg(value)`;
  const key =
    opts.unit === 'hour'
      ? sql`((extract(epoch from date_trunc('hour', start)) * 1000)::bigint)::text`
      : sql`to_char(start at time zone ${opts.timeZone}, ${opts.unit === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM'})`;
  const found = await rows<{ key: string; value: number; n: number }>(
    db,
    sql`select ${key} as key, (${fn})::float8 as value, count(*)::int as n
        from impact_reading where meter_id = ${meterId} and start >= ${opts.from.toISOString()} and start < ${opts.to.toISOString()}
        group by 1 order by 1`,
  );
  return found.map((r) => ({ key: String(r.key), value: Number(r.value), count: Number(r.n) }));
}

export async function countReadings(db: Db, meterId: string): Promise<number> {
  const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from impact_reading where meter_id = ${meterId}`);
  return Number(row?.n ?? 0);
}

/** One page of a meter's readings after `afterMs` (exports), in time order, values as stored. */
export async function readingPage(db: Db, meterId: string, afterMs: number | null, limit: number): Promise<{ start: number; end: number | null; value: string }[]> {
  const after = afterMs === null ? sql`true` : sql`start > ${new Date(afterMs).toISOString()}`;
  const found = await rows<{ ms: number; end_ms: number | null; value: string }>(
    db,
    sql`select (extract(epoch from start) * 1000)::float8 as ms, (extract(epoch from end_at) * 1000)::float8 as end_ms, value::text as value
        from impact_reading where meter_id = ${meterId} and ${after} order by start limit ${limit}`,
  );
  return found.map((r) => ({ start: Number(r.ms), end: r.end_ms === null ? null : Number(r.end_ms), value: String(r.value) }));
}
