/** Meters: register them at a site, read their series and their data quality. */
import { detectGaps, detectHighOutliers, startOfLocalDay } from '../../../../engines/mv/index.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { invalid, type FieldIssue } from '../../../platform/http/errors.js';
import { INTERVAL_MINUTES, UNITS_BY_CARRIER, type MeterInput } from '../../../../shared/contracts/impact.js';
import { issue } from '../errors.js';
import * as common from '../repository/common.js';
import * as repo from '../repository/meters.js';
import * as readings from '../repository/readings.js';
import { assertCan, visibleFor } from './scope.js';

const DAY_MS = 86_400_000;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export async function listMeters(ctx: Ctx, filter: Omit<repo.MeterFilter, 'visibility'>): Promise<repo.MeterRow[]> {
  return repo.listMeters(ctx.db, { ...filter, visibility: await visibleFor(ctx) });
}

export async function getMeter(ctx: Ctx, id: string, action: 'read' | 'write' = 'read'): Promise<repo.MeterRow> {
  const row = await repo.findMeter(ctx.db, id);
  await assertCan(ctx, action, row, 'meter', id);
  return row as repo.MeterRow;
}

export async function createMeter(ctx: Ctx, input: MeterInput): Promise<repo.MeterRow> {
  const found = await common.findSite(ctx.db, input.siteId);
  await assertCan(ctx, 'write', found, 'site', input.siteId);
  const siteRow = found as common.SiteRow;
  const problems: FieldIssue[] = [];
  if (!UNITS_BY_CARRIER[input.carrier].includes(input.unit)) problems.push({ path: 'unit', code: issue.unitNotForCarrier, params: { units: UNITS_BY_CARRIER[input.carrier].join(', ') } });
  if (!isTimeZone(input.timeZone)) problems.push({ path: 'timeZone', code: 'validation:invalid' });
  if (input.carrier === 'temperature' && input.interval === 'monthly') problems.push({ path: 'interval', code: 'validation:invalid' });
  if (await repo.findMeterByCode(ctx.db, input.siteId, input.code)) problems.push({ path: 'code', code: issue.meterCodeTaken, params: { code: input.code } });
  if (problems.length) throw invalid(problems);
  const id = await inTransaction(ctx, async (tx) => {
    const meterId = await repo.insertMeter(tx.db, { ...input, organisationId: siteRow.organisationId });
    await audit(tx, { action: 'impact.meter_created', entityType: 'impact_meter', entityId: meterId, summary: { siteId: input.siteId, code: input.code, carrier: input.carrier, unit: input.unit, interval: input.interval } });
    return meterId;
  });
  return getMeter(ctx, id);
}

export async function updateMeter(ctx: Ctx, id: string, changes: { name?: string; timeZone?: string }): Promise<repo.MeterRow> {
  const before = await getMeter(ctx, id, 'write');
  if (changes.timeZone && !isTimeZone(changes.timeZone)) throw invalid([{ path: 'timeZone', code: 'validation:invalid' }]);
  await inTransaction(ctx, async (tx) => {
    await repo.updateMeter(tx.db, id, { ...changes, updatedAt: tx.clock.now() });
    await audit(tx, { action: 'impact.meter_updated', entityType: 'impact_meter', entityId: id, summary: { from: { name: before.name, timeZone: before.timeZone }, to: changes } });
  });
  return getMeter(ctx, id);
}

/** Readings are summed per bucket, except temperatures, which are averaged. */
export function aggregateOf(meter: { carrier: string }): 'sum' | 'mean' {
  return meter.carrier === 'temperature' ? 'mean' : 'sum';
}

const DEFAULT_SPAN_DAYS = { raw: 7, hour: 31, day: 400, month: 3660, quality: 365 } as const;
const RAW_LIMIT = 20_000;

/** The window asked for, or the last span of data of the resolution's default length. */
function windowOf(meter: repo.MeterRow, resolution: keyof typeof DEFAULT_SPAN_DAYS, from?: string, to?: string): { from: Date; to: Date } {
  const end = to ? new Date(to) : new Date((meter.lastReadingAt?.getTime() ?? Date.now()) + 1);
  const start = from ? new Date(from) : new Date(end.getTime() - DEFAULT_SPAN_DAYS[resolution] * DAY_MS);
  return { from: start, to: end };
}

export interface SeriesPoint {
  t: Date;
  value: number;
  count: number;
}

export async function readingSeries(ctx: Ctx, id: string, q: { from?: string; to?: string; resolution: 'raw' | 'hour' | 'day' | 'month' }) {
  const meter = await getMeter(ctx, id);
  const w = windowOf(meter, q.resolution, q.from, q.to);
  const aggregate = aggregateOf(meter);
  let points: SeriesPoint[];
  let truncated = false;
  if (q.resolution === 'raw') {
    const raw = await readings.readingsBetween(ctx.db, id, w.from, w.to, RAW_LIMIT + 1);
    truncated = raw.length > RAW_LIMIT;
    points = raw.slice(0, RAW_LIMIT).map((r) => ({ t: new Date(r.start), value: r.value, count: 1 }));
  } else {
    const unit = q.resolution;
    const buckets = await readings.bucketed(ctx.db, id, { ...w, timeZone: meter.timeZone, unit, aggregate });
    points = buckets.map((b) => ({ t: new Date(bucketStart(b.key, unit, meter.timeZone)), value: b.value, count: b.count }));
  }
  return { meter, from: w.from, to: w.to, aggregate, points, truncated };
}

function bucketStart(key: string, unit: 'hour' | 'day' | 'month', timeZone: string): number {
  if (unit === 'hour') return Number(key);
  return startOfLocalDay(unit === 'day' ? key : `${key}-01`, timeZone);
}

const LISTED = 200;

/** Gaps, high outliers and negative readings of a window (flags only: nothing is filled). */
export async function meterQuality(ctx: Ctx, id: string, q: { from?: string; to?: string }) {
  const meter = await getMeter(ctx, id);
  const w = windowOf(meter, 'quality', q.from, q.to);
  const raw = await readings.readingsBetween(ctx.db, id, w.from, w.to);
  const minutes = INTERVAL_MINUTES[meter.interval];
  const gaps = minutes === null ? [] : detectGaps(raw, minutes);
  const { indices, threshold } = detectHighOutliers(raw);
  const first = raw[0]?.start;
  const last = raw[raw.length - 1]?.start;
  const expected = minutes === null || first === undefined || last === undefined ? null : Math.round((last - first) / (minutes * 60_000)) + 1;
  return {
    from: w.from,
    to: w.to,
    readings: raw.length,
    expected,
    gaps: gaps.slice(0, LISTED).map((g) => ({ from: new Date(g.from), to: new Date(g.to), missing: g.missing })),
    gapCount: gaps.length,
    outliers: indices.slice(0, LISTED).map((i) => ({ start: new Date(raw[i]?.start ?? 0), value: raw[i]?.value ?? 0 })),
    outlierCount: indices.length,
    outlierThreshold: Number.isFinite(threshold) ? threshold : null,
    negatives: raw.filter((r) => r.value < 0).length,
  };
}
