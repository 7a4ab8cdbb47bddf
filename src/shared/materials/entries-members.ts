/**
 * Members of the Annex II groups that the 2023 study tables list one by one: the rare earth
 * elements (light: La, Ce, Pr, Nd, Sm; heavy: Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu, Y, following the
 * 2023 study), the platinum group metals, and bauxite (assessed on its own until 2020, merged into
 * the bauxite/alumina/aluminium row in 2023). They are critical through their group; Annex I lists
 * the permanent-magnet rare earths (Nd, Pr, Tb, Dy, Gd, Sm, Ce) and all PGMs as strategic.
 */
import { entry } from './entry.js';
import type { MaterialEntry } from './types.js';

const lree = { group: 'ree', memberOf: 'lree', critical: true } as const;
const hree = { group: 'ree', memberOf: 'hree', critical: true } as const;
const pgm = { group: 'pgm', memberOf: 'pgm', critical: true, strategic: 'yes' } as const;

/** Rare earth elements, PGMs and bauxite, each pointing at its Annex II group entry. */
export const MEMBER_ENTRIES: readonly MaterialEntry[] = [
  entry({ id: 'lanthanum', en: 'Lanthanum', es: 'Lantano', symbol: 'La', ...lree, uses: [['Lanthanum', 'geu']] }),
  entry({ id: 'cerium', en: 'Cerium', es: 'Cerio', symbol: 'Ce', ...lree, strategic: 'yes',
    uses: [['Cerium', 'geu']] }),
  entry({ id: 'praseodymium', en: 'Praseodymium', es: 'Praseodimio', symbol: 'Pr', ...lree, strategic: 'yes',
    uses: [['Praseodymium', 'geu']] }),
  entry({ id: 'neodymium', en: 'Neodymium', es: 'Neodimio', symbol: 'Nd', ...lree, strategic: 'yes',
    uses: [['Neodymium', 'geu']] }),
  entry({ id: 'samarium', en: 'Samarium', es: 'Samario', symbol: 'Sm', ...lree, strategic: 'yes',
    uses: [['Samarium', 'geu']] }),
  entry({ id: 'europium', en: 'Europium', es: 'Europio', symbol: 'Eu', ...hree, uses: [['Europium', 'gu']] }),
  entry({ id: 'gadolinium', en: 'Gadolinium', es: 'Gadolinio', symbol: 'Gd', ...hree, strategic: 'yes',
    uses: [['Gadolinium', 'gu']] }),
  entry({ id: 'terbium', en: 'Terbium', es: 'Terbio', symbol: 'Tb', ...hree, strategic: 'yes',
    uses: [['Terbium', 'gu']] }),
  entry({ id: 'dysprosium', en: 'Dysprosium', es: 'Disprosio', symbol: 'Dy', ...hree, strategic: 'yes',
    uses: [['Dysprosium', 'g']] }),
  entry({ id: 'holmium', en: 'Holmium', es: 'Holmio', symbol: 'Ho', ...hree, uses: [['Holmium', 'gu']] }),
  entry({ id: 'erbium', en: 'Erbium', es: 'Erbio', symbol: 'Er', ...hree, uses: [['Erbium', 'gu']] }),
  entry({ id: 'thulium', en: 'Thulium', es: 'Tulio', symbol: 'Tm', ...hree, uses: [['Thulium', 'gu']] }),
  entry({ id: 'ytterbium', en: 'Ytterbium', es: 'Iterbio', symbol: 'Yb', ...hree, uses: [['Ytterbium', 'geu']] }),
  entry({ id: 'lutetium', en: 'Lutetium', es: 'Lutecio', symbol: 'Lu', ...hree, uses: [['Lutetium', 'gu']] }),
  entry({ id: 'yttrium', en: 'Yttrium', es: 'Itrio', symbol: 'Y', ...hree, uses: [['Yttrium', 'geu']] }),
  entry({ id: 'platinum', en: 'Platinum', es: 'Platino', symbol: 'Pt', ...pgm, uses: [['Platinum', 'gu']] }),
  entry({ id: 'palladium', en: 'Palladium', es: 'Paladio', symbol: 'Pd', ...pgm, uses: [['Palladium', 'gu']] }),
  entry({ id: 'rhodium', en: 'Rhodium', es: 'Rodio', symbol: 'Rh', ...pgm, uses: [['Rhodium', 'gu']] }),
  entry({ id: 'ruthenium', en: 'Ruthenium', es: 'Rutenio', symbol: 'Ru', ...pgm, uses: [['Ruthenium', 'gu']] }),
  entry({ id: 'iridium', en: 'Iridium', es: 'Iridio', symbol: 'Ir', ...pgm, uses: [['Iridium', 'gu']] }),
  entry({ id: 'bauxite', en: 'Bauxite', es: 'Bauxita', group: 'light-metal', memberOf: 'aluminium',
    critical: true, strategic: 'yes', uses: [['Bauxite', 's']],
    note: 'Assessed on its own from 2011 to 2020; part of the bauxite/alumina/aluminium row in 2023.' }),
];
