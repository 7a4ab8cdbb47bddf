/**
 * Check-digit algorithms of national VAT numbers, applied to the national part (prefix removed)
 * after its format has been checked. Sources: the published algorithms as documented by the
 * python-stdnum project (arthurdejong/python-stdnum) and national tax administrations.
 *
 * Countries with a check here: AT BE CY DE DK EE EL ES FI FR (numeric key only) HR HU IT LU MT NL
 * PL PT RO SE SI. Format only: BG CZ IE LT LV SK (several number types or rules not published in
 * one place), FR keys with letters, and XI.
 */
import { checkSpanishId } from './spanish-ids.js';

/** Outcome of a national check. */
export type VatCheck =
  | { status: 'valid' }
  | { status: 'bad_control'; expected: readonly string[]; found: string }
  | { status: 'bad_format' }
  | { status: 'unchecked' };

/** A national check-digit rule. */
export type VatChecker = (national: string) => VatCheck;

function digits(s: string): number[] {
  return Array.from(s, (c) => Number(c));
}

/** Sum of digit * weight, position by position from the left. */
function weighted(s: string, weights: readonly number[]): number {
  return digits(s).reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0);
}

/** Luhn sum (mod 10) of a whole number string: the rightmost digit is not doubled. */
function luhnSum(s: string): number {
  let sum = 0;
  digits(s)
    .reverse()
    .forEach((d, i) => {
      sum += i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
    });
  return sum % 10;
}

/** The Luhn check digit to append to `payload`. */
function luhnDigit(payload: string): number {
  return (10 - luhnSum(`${payload}0`)) % 10;
}

/** ISO 7064 MOD 11,10 check digit to append to `payload`. */
function mod11x10Digit(payload: string): number {
  let p = 10;
  for (const d of digits(payload)) {
    const s = (p + d) % 10 || 10;
    p = (s * 2) % 11;
  }
  return (11 - p) % 10;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Compares the control found with the one expected (`null`: no control can make this body valid). */
function compare(expected: number | string | null, found: string): VatCheck {
  if (expected !== null && String(expected) === found) return { status: 'valid' };
  return { status: 'bad_control', expected: expected === null ? [] : [String(expected)], found };
}

/** Control = (m - sum mod m) mod m over weighted leading digits; `null` when it would be 10. */
function complementDigit(s: string, weights: readonly number[], m: number): number | null {
  const c = (m - (weighted(s, weights) % m)) % m;
  return c > 9 ? null : c;
}

const last = (s: string, n = 1): string => s.slice(-n);

const CY_ODD_WEIGHTS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

function checkNl(n: string): VatCheck {
  const numeric = Array.from(`NL${n}`, (c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  if (BigInt(numeric) % 97n === 1n) return { status: 'valid' };
  const c = weighted(n.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return compare(c === 10 ? null : c, n.charAt(8));
}

function checkFr(n: string): VatCheck {
  if (!/^\d\d/.test(n)) return { status: 'unchecked' };
  return compare(pad2((Number(n.slice(2)) * 100 + 12) % 97), n.slice(0, 2));
}

function checkSi(n: string): VatCheck {
  const c = 11 - (weighted(n.slice(0, 7), [8, 7, 6, 5, 4, 3, 2]) % 11);
  return compare(c === 11 ? null : c % 10, last(n));
}

function checkEs(n: string): VatCheck {
  const r = checkSpanishId(n);
  if (r.status === 'valid' || r.status === 'bad_format') return r;
  return { status: 'bad_control', expected: r.expected, found: r.found };
}

function checkCy(n: string): VatCheck {
  const sum = digits(n.slice(0, 8)).reduce((s, d, i) => s + (i % 2 === 0 ? (CY_ODD_WEIGHTS[d] ?? 0) : d), 0);
  return compare(String.fromCharCode(65 + (sum % 26)), last(n));
}

function checkEl(n: string): VatCheck {
  const sum = digits(n.slice(0, 8)).reduce((s, d, i) => s + d * 2 ** (8 - i), 0);
  return compare((sum % 11) % 10, last(n));
}

function checkRo(n: string): VatCheck {
  const p = n.padStart(10, '0');
  return compare(((weighted(p.slice(0, 9), [7, 5, 3, 2, 1, 7, 5, 3, 2]) * 10) % 11) % 10, last(p));
}

function checkMt(n: string): VatCheck {
  return compare(pad2((37 - (weighted(n.slice(0, 6), [3, 4, 6, 7, 8, 9]) % 37)) % 37), last(n, 2));
}

/** Check-digit rules by VAT prefix. */
export const VAT_CHECKERS: Readonly<Record<string, VatChecker>> = {
  AT: (n) => compare((((6 - luhnSum(n.slice(1, 8))) % 10) + 10) % 10, last(n)),
  BE: (n) => compare(pad2(97 - (Number(n.slice(0, 8)) % 97)), last(n, 2)),
  CY: checkCy,
  DE: (n) => compare(mod11x10Digit(n.slice(0, 8)), last(n)),
  DK: (n) => compare(complementDigit(n.slice(0, 7), [2, 7, 6, 5, 4, 3, 2], 11), last(n)),
  EE: (n) => compare(complementDigit(n.slice(0, 8), [3, 7, 1, 3, 7, 1, 3, 7], 10), last(n)),
  EL: checkEl,
  ES: checkEs,
  FI: (n) => compare(complementDigit(n.slice(0, 7), [7, 9, 10, 5, 8, 4, 2], 11), last(n)),
  FR: checkFr,
  HR: (n) => compare(mod11x10Digit(n.slice(0, 10)), last(n)),
  HU: (n) => compare(complementDigit(n.slice(0, 7), [9, 7, 3, 1, 9, 7, 3], 10), last(n)),
  IT: (n) => compare(luhnDigit(n.slice(0, 10)), last(n)),
  LU: (n) => compare(pad2(Number(n.slice(0, 6)) % 89), last(n, 2)),
  MT: checkMt,
  NL: checkNl,
  PL: (n) => {
    const c = weighted(n.slice(0, 9), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    return compare(c === 10 ? null : c, last(n));
  },
  PT: (n) => compare(((11 - (weighted(n.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11) % 10, last(n)),
  RO: checkRo,
  SE: (n) => compare(luhnDigit(n.slice(0, 9)), n.charAt(9)),
  SI: checkSi,
};
