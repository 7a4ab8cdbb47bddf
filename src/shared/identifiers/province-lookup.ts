/**
 * Finding a Spanish province by name (tolerant of accents, case, articles and co-official names),
 * by INE code, by NUTS3 code or by postcode.
 */
import { COMMUNITIES, PROVINCES, type Community, type Province } from './provinces.js';

const ARTICLES = new Set(['a', 'la', 'las', 'el', 'los', 'l', 'o', 'os', 'as']);

/**
 * A comparison key for a place name: no accents, lower case, punctuation removed, INE's inverted
 * form put back in order (`Coruña, A`, `Palmas (Las)`, `Balears, Illes`), a leading article and a
 * leading `provincia de` dropped. `A Coruña`, `La Coruña` and `coruña (a)` all give `coruna`.
 */
export function placeKey(name: string): string {
  const s0 = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`·.]/g, ' ')
    .replace(/[()]/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = s0.split(',').map((p) => p.trim()).filter((p) => p !== '');
  // INE's inverted form: "Coruña, A", "Balears, Illes", "Murcia, Región de", "Coruña (A)"
  const s = parts.length === 2 ? `${parts[1]} ${parts[0]}` : parts.join(' ');
  const words = s.replace(/[^a-z0-9 ]/g, ' ').split(' ').filter((w) => w !== '');
  if (words[0] === 'provincia' && words[1] === 'de') words.splice(0, 2);
  while (words.length > 1 && ARTICLES.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

function buildIndex<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    for (const name of namesOf(item)) {
      for (const variant of [name, ...name.split('/')]) index.set(placeKey(variant), item);
    }
  }
  return index;
}

const BY_NAME = buildIndex(PROVINCES, (p) => [p.name.es, p.name.en, ...p.aliases]);
const BY_INE = new Map(PROVINCES.map((p) => [p.ine, p]));
const BY_NUTS3 = new Map(PROVINCES.flatMap((p) => p.nuts3.map((code) => [code, p] as const)));
const COMMUNITY_BY_NAME = buildIndex(COMMUNITIES, (c) => [c.name.es, c.name.en, ...c.aliases]);
const COMMUNITY_BY_INE = new Map(COMMUNITIES.map((c) => [c.ine, c]));

/** The province a name denotes (`Leon`, `León`, `A Coruña`, `La Coruña`, `Guipúzcoa`, `València`, ...). */
export function findProvince(name: string): Province | undefined {
  return BY_NAME.get(placeKey(name));
}

/** The province with this INE code ('24' or 24). */
export function provinceByIne(code: string | number): Province | undefined {
  return BY_INE.get(String(code).trim().padStart(2, '0'));
}

/** The province that contains this NUTS3 region (e.g. 'ES413' -> León, 'ES532' Mallorca -> Illes Balears). */
export function provinceByNuts3(code: string): Province | undefined {
  return BY_NUTS3.get(code.trim().toUpperCase());
}

/**
 * The province of a Spanish postcode: its first two digits are the province's INE code.
 * Accepts `24001`, `24 001`, `E-24001`, `ES-24001`, and 4 digits whose leading zero a spreadsheet
 * dropped (`8001` -> 08001).
 */
export function provinceByPostcode(postcode: string): Province | undefined {
  const compact = postcode.trim().toUpperCase().replace(/^ES?-?/, '').replace(/\s/g, '');
  if (!/^\d{4,5}$/.test(compact)) return undefined;
  return BY_INE.get(compact.padStart(5, '0').slice(0, 2));
}

/** The most specific NUTS code of a province: its NUTS3 if it has one, else its NUTS2 (island provinces). */
export function provinceNuts(province: Province): string {
  return province.nuts3.length === 1 ? (province.nuts3[0] ?? province.nuts2) : province.nuts2;
}

/** The community a name denotes (`Castilla y León`, `Catalonia`, `Euskadi`, ...). */
export function findCommunity(name: string): Community | undefined {
  return COMMUNITY_BY_NAME.get(placeKey(name));
}

/** The community of a province, or with this INE code. */
export function communityOf(provinceOrIne: Province | string): Community | undefined {
  return COMMUNITY_BY_INE.get(typeof provinceOrIne === 'string' ? provinceOrIne : provinceOrIne.community);
}
