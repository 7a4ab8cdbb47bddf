import { describe, expect, it } from 'vitest';
import { checkReading, intervalEnd, type MeterRef } from './reading-rules.js';

const meter = (interval: MeterRef['interval']): MeterRef => ({ id: 'm', code: 'm', carrier: 'electricity', interval, timeZone: 'Europe/Madrid' });
const now = Date.parse('2025-06-01T12:00:00Z');
const at = (iso: string, value = 1, end?: string) => ({ start: new Date(iso), end: end ? new Date(end) : null, value });

describe('reading rules', () => {
  it('keeps 15-minute and hourly readings on the clock', () => {
    expect(checkReading(meter('15min'), at('2025-05-01T10:45:00Z'), now)).toBeNull();
    expect(checkReading(meter('15min'), at('2025-05-01T10:50:00Z'), now)).toBe('misaligned');
    expect(checkReading(meter('hourly'), at('2025-05-01T10:00:00Z'), now)).toBeNull();
    expect(checkReading(meter('hourly'), at('2025-05-01T10:15:00Z'), now)).toBe('misaligned');
    expect(checkReading(meter('15min'), at('2025-05-01T10:45:00Z', 1, '2025-05-01T11:00:00Z'), now)).toBeNull();
    expect(checkReading(meter('15min'), at('2025-05-01T10:45:00Z', 1, '2025-05-01T11:15:00Z'), now)).toBe('end');
  });

  it('puts daily readings at local midnight, 23 and 25 hours long on DST days', () => {
    expect(checkReading(meter('daily'), at('2025-03-29T23:00:00Z'), now)).toBeNull(); // 30 March 00:00 CET
    expect(checkReading(meter('daily'), at('2025-03-30T00:00:00Z'), now)).toBe('misaligned');
    expect(intervalEnd(meter('daily'), Date.parse('2025-03-29T23:00:00Z'))).toBe(Date.parse('2025-03-30T22:00:00Z'));
    expect(intervalEnd(meter('daily'), Date.parse('2025-10-25T22:00:00Z'))).toBe(Date.parse('2025-10-26T23:00:00Z'));
  });

  it('needs an end for monthly bills, refuses the future, non-finite values and bad instants', () => {
    expect(checkReading(meter('monthly'), at('2025-01-05T00:00:00Z'), now)).toBe('end_required');
    expect(checkReading(meter('monthly'), at('2025-01-05T00:00:00Z', 1, '2025-02-05T00:00:00Z'), now)).toBeNull();
    expect(checkReading(meter('monthly'), at('2025-01-05T00:00:00Z', 1, '2025-01-01T00:00:00Z'), now)).toBe('end');
    expect(checkReading(meter('hourly'), at('2025-06-03T00:00:00Z'), now)).toBe('future');
    expect(checkReading(meter('hourly'), at('2025-05-01T10:00:00Z', Number.NaN), now)).toBe('value');
    expect(checkReading(meter('hourly'), { start: new Date('nope'), end: null, value: 1 }, now)).toBe('start');
  });
});
