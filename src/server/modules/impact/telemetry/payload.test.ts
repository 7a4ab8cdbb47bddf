import { describe, expect, it } from 'vitest';
import { MAX_READINGS_PER_MESSAGE, parsePayload, parseTopic, readingsTopic, subscriptionTopic } from './payload.js';

const site = '01920000-0000-7000-8000-0000000000aa';

describe('telemetry topic', () => {
  it('round-trips the readings topic and refuses anything else', () => {
    expect(subscriptionTopic('veta')).toBe('veta/sites/+/meters/+/readings');
    expect(parseTopic('veta', readingsTopic('veta', site, 'elec-corte'))).toEqual({ siteId: site, meterCode: 'elec-corte' });
    expect(parseTopic('plant/a', readingsTopic('plant/a', site.toUpperCase(), 'x'))).toEqual({ siteId: site, meterCode: 'x' });
    expect(parseTopic('veta', `veta/sites/not-a-uuid/meters/x/readings`)).toBeNull();
    expect(parseTopic('veta', `other/sites/${site}/meters/x/readings`)).toBeNull();
    expect(parseTopic('veta', `veta/sites/${site}/meters/x/status`)).toBeNull();
    expect(parseTopic('veta', `veta/sites/${site}/meters/x/readings/extra`)).toBeNull();
  });
});

describe('telemetry payload', () => {
  it('reads one reading, a batch object, an array; instants with offset or epoch ms', () => {
    const one = parsePayload(Buffer.from('{"start":"2025-03-01T10:15:00+01:00","value":42.7}'));
    expect(one).toEqual({ readings: [{ start: new Date('2025-03-01T09:15:00Z'), end: null, value: 42.7 }] });
    const batch = parsePayload(Buffer.from(JSON.stringify({ readings: [{ start: 1740820500000, value: 1 }, { start: '2025-03-01T09:30:00Z', end: '2025-04-01T00:00:00Z', value: 2 }] })));
    expect('readings' in batch && batch.readings.map((r) => [r.start.getTime(), r.end?.getTime() ?? null])).toEqual([[1740820500000, null], [Date.parse('2025-03-01T09:30:00Z'), Date.parse('2025-04-01T00:00:00Z')]]);
    expect(parsePayload(Buffer.from('[{"start":"2025-03-01T09:30:00Z","value":0}]'))).toMatchObject({ readings: [{ value: 0 }] });
  });

  it('rejects bad JSON, missing or non-finite values, instants without offset, empty and oversized batches', () => {
    expect(parsePayload(Buffer.from('{'))).toEqual({ reject: 'json' });
    expect(parsePayload(Buffer.from('{"start":"2025-03-01T09:30:00Z"}'))).toEqual({ reject: 'payload' });
    expect(parsePayload(Buffer.from('{"start":"2025-03-01T09:30:00","value":1}'))).toEqual({ reject: 'payload' });
    expect(parsePayload(Buffer.from('{"start":"2025-03-01T09:30:00Z","value":"1"}'))).toEqual({ reject: 'payload' });
    expect(parsePayload(Buffer.from('{"start":"2025-03-01T09:30:00Z","value":1,"end":"soon"}'))).toEqual({ reject: 'payload' });
    expect(parsePayload(Buffer.from('[]'))).toEqual({ reject: 'payload' });
    const many = Array.from({ length: MAX_READINGS_PER_MESSAGE + 1 }, (_, i) => ({ start: i * 900_000, value: 1 }));
    expect(parsePayload(Buffer.from(JSON.stringify(many)))).toEqual({ reject: 'too_many' });
  });
});
