/**
 * Spanish tax identifiers (DOMAIN.md section 2):
 * - DNI: 8 digits + `TRWAGMYFPDXBNJZSQVHLCKE`[n mod 23];
 * - NIE: X/Y/Z + 7 digits + letter, X/Y/Z read as 0/1/2 and then as a DNI;
 * - NIF of a legal entity (CIF form): entity letter + 7 digits + control, where the control is the
 *   Luhn-style digit D over the 7 digits or the letter `JABCDEFGHI`[D]. P, Q, R, S, N, W take the
 *   letter; A, B, E, H the digit; the other entity letters accept either.
 * Inputs here are already normalised (upper case, no separators).
 */

/** Which kind of Spanish identifier a string is. */
export type SpanishIdKind = 'dni' | 'nie' | 'cif';

/** Outcome of checking a normalised identifier. `expected` lists every control that would be valid. */
export type IdCheck<K extends string> =
  | { status: 'valid'; kind: K }
  | { status: 'bad_control'; kind: K; expected: readonly string[]; found: string }
  | { status: 'bad_format' };

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const CIF_LETTER_CONTROLS = 'JABCDEFGHI';
const NIE_PREFIX: Readonly<Record<string, string>> = { X: '0', Y: '1', Z: '2' };

/** Entity letters of a CIF (python-stdnum's accepted set; I, O, T, ... are not used). */
export const CIF_ENTITY_LETTERS = 'ABCDEFGHJNPQRSUVW';
const LETTER_ONLY = new Set('PQRSNW');
const DIGIT_ONLY = new Set('ABEH');

const DNI_RE = /^\d{8}[A-Z]$/;
const NIE_RE = /^[XYZ]\d{7}[A-Z]$/;
const CIF_RE = /^[A-Z]\d{7}[0-9A-Z]$/;

/** The control letter of a DNI number (0..99,999,999). */
export function dniLetter(number: number): string {
  return DNI_LETTERS.charAt(number % 23);
}

/** The control value D (0..9) of a CIF over its 7 middle digits. */
export function cifControlDigit(sevenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(sevenDigits.charAt(i));
    // positions 1, 3, 5, 7 (1-based) are doubled and their digits added
    sum += i % 2 === 0 ? Math.floor((2 * d) / 10) + ((2 * d) % 10) : d;
  }
  return (10 - (sum % 10)) % 10;
}

/** The controls a CIF with this entity letter and these 7 digits may carry. */
export function cifExpectedControls(entity: string, sevenDigits: string): string[] {
  const d = cifControlDigit(sevenDigits);
  const digit = String(d);
  const letter = CIF_LETTER_CONTROLS.charAt(d);
  if (LETTER_ONLY.has(entity)) return [letter];
  if (DIGIT_ONLY.has(entity)) return [digit];
  return [digit, letter];
}

function checkMod23(kind: 'dni' | 'nie', digits: string, found: string): IdCheck<SpanishIdKind> {
  const expected = dniLetter(Number(digits));
  return expected === found ? { status: 'valid', kind } : { status: 'bad_control', kind, expected: [expected], found };
}

/** Checks a normalised DNI, NIE or CIF. */
export function checkSpanishId(value: string): IdCheck<SpanishIdKind> {
  const control = value.charAt(value.length - 1);
  if (DNI_RE.test(value)) return checkMod23('dni', value.slice(0, 8), control);
  if (NIE_RE.test(value)) {
    return checkMod23('nie', `${NIE_PREFIX[value.charAt(0)] ?? ''}${value.slice(1, 8)}`, control);
  }
  const entity = value.charAt(0);
  if (CIF_RE.test(value) && CIF_ENTITY_LETTERS.includes(entity)) {
    const expected = cifExpectedControls(entity, value.slice(1, 8));
    if (expected.includes(control)) return { status: 'valid', kind: 'cif' };
    return { status: 'bad_control', kind: 'cif', expected, found: control };
  }
  return { status: 'bad_format' };
}

/** A short example of each kind, for messages. */
export const SPANISH_ID_EXAMPLES: Readonly<Record<SpanishIdKind, string>> = {
  dni: '12345678Z',
  nie: 'X2482300W',
  cif: 'B12345674',
};
