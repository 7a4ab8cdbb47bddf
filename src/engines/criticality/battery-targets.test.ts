import { describe, expect, it } from 'vitest';
import { BATTERY_HEADER, parseBatteryTargets } from './battery-targets.js';
import { readReferenceFile } from './test-support.js';

describe('parseBatteryTargets', () => {
  const parsed = parseBatteryTargets(readReferenceFile('eu_battery_regulation_2023_1542_targets.csv'));
  const targets = parsed.value ?? [];

  it('reads the 23 targets of the shipped file', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(targets).toHaveLength(23);
  });

  it('reads the recycled-content targets per material and date', () => {
    const rc = targets.filter((t) => t.provision.startsWith('Art. 8')).map((t) => [t.materialIds.join(','), t.value, t.date]);
    expect(rc).toEqual([
      ['cobalt', { kind: 'share', share: 0.16 }, '2031-08-18'],
      ['lead', { kind: 'share', share: 0.85 }, '2031-08-18'],
      ['lithium', { kind: 'share', share: 0.06 }, '2031-08-18'],
      ['nickel', { kind: 'share', share: 0.06 }, '2031-08-18'],
      ['cobalt', { kind: 'share', share: 0.26 }, '2036-08-18'],
      ['lead', { kind: 'share', share: 0.85 }, '2036-08-18'],
      ['lithium', { kind: 'share', share: 0.12 }, '2036-08-18'],
      ['nickel', { kind: 'share', share: 0.15 }, '2036-08-18'],
    ]);
  });

  it('maps material lists to catalogue ids and leaves battery categories unmapped', () => {
    const recovery = targets.find((t) => t.materialOrCategory === 'cobalt, copper, lead, nickel (each)');
    expect(recovery?.materialIds).toEqual(['cobalt', 'copper', 'lead', 'nickel']);
    const passport = targets.find((t) => t.provision === 'Art. 77 battery passport');
    expect(passport).toMatchObject({ materialIds: [], value: { kind: 'requirement', text: 'required' }, date: '2027-02-18' });
    expect(targets.find((t) => t.materialOrCategory === 'lithium-based batteries')?.materialIds).toEqual([]);
  });

  it('rejects a bad value or date', () => {
    const text = [BATTERY_HEADER.join(','), 'R,P,cobalt,m,1.6,2031-08-18,https://x', 'R,P,lithium,m,0.5,2031-02-30,https://x'].join('\n');
    const r = parseBatteryTargets(text);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'value'],
      [3, 'applies_from_or_deadline'],
    ]);
  });
});
