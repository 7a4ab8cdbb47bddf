/**
 * The assessment dataset the criticality engine computes from: supply shares per country and stage
 * with the trade factor t, end-use shares with NACE sector value added, the parameters SR and EI
 * need (governance, import reliance, end-of-life recycling input rate, substitution indexes) and the
 * published SR/EI series. Inputs the shipped tables do not contain are `missing`, with the reason,
 * so that a caller can say which input is missing and show the published value instead.
 */

/** Value-chain stages the 2023 study assesses SR for. */
export type Stage = 'extraction' | 'processing';

/** Both stages, in order. */
export const STAGES: readonly Stage[] = ['extraction', 'processing'];

/** Global supply (world production) or EU sourcing (domestic production plus imports). */
export type SupplyList = 'globalSupply' | 'euSourcing';

/** Both supply lists, in order. */
export const SUPPLY_LISTS: readonly SupplyList[] = ['globalSupply', 'euSourcing'];

/** Where a value was read: file name and 1-based line. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/** A known input value with its provenance. */
export interface KnownInput {
  readonly status: 'known';
  readonly value: number;
  readonly source: string;
  /** Set when the value is a stand-in (e.g. demo data), not a figure from the source: results built on it say so. */
  readonly illustrative?: true;
}

/** An input the method needs but the dataset does not contain. */
export interface MissingInput {
  readonly status: 'missing';
  readonly reason: string;
}

/** A parameter of the method: known (with its source) or missing (with the reason). */
export type Input = KnownInput | MissingInput;

/** One country's share of a material's supply at one stage. */
export interface CountryShare {
  /** ISO 3166-1 alpha-2 code (`XK` for Kosovo). */
  readonly country: string;
  /** Fraction 0..1, or null when published only as "<0.1%" (left out of the HHI, and said so). */
  readonly share: number | null;
  /** The share as published, e.g. `53.0%`, `<0.1%`; `scenario` when set by a what-if. */
  readonly shareRaw: string;
  /** Trade-related variable t (0.8 EU member state, 1 neutral, > 1 export restrictions). */
  readonly t: number;
  readonly source: SourceRef | null;
}

/** One end-use application of a material (Appendix 6 of the 2023 study). */
export interface EndUse {
  readonly application: string;
  /** Share A of the material's end use, 0..1; null when published as ">0%". */
  readonly share: number | null;
  readonly shareRaw: string;
  /** NACE Rev. 2 two-digit sector code and name as published, or null ("Other" rows). */
  readonly sectorCode: string | null;
  readonly sectorName: string | null;
  /** Value added Q of the sector in million EUR as published in this row, or null. */
  readonly valueAddedMeur: number | null;
  readonly source: SourceRef;
}

/** Shares per stage for one list; a stage is absent when the table has no rows for it. */
export type StageShares = Readonly<Partial<Record<Stage, readonly CountryShare[]>>>;

/** Everything the dataset holds about one material. */
export interface MaterialData {
  readonly materialId: string;
  readonly supply: Readonly<Record<SupplyList, StageShares>>;
  readonly endUses: readonly EndUse[];
  /** EU import reliance IR, 0..1. */
  readonly importReliance: Input;
  /** End-of-life recycling input rate, 0..1. */
  readonly eolRir: Input;
  /** Substitution index for supply risk, 0..1. */
  readonly siSr: Input;
  /** Substitution index for economic importance, 0..1. */
  readonly siEi: Input;
}

/** A published SR/EI pair (blank in the table = not assessed = null). */
export interface PublishedScore {
  readonly year: number;
  readonly sr: number | null;
  readonly ei: number | null;
  readonly source: SourceRef;
}

/** A NACE sector and the value added the table gives it most often. */
export interface NaceSector {
  readonly code: string;
  readonly name: string;
  readonly valueAddedMeur: number;
}

/** Version and licence of a dataset. */
export interface DatasetMeta {
  readonly id: string;
  readonly title: string;
  readonly assessmentYear: number;
  readonly source: string;
  readonly licence: string;
  readonly attribution: string;
  readonly files: readonly string[];
}

/** A complete assessment dataset (immutable; a what-if returns a new one). */
export interface CriticalityDataset {
  readonly meta: DatasetMeta;
  /** By catalogue material id. */
  readonly materials: Readonly<Record<string, MaterialData>>;
  /** Scaled WGI governance score 0..10 (10 worst) by ISO code, for every country in the share tables. */
  readonly governance: Readonly<Record<string, Input>>;
  /** NACE sectors by code. */
  readonly sectors: Readonly<Record<string, NaceSector>>;
  /** Largest manufacturing (section C) sector: its value added scales EI so that it counts 10. */
  readonly scalingSector: NaceSector | null;
  /** Published SR/EI by material id, years ascending. */
  readonly published: Readonly<Record<string, readonly PublishedScore[]>>;
}

/** A missing input with the given reason. */
export function missing(reason: string): MissingInput {
  return { status: 'missing', reason };
}

/** A known input with its source (`illustrative` marks a stand-in value). */
export function known(value: number, source: string, illustrative = false): KnownInput {
  return illustrative ? { status: 'known', value, source, illustrative: true } : { status: 'known', value, source };
}

/** The published score of a material in a year, if any. */
export function publishedScore(dataset: CriticalityDataset, materialId: string, year: number): PublishedScore | null {
  return dataset.published[materialId]?.find((p) => p.year === year) ?? null;
}

/** Stages for which a material has rows in either supply list, in order. */
export function stagesOf(material: MaterialData): Stage[] {
  return STAGES.filter((stage) => SUPPLY_LISTS.some((list) => material.supply[list][stage] !== undefined));
}
