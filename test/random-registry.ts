/**
 * Random registries for comparing the in-memory directory index with the SQL path: names with
 * accents, case and ties, words that share substrings and trigrams, repeated array values, ties
 * in creation time down to the microsecond.
 */
import { MEMBERSHIP_STATUSES, ORGANISATION_KINDS, SIZE_CLASSES } from '../src/shared/organisations.js';
import { VALUE_CHAIN_STAGES } from '../src/shared/value-chain.js';
import { newId } from '../src/server/platform/db/columns.js';
import { searchKey } from '../src/server/modules/organisations/derive.js';
import type { OrganisationInsert } from '../src/server/modules/organisations/repository/organisations.js';

export type Random = () => number;

/** A seeded generator (mulberry32). */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const some = <T>(r: Random, xs: readonly T[], max = 3): T[] => Array.from({ length: Math.floor(r() * (max + 1)) }, () => pick(r, xs));

// '𠀋' lies beyond U+FFFF: two UTF-16 units, one character for PostgreSQL.
const SYLLABLES = ['pi', 'za', 'rra', 'co', 'bre', 'le', 'on', 'li', 'tio', 'ca', 'o', 'lin', 'a', 'ri', 'dos', 'se', 'vi', 'lla', 'ber', 'zo', 'ñe', 'té', '𠀋'];
export const MATERIALS = ['slate', 'copper', 'lithium', 'kaolin', 'tungsten', 'zinc'];
export const PROVINCES = ['24', '41', '32', '10', '06'];
export const REGIONS = ['ES41', 'ES61', 'ES11', 'ES43'];

export function randomWord(r: Random): string {
  return Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(r, SYLLABLES)).join('');
}

function accented(r: Random, word: string): string {
  const w = r() < 0.2 ? word.replace('a', 'á').replace('e', 'é') : word;
  return r() < 0.5 ? w.charAt(0).toUpperCase() + w.slice(1) : r() < 0.1 ? w.toUpperCase() : w;
}

const unique = (words: readonly string[]) => [...new Set(searchKey(words.join(' ')).split(' ').filter(Boolean))].join(' ');

/** `n` organisation rows over a vocabulary of `words` words, with offices from `officeIds`. */
export function randomRegistry(r: Random, n: number, officeIds: readonly string[], words = 40): OrganisationInsert[] {
  const vocabulary = Array.from({ length: words }, () => randomWord(r));
  const names = Array.from({ length: Math.ceil(n * 0.8) }, () => [pick(r, vocabulary), pick(r, vocabulary)].map((w) => accented(r, w)).join(' ') + pick(r, ['', ' S.L.', ', S.A.', ' sl']));
  const base = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => randomOrganisation(r, vocabulary, pick(r, names), officeIds, new Date(base + Math.floor(r() * 5) * 1000), i));
}

export function randomOrganisation(r: Random, vocabulary: readonly string[], legalName: string, officeIds: readonly string[], createdAt: Date, i: number): OrganisationInsert {
  const taxId = `B${String(1000000 + i * 7919).slice(0, 7)}${i % 10}`;
  const keywords = unique([legalName, taxId, ...some(r, vocabulary, 3), ...some(r, MATERIALS, 2)]);
  return {
    id: newId(),
    legalName,
    kind: pick(r, ORGANISATION_KINDS),
    country: 'ES',
    taxId,
    officeId: r() < 0.3 ? null : pick(r, officeIds),
    stages: some(r, VALUE_CHAIN_STAGES, 3),
    publicProfile: r() < 0.5,
    membershipStatus: pick(r, MEMBERSHIP_STATUSES),
    smeClass: r() < 0.3 ? null : pick(r, SIZE_CLASSES),
    materialIds: [...new Set(some(r, MATERIALS, 3))],
    provinceCodes: [...new Set(some(r, PROVINCES, 2))],
    regionCodes: [...new Set(some(r, REGIONS, 2))],
    keywords,
    searchText: unique([keywords, ...some(r, vocabulary, 6)]),
    createdAt,
  };
}
