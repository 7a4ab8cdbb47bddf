import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseNumber, parseTimestamp, placeInZone } from './upload-parse.js';

describe('upload cells', () => {
  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('Fecha;Energía (kWh);Producción')).toBe(';');
    expect(detectDelimiter('time,kwh')).toBe(',');
    expect(detectDelimiter('time\tkwh')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
  });

  it('reads numbers with either decimal separator and thousands separators', () => {
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('12,75', ',')).toBe(12.75);
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseNumber(' -3.5e2 ', '.')).toBe(-350);
    expect(parseNumber(7, ',')).toBe(7);
    expect(parseNumber('doce', ',')).toBeNull();
    expect(parseNumber('1.2.3', '.')).toBeNull();
    expect(parseNumber('', '.')).toBeNull();
  });

  it('reads ISO instants, wall times in several orders, 24:00, and refuses impossible dates', () => {
    expect(parseTimestamp('2025-03-01T10:15:00+01:00', 'iso')).toEqual({ instant: Date.parse('2025-03-01T09:15:00Z') });
    expect(parseTimestamp('2025-03-01 10:15', 'iso')).toEqual({ wall: Date.UTC(2025, 2, 1, 10, 15) });
    expect(parseTimestamp('2025-03-01', 'iso')).toEqual({ wall: Date.UTC(2025, 2, 1) });
    expect(parseTimestamp('01/03/2025 24:00', 'dmy')).toEqual({ wall: Date.UTC(2025, 2, 2) });
    expect(parseTimestamp('03/01/2025 7:05', 'mdy')).toEqual({ wall: Date.UTC(2025, 2, 1, 7, 5) });
    expect(parseTimestamp('2025.03.01 07:05:30', 'ymd')).toEqual({ wall: Date.UTC(2025, 2, 1, 7, 5, 30) });
    expect(parseTimestamp('31/02/2025', 'dmy')).toBeNull();
    expect(parseTimestamp('01/03/2025 24:30', 'dmy')).toBeNull();
    expect(parseTimestamp('2025-03-01T10:15', 'dmy')).toBeNull();
    expect(parseTimestamp(new Date(Date.UTC(2025, 2, 1, 10)), 'dmy')).toEqual({ wall: Date.UTC(2025, 2, 1, 10) });
  });

  it('places wall times in a zone: the repeated hour in file order, the skipped hour nowhere', () => {
    const seen = new Set<number>();
    const repeated = { wall: Date.UTC(2024, 9, 27, 2, 0) };
    expect(placeInZone(repeated, 'Europe/Madrid', seen)).toBe(Date.UTC(2024, 9, 27, 0, 0));
    expect(placeInZone(repeated, 'Europe/Madrid', seen)).toBe(Date.UTC(2024, 9, 27, 1, 0));
    expect(placeInZone({ wall: Date.UTC(2024, 2, 31, 2, 30) }, 'Europe/Madrid', seen)).toBeNull();
    expect(placeInZone({ instant: 5 }, 'Europe/Madrid', seen)).toBe(5);
  });
});
