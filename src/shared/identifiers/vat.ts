/**
 * EU VAT identification numbers: a 2-letter prefix (ISO 3166-1 except Greece, `EL`) and a national
 * part whose format differs per member state. `XI` (Northern Ireland) is accepted, format only.
 * Formats follow the Commission's VIES list; check digits are verified where `vat-checks.ts` has
 * a rule for the country.
 */
import { isoCountry } from './countries.js';
import { VAT_CHECKERS, type VatCheck } from './vat-checks.js';

/** The national format of one VAT prefix. */
export interface VatFormat {
  /** The VAT prefix (`EL` for Greece, `XI` for Northern Ireland). */
  prefix: string;
  /** ISO 3166-1 alpha-2 country (`GR` for `EL`, `GB` for `XI`). */
  country: string;
  /** The national part, after normalisation. */
  pattern: RegExp;
  /** A well-formed example, for messages. */
  example: string;
}

const F = (prefix: string, pattern: RegExp, example: string, country = prefix): VatFormat => ({
  prefix,
  country,
  pattern,
  example: `${prefix}${example}`,
});

/** National formats by VAT prefix (27 member states + XI). */
export const VAT_FORMATS: Readonly<Record<string, VatFormat>> = Object.fromEntries(
  [
    F('AT', /^U\d{8}$/, 'U13585627'),
    F('BE', /^[01]\d{9}$/, '0428759497'),
    F('BG', /^\d{9,10}$/, '175074752'),
    F('CY', /^\d{8}[A-Z]$/, '10259033P'),
    F('CZ', /^\d{8,10}$/, '25123891'),
    F('DE', /^[1-9]\d{8}$/, '136695976'),
    F('DK', /^[1-9]\d{7}$/, '13585628'),
    F('EE', /^\d{9}$/, '100594102'),
    F('EL', /^\d{9}$/, '094259216', 'GR'),
    F('ES', /^(?=.*[A-Z])[A-Z0-9]\d{7}[A-Z0-9]$/, 'B12345674'),
    F('FI', /^\d{8}$/, '20774740'),
    F('FR', /^[0-9A-HJ-NP-Z]{2}\d{9}$/, '40303265045'),
    F('HR', /^\d{11}$/, '33392005961'),
    F('HU', /^\d{8}$/, '12892312'),
    F('IE', /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, '6433435F'),
    F('IT', /^\d{11}$/, '00743110157'),
    F('LT', /^(\d{9}|\d{12})$/, '119511515'),
    F('LU', /^\d{8}$/, '15027442'),
    F('LV', /^\d{11}$/, '40003521600'),
    F('MT', /^[1-9]\d{7}$/, '11679112'),
    F('NL', /^\d{9}B\d{2}$/, '004495445B01'),
    F('PL', /^\d{10}$/, '8567346215'),
    F('PT', /^[1-9]\d{8}$/, '501964843'),
    F('RO', /^[1-9]\d{1,9}$/, '18547290'),
    F('SE', /^\d{10}01$/, '123456789701'),
    F('SI', /^[1-9]\d{7}$/, '50223054'),
    F('SK', /^[1-9]\d{9}$/, '2022749619'),
    F('XI', /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/, '980780684', 'GB'),
  ].map((f) => [f.prefix, f]),
);

/** The VAT prefixes that `vat-checks.ts` verifies by check digit (FR: numeric keys only). */
export const VAT_CHECKED_PREFIXES: readonly string[] = Object.keys(VAT_CHECKERS).sort();

/** The VAT prefix used by a country code (`GR` and `EL` -> `EL`; `GB`/`UK` are not EU: undefined). */
export function vatPrefixForCountry(country: string): string | undefined {
  const iso = isoCountry(country);
  const prefix = iso === 'GR' ? 'EL' : iso;
  return prefix in VAT_FORMATS && prefix !== 'XI' ? prefix : undefined;
}

/** Outcome of checking a normalised VAT number (prefix + national part). */
export type VatOutcome =
  | { status: 'valid'; format: VatFormat; national: string; checked: 'control' | 'format' }
  | { status: 'bad_control'; format: VatFormat; national: string; expected: readonly string[]; found: string }
  | { status: 'bad_format'; format: VatFormat; national: string }
  | { status: 'unknown_prefix' };

/** Old 9-digit Belgian numbers gain the leading 0 that the 10-digit format has had since 2007. */
function normaliseNational(prefix: string, national: string): string {
  return prefix === 'BE' && /^\d{9}$/.test(national) ? `0${national}` : national;
}

/** Checks a normalised VAT number whose first two letters are its prefix (`GR` is read as `EL`). */
export function checkVat(value: string): VatOutcome {
  const rawPrefix = value.slice(0, 2);
  const prefix = rawPrefix === 'GR' ? 'EL' : rawPrefix;
  const format = VAT_FORMATS[prefix];
  if (!format) return { status: 'unknown_prefix' };
  const national = normaliseNational(prefix, value.slice(2));
  if (!format.pattern.test(national)) return { status: 'bad_format', format, national };
  const checker = VAT_CHECKERS[prefix];
  const check: VatCheck = checker ? checker(national) : { status: 'unchecked' };
  switch (check.status) {
    case 'valid':
      return { status: 'valid', format, national, checked: 'control' };
    case 'unchecked':
      return { status: 'valid', format, national, checked: 'format' };
    case 'bad_format':
      return { status: 'bad_format', format, national };
    case 'bad_control':
      return { status: 'bad_control', format, national, expected: check.expected, found: check.found };
  }
}
