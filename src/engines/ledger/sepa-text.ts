/**
 * Text rules of SEPA credit transfer files (EPC implementation guidelines): identifiers use the
 * restricted Latin character set; names and remittance text may optionally be converted to it.
 */

/** The EPC basic Latin character set. */
const EPC_CHARS = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

/** Max lengths used (EPC): identifiers 35, names 70, unstructured remittance 140. */
export const SEPA_LIMITS = { id: 35, name: 70, remittance: 140 } as const;

/** True for an EPC identifier: 1-35 characters of the basic set, no leading/trailing `/`, no `//`. */
export function isSepaId(value: string): boolean {
  return (
    value.length >= 1 &&
    value.length <= SEPA_LIMITS.id &&
    EPC_CHARS.test(value) &&
    !value.startsWith('/') &&
    !value.endsWith('/') &&
    !value.includes('//')
  );
}

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', Æ: 'AE', æ: 'ae', Ø: 'O', ø: 'o', Œ: 'OE', œ: 'oe', Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', '&': '+',
};

/**
 * Converts free text to the EPC basic set: accents are removed (`Ñ` -> `N`, `é` -> `e`), a few
 * letters are spelled out (`ß` -> `ss`), `&` becomes `+`, any other character becomes a space, and
 * runs of spaces collapse to one.
 */
export function toEpcText(text: string): string {
  const mapped = [...text].map((c) => SPECIAL[c] ?? c).join('');
  const plain = mapped.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Formats cents as a decimal amount with two decimals, e.g. 123456 -> `1234.56`. */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return `${whole}.${String(rest).padStart(2, '0')}`;
}
