/** Builders for SME test inputs (test-only helpers; amounts in whole euros). */
import { euros } from '../../shared/money.js';
import type { Enterprise, Relation } from './types.js';

/** [year, AWU, turnover EUR, balance sheet EUR] */
export type YearRow = readonly [number, number, number, number];

/** An enterprise with years given in whole euros. */
export function enterprise(id: string, rows: readonly YearRow[], relations: readonly Relation[] = [], extra: Partial<Enterprise> = {}): Enterprise {
  return {
    id,
    years: rows.map(([year, awu, turnover, balance]) => ({
      year,
      awu,
      turnoverCents: euros(turnover),
      balanceSheetCents: euros(balance),
    })),
    relations,
    ...extra,
  };
}

/** `holder` holds `pct` % of capital and votes of the other enterprise. */
export function holds(enterpriseId: string, pct: number, extra: Partial<Relation> = {}): Relation {
  return { enterpriseId, direction: 'holds', capitalPct: pct, votingPct: pct, ...extra };
}

/** The other enterprise holds `pct` % of capital and votes of this one. */
export function heldBy(enterpriseId: string, pct: number, extra: Partial<Relation> = {}): Relation {
  return { enterpriseId, direction: 'held_by', capitalPct: pct, votingPct: pct, ...extra };
}
