import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumCents } from '../../shared/money.js';
import { classRank } from './ceilings.js';
import { determineSmeStatus } from './determine.js';
import type { Enterprise, Relation, SmeInput, YearFigures } from './types.js';

const YEARS = [2021, 2022, 2023];

const figures = fc.record({
  awu: fc.integer({ min: 0, max: 30_000 }).map((x) => x / 100),
  turnoverCents: fc.integer({ min: 0, max: 3_000_000_000 }),
  balanceSheetCents: fc.integer({ min: 0, max: 3_000_000_000 }),
});
const yearsOf = fc.array(figures, { minLength: YEARS.length, maxLength: YEARS.length }).map((fs) =>
  fs.map((f, i): YearFigures => ({ year: YEARS[i] ?? 0, ...f })),
);
const relation = (ids: readonly string[]) =>
  fc.record({
    enterpriseId: fc.constantFrom(...ids),
    direction: fc.constantFrom<Relation['direction']>('holds', 'held_by'),
    capitalPct: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
    votingPct: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
  });

/** A subject S and up to 5 other enterprises with random holdings among them. */
const world = fc.integer({ min: 0, max: 5 }).chain((n) => {
  const ids = ['S', ...Array.from({ length: n }, (_, i) => `E${i}`)];
  const relationsOf = (id: string) => {
    const others = ids.filter((o) => o !== id);
    return others.length === 0 ? fc.constant([]) : fc.array(relation(others), { maxLength: 3 });
  };
  return fc.tuple(
    ...ids.map((id) => fc.record({ years: yearsOf, relations: relationsOf(id) }).map((e): Enterprise => ({ id, ...e }))),
  );
});

const input = (enterprises: Enterprise[]): SmeInput => ({ enterpriseId: 'S', enterprises, publicBodyControl: false });

describe('SME properties', () => {
  it('adding a partner never lowers the class', () => {
    fc.assert(
      fc.property(
        world,
        yearsOf,
        fc.integer({ min: 2_500, max: 5_000 }).map((x) => x / 100),
        fc.constantFrom<Relation['direction']>('holds', 'held_by'),
        fc.constantFrom('S', 'E0', 'E1'),
        (enterprises, partnerYears, pct, direction, anchor) => {
          const before = determineSmeStatus(input(enterprises));
          const at = enterprises.some((e) => e.id === anchor) ? anchor : 'S';
          const partner: Enterprise = {
            id: 'NEW',
            years: partnerYears,
            relations: [{ enterpriseId: at, direction, capitalPct: pct, votingPct: Math.min(pct, 50) }],
          };
          const after = determineSmeStatus(input([...enterprises, partner]));
          before.years.forEach((y, i) => {
            const a = after.years[i];
            expect(classRank(a?.rawClass ?? 'micro')).toBeGreaterThanOrEqual(classRank(y.rawClass ?? 'micro'));
            expect(classRank(a?.effectiveClass ?? 'micro')).toBeGreaterThanOrEqual(classRank(y.effectiveClass ?? 'micro'));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the breakdown sums exactly to the aggregated figures, and self counts at 100 %', () => {
    fc.assert(
      fc.property(world, (enterprises) => {
        const r = determineSmeStatus(input(enterprises));
        const self = enterprises[0]!;
        for (const y of r.years) {
          expect(y.figures).not.toBeNull();
          expect(y.figures?.turnoverCents).toBe(sumCents(y.breakdown.map((c) => c.turnoverCents)));
          expect(y.figures?.balanceSheetCents).toBe(sumCents(y.breakdown.map((c) => c.balanceSheetCents)));
          expect(y.breakdown[0]).toMatchObject({ enterpriseId: 'S', percent: 100 });
          expect(y.breakdown[0]?.turnoverCents).toBe(self.years.find((f) => f.year === y.year)?.turnoverCents);
          for (const c of y.breakdown) expect(c.percent === 100 || (c.percent >= 25 && c.percent <= 100)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
