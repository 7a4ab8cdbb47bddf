/**
 * Country codes. Veta stores countries as ISO 3166-1 alpha-2 codes (Greece is `GR`); the EU uses
 * `EL` for Greece in VAT numbers and NUTS codes, and `UK` appears in older data for `GB`.
 */

/** The 27 EU member states (ISO 3166-1 alpha-2), in protocol order. */
export const EU_COUNTRIES = [
  'BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'GR', 'ES', 'FR', 'HR', 'IT', 'CY', 'LV',
  'LT', 'LU', 'HU', 'MT', 'NL', 'AT', 'PL', 'PT', 'RO', 'SI', 'SK', 'FI', 'SE',
] as const;

/** An EU member state code. */
export type EuCountry = (typeof EU_COUNTRIES)[number];

const EU_SET: ReadonlySet<string> = new Set(EU_COUNTRIES);
const ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/**
 * Upper-cases a country code and maps the EU's own spellings to ISO (`EL` -> `GR`, `UK` -> `GB`).
 * Returns the input upper-cased when it is not an alias; it does not check that the code exists.
 */
export function isoCountry(code: string): string {
  const upper = code.trim().toUpperCase();
  return ALIASES[upper] ?? upper;
}

/** True when `code` (ISO or the EU's `EL`) is an EU member state. */
export function isEuCountry(code: string): boolean {
  return EU_SET.has(isoCountry(code));
}
