import { describe, expect, it } from 'vitest';
import { assessReadings, detectGaps, detectHighOutliers } from './quality.js';

const H = 3_600_000;
const series = (values: (number | null)[], skip: number[] = []) =>
  values.flatMap((value, i) => (skip.includes(i) ? [] : [{ start: i * H, value }]));

describe('reading quality flags', () => {
  it('finds gaps between present readings, including runs of missing values', () => {
    const gaps = detectGaps(series([1, 1, 1, null, null, 1, 1, 1], [6]), 60);
    expect(gaps.map((g) => [g.from / H, g.to / H, g.missing])).toEqual([
      [3, 5, 2],
      [6, 7, 1],
    ]);
    expect(gaps[0]?.finding.code).toBe('mv.reading_gap');
    expect(detectGaps(series([1, 2, 3]), 60)).toEqual([]);
  });

  it('flags values more than 3 IQR above the median (hand-computed quartiles)', () => {
    // Sorted 1..8 and 40: Q1 = 3, median = 5, Q3 = 7 (linear interpolation) -> threshold 5 + 3*4 = 17.
    const readings = series([1, 2, 3, 4, 5, 6, 7, 8, 40]);
    const { indices, threshold } = detectHighOutliers(readings, 3);
    expect(threshold).toBe(17);
    expect(indices).toEqual([8]);
    expect(detectHighOutliers(series([5, 5, 5, 5, 5, 6])).indices).toEqual([]); // IQR = 0: no scale, no flag
  });

  it('flags negatives, missing values and duplicates but never changes or fills the readings', () => {
    const readings = [...series([5, -2, null, 5]), { start: 0, value: 5 }, { start: H, value: 7 }];
    const copy = structuredClone(readings);
    const report = assessReadings(readings, { intervalMinutes: 60 });
    expect(readings).toEqual(copy);
    const codes = report.flags.map((f) => [f.index, f.finding.code]);
    expect(codes).toEqual([
      [1, 'mv.reading_negative'],
      [2, 'mv.reading_missing_value'],
      [4, 'mv.reading_duplicate'],
      [5, 'mv.reading_duplicate_conflict'],
    ]);
    expect(report.gaps.map((g) => g.missing)).toEqual([1]);
  });
});
