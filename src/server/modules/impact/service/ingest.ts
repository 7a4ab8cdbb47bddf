/**
 * The HTTP batch path: a site's data logger posts readings with its site token. A batch is stored
 * whole or not at all; readings already stored (same meter and start) are counted as duplicates
 * and left as they were. Telemetry batches are not written to the audit log one by one (that would
 * serialise ingestion on the audit chain); each reading records its source.
 */
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/types.js';
import { AppError, type FieldIssue } from '../../../platform/http/errors.js';
import { inTransaction } from '../../../platform/context.js';
import type { BatchIngest, ReadingSource } from '../../../../shared/contracts/impact.js';
import { siteMeters } from '../repository/meters.js';
import { insertReadings, type ReadingInsert } from '../repository/readings.js';
import { touchSiteToken } from '../repository/ingestion.js';
import { checkReading, toInsert, type MeterRef } from './reading-rules.js';
import { resolveSiteToken } from './site-tokens.js';

/** Rows per INSERT statement. */
export const INSERT_CHUNK = 5_000;
const MAX_ISSUES = 100;

/** Stores rows in chunks; returns how many were new. */
export async function storeReadings(db: Db, rows: readonly ReadingInsert[]): Promise<number> {
  let stored = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) stored += await insertReadings(db, rows.slice(i, i + INSERT_CHUNK));
  return stored;
}

/** The meters of a site by code. */
export async function metersByCode(db: Db, siteId: string): Promise<Map<string, MeterRef>> {
  return new Map((await siteMeters(db, siteId)).map((m) => [m.code, m]));
}

export interface IngestOutcome {
  received: number;
  stored: number;
  duplicates: number;
}

/** Validates a batch against the site's meters: the rows to store, or every problem with its path. */
export function prepareBatch(meters: Map<string, MeterRef>, body: BatchIngest, nowMs: number, source: ReadingSource): { rows: ReadingInsert[]; issues: FieldIssue[] } {
  const rows: ReadingInsert[] = [];
  const issues: FieldIssue[] = [];
  body.readings.forEach((r, i) => {
    const meter = meters.get(r.meter);
    if (!meter) {
      issues.push({ path: `readings.${i}.meter`, code: 'errors:impact.reading.unknown_meter', params: { meter: r.meter } });
      return;
    }
    const reading = { start: new Date(r.start), end: r.end ? new Date(r.end) : null, value: r.value };
    const problem = checkReading(meter, reading, nowMs);
    if (problem) issues.push({ path: `readings.${i}.${problem.startsWith('end') ? 'end' : problem === 'value' ? 'value' : 'start'}`, code: `errors:impact.reading.${problem}` });
    else rows.push(toInsert(meter, reading, source));
  });
  return { rows, issues };
}

export async function ingestBatch(ctx: Ctx, secret: string | undefined, body: BatchIngest): Promise<IngestOutcome> {
  const credential = secret ? await resolveSiteToken(ctx.db, secret) : null;
  if (!credential) throw new AppError('impact.site_token_invalid', {});
  const { rows, issues } = prepareBatch(await metersByCode(ctx.db, credential.siteId), body, ctx.clock.now().getTime(), 'api');
  if (issues.length) throw new AppError('impact.readings_invalid', { count: issues.length }, { issues: issues.slice(0, MAX_ISSUES) });
  const stored = await inTransaction(ctx, (tx) => storeReadings(tx.db, rows));
  await touchSiteToken(ctx.db, credential.tokenId, ctx.clock.now());
  return { received: body.readings.length, stored, duplicates: body.readings.length - stored };
}
