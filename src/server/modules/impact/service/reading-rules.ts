/**
 * What makes a reading acceptable for its meter, whatever way it arrives (upload, HTTP batch, MQTT):
 * a finite value, a start on the meter's interval grid (15-min and hourly intervals on the clock,
 * daily readings at local midnight), an end only where it means something (monthly bills need one),
 * and no start more than a day in the future. Order does not matter and nothing is filled in.
 */
import { addDays, localDate, startOfLocalDay } from '../../../../engines/mv/index.js';
import { INTERVAL_MINUTES, type MeterCarrier, type MeterInterval, type ReadingSource } from '../../../../shared/contracts/impact.js';
import type { ReadingInsert } from '../repository/readings.js';

export interface MeterRef {
  id: string;
  code: string;
  carrier: MeterCarrier;
  interval: MeterInterval;
  timeZone: string;
}

export interface IncomingReading {
  start: Date;
  end: Date | null;
  value: number;
}

/** Problem codes (messages under `errors:impact.reading.*`). */
export type ReadingProblem = 'value' | 'start' | 'misaligned' | 'end' | 'end_required' | 'future';

const FUTURE_SLACK_MS = 86_400_000;
const MAX_BILL_DAYS = 100;

/** The end of a fixed interval that starts at `start`. */
export function intervalEnd(meter: MeterRef, start: number): number | null {
  const minutes = INTERVAL_MINUTES[meter.interval];
  if (minutes === null) return null;
  if (meter.interval === 'daily') return startOfLocalDay(addDays(localDate(start, meter.timeZone), 1), meter.timeZone);
  return start + minutes * 60_000;
}

function aligned(meter: MeterRef, start: number): boolean {
  if (meter.interval === 'monthly') return true;
  if (meter.interval === 'daily') return startOfLocalDay(localDate(start, meter.timeZone), meter.timeZone) === start;
  const step = (INTERVAL_MINUTES[meter.interval] ?? 1) * 60_000;
  return start % step === 0;
}

export function checkReading(meter: MeterRef, r: IncomingReading, nowMs: number): ReadingProblem | null {
  const start = r.start.getTime();
  if (!Number.isFinite(start)) return 'start';
  if (!Number.isFinite(r.value)) return 'value';
  if (start > nowMs + FUTURE_SLACK_MS) return 'future';
  if (!aligned(meter, start)) return 'misaligned';
  const end = r.end?.getTime() ?? null;
  if (end !== null && !Number.isFinite(end)) return 'end';
  if (meter.interval === 'monthly') {
    if (end === null) return 'end_required';
    if (end <= start || end - start > MAX_BILL_DAYS * 86_400_000) return 'end';
    return null;
  }
  return end === null || end === intervalEnd(meter, start) ? null : 'end';
}

/** The row to store (fixed intervals keep no end: it follows from the start). */
export function toInsert(meter: MeterRef, r: IncomingReading, source: ReadingSource): ReadingInsert {
  return { meterId: meter.id, start: r.start, end: meter.interval === 'monthly' ? r.end : null, value: r.value, source };
}
