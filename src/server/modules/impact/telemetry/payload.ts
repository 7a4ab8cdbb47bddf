/**
 * The MQTT telemetry contract.
 *
 * Topic: `<prefix>/sites/<siteId>/meters/<meterCode>/readings` (prefix: MQTT_TOPIC_PREFIX, default
 * `veta`). Payload: UTF-8 JSON, one of
 *
 *   {"start": "2025-03-01T10:15:00+01:00", "value": 42.7}
 *   {"start": 1740820500000, "value": 42.7, "end": 1740821400000}
 *   {"readings": [{"start": "...", "value": 42.7}, ...]}     (at most 5,000 per message)
 *   [{"start": "...", "value": 42.7}, ...]
 *
 * `start` (and `end`, monthly bills only) is an ISO 8601 instant with an offset or `Z`, or epoch
 * milliseconds; `value` a finite number in the meter's unit. Publish with QoS 1.
 */
import type { IncomingReading } from '../service/reading-rules.js';

export const MAX_READINGS_PER_MESSAGE = 5_000;

export function subscriptionTopic(prefix: string): string {
  return `${prefix}/sites/+/meters/+/readings`;
}

export function readingsTopic(prefix: string, siteId: string, meterCode: string): string {
  return `${prefix}/sites/${siteId}/meters/${meterCode}/readings`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Why a message was not stored (counted in the telemetry status). */
export type RejectReason = 'topic' | 'json' | 'payload' | 'unknown_site' | 'unknown_meter' | 'reading' | 'too_many';

export function parseTopic(prefix: string, topic: string): { siteId: string; meterCode: string } | null {
  if (!topic.startsWith(`${prefix}/`)) return null;
  const parts = topic.slice(prefix.length + 1).split('/');
  if (parts.length !== 5 || parts[0] !== 'sites' || parts[2] !== 'meters' || parts[4] !== 'readings') return null;
  const [, siteId = '', , meterCode = ''] = parts;
  return UUID.test(siteId) && meterCode ? { siteId: siteId.toLowerCase(), meterCode } : null;
}

function instant(v: unknown): Date | null {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v);
  if (typeof v === 'string' && ISO_INSTANT.test(v)) return new Date(v);
  return null;
}

function reading(raw: unknown): IncomingReading | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const start = instant(r.start);
  const end = r.end === undefined || r.end === null ? null : instant(r.end);
  if (!start || typeof r.value !== 'number' || !Number.isFinite(r.value) || (r.end !== undefined && r.end !== null && !end)) return null;
  return { start, end, value: r.value };
}

/** The readings of a payload, or why it cannot be read. Invalid readings make the message invalid. */
export function parsePayload(payload: Buffer): { readings: IncomingReading[] } | { reject: RejectReason } {
  let data: unknown;
  try {
    data = JSON.parse(payload.toString('utf8'));
  } catch {
    return { reject: 'json' };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { readings?: unknown }).readings) ? (data as { readings: unknown[] }).readings : [data];
  if (list.length > MAX_READINGS_PER_MESSAGE) return { reject: 'too_many' };
  const readings: IncomingReading[] = [];
  for (const item of list) {
    const r = reading(item);
    if (!r) return { reject: 'payload' };
    readings.push(r);
  }
  return readings.length ? { readings } : { reject: 'payload' };
}
