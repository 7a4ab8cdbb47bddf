/**
 * One year's aggregated figures: each group member's figures times its weight. Money is rounded to
 * whole cents per contribution (half away from zero), so the breakdown sums exactly to the total.
 * AWU are kept to 6 decimals to keep binary floating-point noise away from the ceilings.
 */
import { percentOf, sumCents } from '../../shared/money.js';
import type { Contribution, Explanation, Figures, GroupMember, YearFigures } from './types.js';

/** Figures of each enterprise by year. */
export type FiguresIndex = ReadonlyMap<string, ReadonlyMap<number, YearFigures>>;

/** AWU rounded to 6 decimals. */
export function roundAwu(awu: number): number {
  return Math.round(awu * 1e6) / 1e6;
}

function contribution(m: GroupMember, f: Figures): Contribution {
  return {
    enterpriseId: m.enterpriseId,
    role: m.role,
    percent: m.percent,
    awu: roundAwu((f.awu * m.percent) / 100),
    turnoverCents: percentOf(f.turnoverCents, m.percent),
    balanceSheetCents: percentOf(f.balanceSheetCents, m.percent),
  };
}

const ZERO: Figures = { awu: 0, turnoverCents: 0, balanceSheetCents: 0 };

/**
 * Aggregates `year` over `members`. Members consolidated in another member's accounts contribute
 * zero. When a member has no figures for the year, `figures` is null and `sme.missing_figures` says whose.
 */
export function aggregateYear(
  year: number,
  members: readonly GroupMember[],
  index: FiguresIndex,
): { figures: Figures | null; breakdown: Contribution[]; explanations: Explanation[] } {
  const breakdown: Contribution[] = [];
  const explanations: Explanation[] = [];
  for (const m of members) {
    if (m.consolidatedIn !== undefined) {
      breakdown.push({ enterpriseId: m.enterpriseId, role: m.role, percent: m.percent, consolidatedIn: m.consolidatedIn, ...ZERO });
      explanations.push({ code: 'sme.consolidated', params: { year, enterpriseId: m.enterpriseId, into: m.consolidatedIn } });
      continue;
    }
    const f = index.get(m.enterpriseId)?.get(year);
    if (!f) {
      explanations.push({ code: 'sme.missing_figures', params: { year, enterpriseId: m.enterpriseId, role: m.role } });
      continue;
    }
    breakdown.push(contribution(m, f));
  }
  const complete = !explanations.some((e) => e.code === 'sme.missing_figures');
  const figures = complete
    ? {
        awu: roundAwu(breakdown.reduce((s, c) => s + c.awu, 0)),
        turnoverCents: sumCents(breakdown.map((c) => c.turnoverCents)),
        balanceSheetCents: sumCents(breakdown.map((c) => c.balanceSheetCents)),
      }
    : null;
  return { figures, breakdown, explanations };
}
