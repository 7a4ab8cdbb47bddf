/**
 * Types of the raw-materials catalogue (see `catalogue.ts`).
 *
 * The catalogue lives in `src/shared/` rather than in the criticality engine because the server
 * (organisation profiles, funding calls), the web (names in Spanish and English, flags) and the
 * criticality engine all need the same material ids, names and CRMA flags.
 */

/** Family a material belongs to (used for grouping in lists and filters). */
export type MaterialGroup =
  | 'ree'
  | 'pgm'
  | 'base-metal'
  | 'ferrous'
  | 'light-metal'
  | 'precious-metal'
  | 'minor-metal'
  | 'industrial-mineral'
  | 'construction-mineral'
  | 'fertiliser'
  | 'energy'
  | 'gas'
  | 'biotic';

/**
 * Regulation (EU) 2024/1252 Annex I status. `partly` means that only some elements of a group are
 * strategic (Annex I lists "rare earth elements for permanent magnets (Nd, Pr, Tb, Dy, Gd, Sm, Ce)",
 * which covers part of the heavy and part of the light rare earths).
 */
export type StrategicStatus = 'yes' | 'partly' | 'no';

/**
 * The tables whose material names the catalogue maps:
 * `crma` the Act's Annex II list (English rendering in `crma_2024_1252_material_lists.csv`),
 * `srEi` the published SR/EI series, `globalSupply` and `euSourcing` the 2023 Appendix 7 share
 * tables, `materialUse` the 2023 Appendix 6 end-use table.
 */
export type NamedSource = 'crma' | 'srEi' | 'globalSupply' | 'euSourcing' | 'materialUse';

/** Every named source, in a stable order. */
export const NAMED_SOURCES: readonly NamedSource[] = ['crma', 'srEi', 'globalSupply', 'euSourcing', 'materialUse'];

/** One material of the catalogue. */
export interface MaterialEntry {
  /** Stable slug id, e.g. `tungsten`, `hree`, `phosphate-rock`. Never renamed once shipped. */
  readonly id: string;
  readonly nameEn: string;
  readonly nameEs: string;
  /** Chemical symbol of the element the material is about, or null (minerals, mixtures, biotic). */
  readonly symbol: string | null;
  readonly group: MaterialGroup;
  /** Annex I of Regulation (EU) 2024/1252 (strategic raw materials). */
  readonly strategic: StrategicStatus;
  /** Annex II of Regulation (EU) 2024/1252 (critical raw materials), directly or through its group. */
  readonly critical: boolean;
  /** Point letter of Annex II Section 1 when this entry is itself an Annex II item, e.g. `ag`. */
  readonly annexIIPoint: string | null;
  /** Key material of the battery value chain (DOMAIN.md section 7: Li, Co, Ni, graphite, Mn, Cu, Al). */
  readonly batteryChain: boolean;
  /** Id of the group entry this material belongs to (e.g. `neodymium` -> `lree`), or null. */
  readonly memberOf: string | null;
  /** Exact names used for this material in each source table (absent when the table has no rows). */
  readonly names: Readonly<Partial<Record<NamedSource, readonly string[]>>>;
  /** Short English note for readers (grade, scope, naming caveat). */
  readonly note: string | null;
}
