/** A compact way to write catalogue entries (used by the `entries-*.ts` files only). */
import type { MaterialEntry, MaterialGroup, NamedSource, StrategicStatus } from './types.js';

/** Letters used in `uses`: s = srEi, g = globalSupply, e = euSourcing, u = materialUse. */
const LETTERS: Readonly<Record<string, NamedSource>> = {
  s: 'srEi',
  g: 'globalSupply',
  e: 'euSourcing',
  u: 'materialUse',
};

/** Input of `entry()`; omitted flags default to false / 'no' / null. */
export interface EntrySpec {
  readonly id: string;
  readonly en: string;
  readonly es: string;
  readonly symbol?: string;
  readonly group: MaterialGroup;
  readonly strategic?: StrategicStatus;
  readonly critical?: boolean;
  /** Annex II point letter; implies `critical`. */
  readonly point?: string;
  readonly battery?: boolean;
  readonly memberOf?: string;
  /** The name in the Act's Annex II list (`crma_2024_1252_material_lists.csv`). */
  readonly crma?: string;
  /** Pairs `[name, letters]`: the exact name used in the study tables named by the letters. */
  readonly uses?: readonly (readonly [string, string])[];
  readonly note?: string;
}

function namesOf(spec: EntrySpec): Partial<Record<NamedSource, string[]>> {
  const names: Partial<Record<NamedSource, string[]>> = {};
  if (spec.crma !== undefined) names.crma = [spec.crma];
  for (const [name, letters] of spec.uses ?? []) {
    for (const letter of letters) {
      const source = LETTERS[letter];
      if (source === undefined) throw new Error(`catalogue entry ${spec.id}: unknown source letter ${letter}`);
      (names[source] ??= []).push(name);
    }
  }
  return names;
}

/** Builds a catalogue entry from its compact spec. */
export function entry(spec: EntrySpec): MaterialEntry {
  return {
    id: spec.id,
    nameEn: spec.en,
    nameEs: spec.es,
    symbol: spec.symbol ?? null,
    group: spec.group,
    strategic: spec.strategic ?? 'no',
    critical: spec.critical ?? spec.point !== undefined,
    annexIIPoint: spec.point ?? null,
    batteryChain: spec.battery ?? false,
    memberOf: spec.memberOf ?? null,
    names: namesOf(spec),
    note: spec.note ?? null,
  };
}
