/**
 * IBAN (ISO 13616) and BIC (ISO 9362) checks for SEPA credit transfers.
 * An IBAN is accepted when its country is in the SEPA scheme, its length matches the country's
 * registered length, and the ISO 7064 mod 97-10 check gives 1.
 */

/** Registered IBAN length per SEPA country (ISO 13616 registry). */
export const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AL: 28, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24,
  SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
};

/** Why an IBAN was refused. */
export type IbanErrorCode = 'iban.format' | 'iban.country' | 'iban.length' | 'iban.checksum';

/** Outcome of `checkIban`; `iban` is the electronic form (no spaces, upper case). */
export type IbanCheck = { readonly valid: true; readonly iban: string } | { readonly valid: false; readonly code: IbanErrorCode };

/** ISO 7064 mod 97-10 remainder of an IBAN (country and check digits moved to the end). */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    // digits stay as they are; A = 10 ... Z = 35 (two digits)
    remainder = code <= 57 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
  }
  return remainder;
}

/** Normalises and checks an IBAN written in print (with spaces) or electronic form. */
export function checkIban(input: string): IbanCheck {
  const iban = input.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return { valid: false, code: 'iban.format' };
  const length = SEPA_IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined) return { valid: false, code: 'iban.country' };
  if (iban.length !== length) return { valid: false, code: 'iban.length' };
  return ibanMod97(iban) === 1 ? { valid: true, iban } : { valid: false, code: 'iban.checksum' };
}

/** True for a valid SEPA IBAN. */
export function isValidIban(input: string): boolean {
  return checkIban(input).valid;
}

/** True for a BIC of 8 or 11 characters: bank (4 letters), country (2 letters), location, branch. */
export function isValidBic(bic: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic);
}
