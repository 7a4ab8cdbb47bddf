/**
 * The raw-materials catalogue: every material of the CRMA lists (Regulation (EU) 2024/1252) and of
 * the EU 2023 criticality study, the group members the study tables list one by one, and common
 * non-critical materials of the cluster's members. Each entry has a stable slug id, names in
 * English and Spanish, symbol, group, CRMA flags, battery-chain flag and the exact names used for
 * it in each source table (the name mapping the importer relies on).
 *
 * Pure data and lookups; no I/O.
 */
import { CRMA_ENTRIES } from './entries-crma.js';
import { MEMBER_ENTRIES } from './entries-members.js';
import { MEMBER_MATERIAL_ENTRIES, STUDY_OTHER_ENTRIES } from './entries-other.js';
import type { MaterialEntry, NamedSource } from './types.js';

export type { MaterialEntry, MaterialGroup, NamedSource, StrategicStatus } from './types.js';
export { NAMED_SOURCES } from './types.js';

/** Every catalogue entry: Annex II items first (in the Act's order), then members, then the rest. */
export const MATERIALS: readonly MaterialEntry[] = [
  ...CRMA_ENTRIES,
  ...MEMBER_ENTRIES,
  ...STUDY_OTHER_ENTRIES,
  ...MEMBER_MATERIAL_ENTRIES,
];

const byId = new Map(MATERIALS.map((m) => [m.id, m] as const));
const nameIndexes = new Map<NamedSource, ReadonlyMap<string, string>>();

/** The entry with this id, or undefined. */
export function getMaterial(id: string): MaterialEntry | undefined {
  return byId.get(id);
}

/** Map from the exact name used in `source` to the catalogue id (first entry wins on a clash). */
export function nameIndex(source: NamedSource): ReadonlyMap<string, string> {
  let index = nameIndexes.get(source);
  if (index === undefined) {
    const built = new Map<string, string>();
    for (const m of MATERIALS) {
      for (const name of m.names[source] ?? []) if (!built.has(name)) built.set(name, m.id);
    }
    index = built;
    nameIndexes.set(source, index);
  }
  return index;
}

/** The catalogue id for a name exactly as spelled in `source`, or undefined when it is not mapped. */
export function materialIdByName(source: NamedSource, name: string): string | undefined {
  return nameIndex(source).get(name);
}

/** The id of the entry whose English name is `name`, ignoring case (e.g. `cobalt`), or undefined. */
export function materialIdByEnglishName(name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  return MATERIALS.find((m) => m.nameEn.toLowerCase() === wanted)?.id;
}

/** The 34 Annex II items (critical raw materials), in the Act's order. */
export function annexIIMaterials(): readonly MaterialEntry[] {
  return MATERIALS.filter((m) => m.annexIIPoint !== null);
}

/** Entries whose `memberOf` is `groupId` (e.g. the light rare earths for `lree`). */
export function membersOf(groupId: string): readonly MaterialEntry[] {
  return MATERIALS.filter((m) => m.memberOf === groupId);
}

/** The material's name in the given language. */
export function materialName(entry: MaterialEntry, lang: 'es' | 'en'): string {
  return lang === 'es' ? entry.nameEs : entry.nameEn;
}
