import { describe, expect, it } from 'vitest';
import { growthSeries, TRANSITIONS } from './membership.js';

describe('growthSeries', () => {
  it('counts members at each month end with joins and departures, through the current month', () => {
    const points = growthSeries(
      [
        { organisationId: 'a', status: 'applicant', effectiveOn: '2024-01-10' },
        { organisationId: 'a', status: 'active', effectiveOn: '2024-02-01' },
        { organisationId: 'b', status: 'active', effectiveOn: '2024-02-15' },
        { organisationId: 'a', status: 'active', effectiveOn: '2024-03-01' },
        { organisationId: 'b', status: 'left', effectiveOn: '2024-04-30' },
      ],
      '2024-05',
    );
    expect(points).toEqual([
      { month: '2024-01', members: 0, joined: 0, left: 0 },
      { month: '2024-02', members: 2, joined: 2, left: 0 },
      { month: '2024-03', members: 2, joined: 0, left: 0 },
      { month: '2024-04', members: 1, joined: 0, left: 1 },
      { month: '2024-05', members: 1, joined: 0, left: 0 },
    ]);
  });
  it('crosses the year end', () => {
    expect(growthSeries([{ organisationId: 'a', status: 'active', effectiveOn: '2023-12-20' }], '2024-01').map((p) => p.month)).toEqual(['2023-12', '2024-01']);
  });
  it('never lets a member rejoin without leaving, nor an applicant become applicant again', () => {
    expect(TRANSITIONS.active).not.toContain('applicant');
    expect(TRANSITIONS.applicant).not.toContain('applicant');
    expect(TRANSITIONS.left).toContain('active');
  });
});
