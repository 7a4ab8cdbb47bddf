/**
 * A computed figure that can be expanded: its value, the formula with the numbers substituted, the
 * inputs it used (each possibly a figure itself) and the inputs the method needs but the dataset
 * lacks. When anything is missing the value is null: the engine never fills a gap.
 */
import type { Input, Stage, SupplyList } from './dataset.js';

/** Kinds of input the method can lack (the UI translates by kind). */
export type InputKind =
  | 'governance'
  | 'importReliance'
  | 'eolRir'
  | 'siSr'
  | 'siEi'
  | 'supplyShares'
  | 'endUse'
  | 'scalingSector'
  | 'material';

/** One input the method needs and the dataset does not contain. */
export interface MissingItem {
  readonly kind: InputKind;
  readonly materialId?: string;
  readonly stage?: Stage;
  readonly list?: SupplyList;
  readonly country?: string;
  /** Why it is missing (from the dataset), in English. */
  readonly reason: string;
}

/** An input of a figure: a named number (null when missing), possibly computed by another figure. */
export interface FigureInput {
  readonly symbol: string;
  readonly value: number | null;
  readonly note?: string;
  readonly figure?: Figure;
}

/** A computed value with its formula, inputs and missing inputs. */
export interface Figure {
  readonly symbol: string;
  /** Null when an input is missing. */
  readonly value: number | null;
  /** The formula with the numbers substituted (`?` marks a missing input). */
  readonly formula: string;
  readonly inputs: readonly FigureInput[];
  readonly missing: readonly MissingItem[];
  /** Set when an input the value rests on is illustrative (a stand-in, not a sourced figure). */
  readonly illustrative?: true;
}

/** `{ illustrative: true }` when any of the figures is illustrative, else `{}` (to spread into a figure). */
export function illustrativeOf(...figures: readonly Figure[]): { illustrative?: true } {
  return figures.some((f) => f.illustrative === true) ? { illustrative: true } : {};
}

/** Formats a number for a formula: up to 4 decimals, trailing zeros dropped; `?` for null. */
export function num(value: number | null): string {
  if (value === null) return '?';
  return String(Math.round(value * 10000) / 10000);
}

/** A figure input from a sub-figure. */
export function fromFigure(figure: Figure, note?: string): FigureInput {
  return note === undefined ? { symbol: figure.symbol, value: figure.value, figure } : { symbol: figure.symbol, value: figure.value, note, figure };
}

/** All missing items of the given figures, without repeats (each figure's own list has none). */
export function collectMissing(...figures: readonly Figure[]): readonly MissingItem[] {
  const nonEmpty = figures.filter((f) => f.missing.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return nonEmpty[0]?.missing ?? [];
  const countries = new Set<string | undefined>();
  const others = new Set<string>();
  const out: MissingItem[] = [];
  for (const f of nonEmpty) {
    for (const m of f.missing) {
      if (m.kind === 'governance') {
        if (countries.has(m.country)) continue;
        countries.add(m.country);
      } else {
        const key = `${m.kind}|${m.materialId ?? ''}|${m.stage ?? ''}|${m.list ?? ''}`;
        if (others.has(key)) continue;
        others.add(key);
      }
      out.push(m);
    }
  }
  return out;
}

/** Rounds half away from zero to one decimal, as the published SR and EI values are. */
export function roundOneDecimal(value: number): number {
  const scaled = Math.abs(value) * 10;
  const rounded = Math.round(scaled + 1e-9) / 10;
  return value < 0 ? -rounded : rounded;
}

/** A parameter as a leaf figure (null value and a missing item when the dataset lacks it). */
export function parameterFigure(input: Input, symbol: string, kind: InputKind, materialId: string): Figure {
  if (input.status === 'known') {
    const figure: Figure = { symbol, value: input.value, formula: `${symbol} = ${num(input.value)} (${input.source})`, inputs: [], missing: [] };
    return input.illustrative === true ? { ...figure, formula: `${figure.formula.slice(0, -1)}; illustrative)`, illustrative: true } : figure;
  }
  const item: MissingItem = { kind, materialId, reason: input.reason };
  return { symbol, value: null, formula: `${symbol} = ? (${input.reason})`, inputs: [], missing: [item] };
}
