/**
 * Herfindahl-Hirschman index of supply concentration, weighted by governance and trade (EU 2017
 * methodology): HHI_WGI,t = Σ_c S_c² · WGI_c · t_c, with S_c the share (0..1), WGI_c the scaled
 * governance score (0..10, 10 worst) and t_c the trade factor. Shares published only as "<0.1%"
 * are left out (each would add less than 0.00001 · WGI · t) and the formula says how many.
 */
import { countryLabel } from './countries.js';
import type { CountryShare, Input, Stage, SupplyList } from './dataset.js';
import { num, type Figure, type FigureInput, type MissingItem } from './figure.js';

/** What an HHI is about (for symbols and missing items). */
export interface HhiContext {
  readonly materialId: string;
  readonly stage: Stage;
  readonly list: SupplyList;
}

const LIST_SYMBOL: Record<SupplyList, string> = { globalSupply: 'GS', euSourcing: 'EU' };

function symbolOf(prefix: string, ctx: HhiContext): string {
  return `${prefix}_${LIST_SYMBOL[ctx.list]},${ctx.stage}`;
}

function sortedShares(shares: readonly CountryShare[]): { listed: CountryShare[]; bounded: number } {
  const listed = shares.filter((s) => s.share !== null).sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  return { listed, bounded: shares.length - listed.length };
}

function noShares(symbol: string, ctx: HhiContext): Figure {
  const missingItem: MissingItem = {
    kind: 'supplyShares',
    materialId: ctx.materialId,
    stage: ctx.stage,
    list: ctx.list,
    reason: `no ${ctx.list === 'globalSupply' ? 'global supply' : 'EU sourcing'} shares for ${ctx.stage}`,
  };
  return { symbol, value: null, formula: `${symbol} = ? (no shares)`, inputs: [], missing: [missingItem] };
}

function boundedNote(bounded: number): string {
  return bounded === 0 ? '' : ` (${bounded} share${bounded === 1 ? '' : 's'} "<0.1%" left out)`;
}

/** HHI_WGI,t of one supply list at one stage. */
export function weightedHhi(
  shares: readonly CountryShare[] | undefined,
  governance: Readonly<Record<string, Input>>,
  ctx: HhiContext,
): Figure {
  const symbol = symbolOf('HHI', ctx);
  if (shares === undefined) return noShares(symbol, ctx);
  const { listed, bounded } = sortedShares(shares);
  const inputs: FigureInput[] = [];
  const missingItems: MissingItem[] = [];
  const terms: string[] = [];
  let sum = 0;
  let illustrative = false;
  for (const s of listed) {
    const share = s.share ?? 0;
    const g = governance[s.country];
    const wgi = g?.status === 'known' ? g.value : null;
    if (g?.status === 'known' && g.illustrative === true) illustrative = true;
    if (wgi === null) {
      const reason = g?.status === 'missing' ? g.reason : 'country has no governance entry';
      missingItems.push({ kind: 'governance', country: s.country, reason });
    } else sum += share * share * wgi * s.t;
    terms.push(`${num(share)}²·${num(wgi)}·${num(s.t)}`);
    inputs.push({ symbol: `S_${s.country}`, value: share, note: countryLabel(s.country) });
    inputs.push({ symbol: `WGI_${s.country}`, value: wgi });
    inputs.push({ symbol: `t_${s.country}`, value: s.t });
  }
  const value = missingItems.length === 0 ? sum : null;
  const formula = `${symbol} = Σ S²·WGI·t = ${terms.join(' + ') || '0'} = ${num(value)}${boundedNote(bounded)}`;
  const figure: Figure = { symbol, value, formula, inputs, missing: missingItems };
  return illustrative ? { ...figure, illustrative: true } : figure;
}

/** Plain concentration Σ S_c² (no governance or trade weights): shown beside the HHI, not used by SR. */
export function plainHhi(shares: readonly CountryShare[] | undefined, ctx: HhiContext): Figure {
  const symbol = symbolOf('ΣS²', ctx);
  if (shares === undefined) return noShares(symbol, ctx);
  const { listed, bounded } = sortedShares(shares);
  const value = listed.reduce((sum, s) => sum + (s.share ?? 0) ** 2, 0);
  const terms = listed.map((s) => `${num(s.share)}²`);
  return {
    symbol,
    value,
    formula: `${symbol} = ${terms.join(' + ') || '0'} = ${num(value)}${boundedNote(bounded)}`,
    inputs: listed.map((s) => ({ symbol: `S_${s.country}`, value: s.share, note: countryLabel(s.country) })),
    missing: [],
  };
}
