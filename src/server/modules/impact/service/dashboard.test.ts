import { describe, expect, it } from 'vitest';
import type { VerifiedDetail } from '../repository/analyses.js';
import type { MeasureRow } from '../repository/measures.js';
import { buildDashboard, nuts2Of } from './dashboard.js';

function measure(id: string, over: Partial<MeasureRow>): MeasureRow {
  return { id, organisationId: 'o1', siteId: 's1', category: 'energy_efficiency', title: id, description: '', startDate: '2024-01-01', completedDate: null, costCents: null, currency: 'EUR', awardId: null, searchText: '', createdBy: null, createdAt: new Date(), updatedAt: new Date(), organisationName: 'O', siteName: 'S', officeId: null, nutsCode: 'ES413', meterIds: [], verified: null, ...over };
}

const verified: VerifiedDetail[] = [
  { measureId: 'a', carrier: 'electricity', savingsKwh: 300, co2eKg: 45, byYear: [{ year: 2024, savingsKwh: 100, co2eKg: 15 }, { year: 2025, savingsKwh: 200, co2eKg: 30 }] },
  { measureId: 'b', carrier: 'gas', savingsKwh: 50, co2eKg: 9, byYear: [{ year: 2025, savingsKwh: 50, co2eKg: 9 }] },
];
const measures = [
  measure('a', { awardId: 'award-1', category: 'digitalisation' }),
  measure('b', { organisationId: 'o2', nutsCode: 'ES620' }),
  measure('c', { awardId: 'award-1', nutsCode: null, category: 'circular_economy' }),
  measure('d', { awardId: 'award-2', organisationId: 'o2' }),
];
const call = { callId: 'call-1', callCode: 'BI24', callTitleEs: 'Bonos 2024', callTitleEn: 'Vouchers 2024', programmeId: 'p1', programmeCode: 'BONOS-2024', programmeName: 'Bonos' };
const awards = [
  { awardId: 'award-1', organisationId: 'o1', organisationName: 'O', amountCents: 2_500_000, ...call },
  { awardId: 'award-2', organisationId: 'o2', organisationName: 'O2', amountCents: 1_000_000, ...call },
];
const labels = { callCode: 'BI24', callTitleEs: 'Bonos 2024', callTitleEn: 'Vouchers 2024', programmeCode: 'BONOS-2024', programmeName: 'Bonos' };

describe('impact dashboard', () => {
  it('adds up verified savings by category, region, year, carrier and award', () => {
    const d = buildDashboard(measures, verified, undefined, awards);
    expect(d.totals).toEqual({ measures: 4, verifiedMeasures: 2, savingsKwh: 350, co2eKg: 54, fundedMeasures: 3, fundedSavingsKwh: 300, fundedCo2eKg: 45, organisations: 2 });
    expect(d.byCategory.find((c) => c.category === 'digitalisation')).toMatchObject({ measures: 1, savingsKwh: 300 });
    expect(d.byCategory.find((c) => c.category === 'environmental_protection')).toMatchObject({ measures: 0, savingsKwh: 0 });
    expect(d.byRegion).toEqual([
      { nuts2: 'ES41', measures: 2, verifiedMeasures: 1, savingsKwh: 300, co2eKg: 45 },
      { nuts2: 'ES62', measures: 1, verifiedMeasures: 1, savingsKwh: 50, co2eKg: 9 },
      { nuts2: 'other', measures: 1, verifiedMeasures: 0, savingsKwh: 0, co2eKg: 0 },
    ]);
    expect(d.byYear).toEqual([{ year: 2024, savingsKwh: 100, co2eKg: 15 }, { year: 2025, savingsKwh: 250, co2eKg: 39 }]);
    expect(d.byCarrier).toEqual([{ carrier: 'electricity', savingsKwh: 300, co2eKg: 45 }, { carrier: 'gas', savingsKwh: 50, co2eKg: 9 }]);
    expect(d.byAward).toEqual([
      { awardId: 'award-1', ...labels, organisationName: 'O', amountCents: 2_500_000, measures: 2, verifiedMeasures: 1, savingsKwh: 300, co2eKg: 45 },
      { awardId: 'award-2', ...labels, organisationName: 'O2', amountCents: 1_000_000, measures: 1, verifiedMeasures: 0, savingsKwh: 0, co2eKg: 0 },
    ]);
    expect(d.byCall).toEqual([{ callId: 'call-1', ...labels, measures: 3, verifiedMeasures: 1, savingsKwh: 300, co2eKg: 45 }]);
  });

  it('keeps to one calendar year when asked', () => {
    const d = buildDashboard(measures, verified, 2024);
    expect(d.totals).toMatchObject({ verifiedMeasures: 1, savingsKwh: 100, co2eKg: 15 });
    expect(d.byYear).toEqual([{ year: 2024, savingsKwh: 100, co2eKg: 15 }]);
  });

  it('reads NUTS 2 from a NUTS code', () => {
    expect(nuts2Of('ES413')).toBe('ES41');
    expect(nuts2Of('PT11')).toBe('PT11');
    expect(nuts2Of(null)).toBe('other');
    expect(nuts2Of('24')).toBe('other');
  });
});
