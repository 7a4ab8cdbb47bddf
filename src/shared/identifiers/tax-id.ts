/**
 * `parseTaxId`: one entry point for the tax identifiers an organisation or person gives Veta.
 *
 * - Normalisation: whitespace, dots and dashes are removed; letters are upper-cased.
 * - A leading EU VAT prefix (`ES`, `DE`, ..., `EL`; `GR` is accepted for `EL`; `XI`) makes it a
 *   VAT number, checked by national format and, where known, check digit. When a country is
 *   given and the prefix is another country's, it is a VAT number only if it is a valid one.
 * - Otherwise, with no country or country `ES`: Spanish DNI, NIE or NIF of a legal entity (CIF).
 * - Otherwise, with another EU country: a number matching that country's VAT format is read as its
 *   VAT number without prefix; anything else is accepted as `other` (unverifiable here).
 * - Outside the EU: `other`, accepted as given.
 */
import { isoCountry } from './countries.js';
import { checkSpanishId, SPANISH_ID_EXAMPLES, type IdCheck, type SpanishIdKind } from './spanish-ids.js';
import { checkVat, VAT_FORMATS, vatPrefixForCountry, type VatOutcome } from './vat.js';

/** Kind of identifier recognised. */
export type TaxIdKind = 'cif' | 'dni' | 'nie' | 'vat' | 'other';

/** Stable error codes. */
export type TaxIdErrorCode = 'id.empty' | 'id.bad_format' | 'id.bad_control' | 'id.invalid_number';

/**
 * An error with parameters for translation:
 * - `id.bad_format` { kind?, country?, example }: the shape is wrong (e.g. `example` `B12345674`);
 * - `id.bad_control` { kind, country, expected, found }: the control character is wrong;
 *   `expected` lists the valid controls separated by `/` (e.g. `2/B` for a CIF that accepts both);
 * - `id.invalid_number` { kind, country }: no control character can make this number valid;
 * - `id.empty` {}.
 */
export interface TaxIdError {
  code: TaxIdErrorCode;
  params: Record<string, string>;
}

/** How far a valid identifier was verified. */
export type TaxIdChecked = 'control' | 'format' | 'none';

/** Outcome of `parseTaxId`. `country` is ISO 3166-1 alpha-2 (`GR` for a Greek `EL` VAT number). */
export type TaxIdResult =
  | { ok: true; kind: TaxIdKind; normalized: string; country: string | null; checked: TaxIdChecked }
  | { ok: false; kind: TaxIdKind; normalized: string; country: string | null; error: TaxIdError };

/** Options of `parseTaxId`. */
export interface ParseTaxIdOptions {
  /** Country of the organisation or person (ISO, `EL` accepted). Default: Spain. */
  country?: string;
}

/** Removes whitespace, dots and dashes and upper-cases. */
export function normalizeTaxId(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015\u2212]/g, '').toUpperCase();
}

function fromSpanish(normalized: string, check: IdCheck<SpanishIdKind>): TaxIdResult {
  const base = { normalized, country: 'ES' };
  if (check.status === 'valid') return { ok: true, kind: check.kind, ...base, checked: 'control' };
  if (check.status === 'bad_control') {
    const params = { kind: check.kind, country: 'ES', expected: check.expected.join('/'), found: check.found };
    return { ok: false, kind: check.kind, ...base, error: { code: 'id.bad_control', params } };
  }
  const example = `${SPANISH_ID_EXAMPLES.cif}, ${SPANISH_ID_EXAMPLES.dni}, ${SPANISH_ID_EXAMPLES.nie}`;
  return { ok: false, kind: 'other', ...base, error: { code: 'id.bad_format', params: { country: 'ES', example } } };
}

function fromVat(outcome: Exclude<VatOutcome, { status: 'unknown_prefix' }>): TaxIdResult {
  const { format } = outcome;
  const normalized = `${format.prefix}${outcome.national}`;
  const base = { kind: 'vat' as const, normalized, country: format.country };
  const params = { kind: 'vat', country: format.country };
  switch (outcome.status) {
    case 'valid':
      return { ok: true, ...base, checked: outcome.checked };
    case 'bad_format':
      return { ok: false, ...base, error: { code: 'id.bad_format', params: { ...params, example: format.example } } };
    case 'bad_control':
      if (outcome.expected.length === 0) return { ok: false, ...base, error: { code: 'id.invalid_number', params } };
      return {
        ok: false,
        ...base,
        error: { code: 'id.bad_control', params: { ...params, expected: outcome.expected.join('/'), found: outcome.found } },
      };
  }
}

function hasVatPrefix(normalized: string): boolean {
  const prefix = normalized.slice(0, 2);
  return /^[A-Z]{2}/.test(normalized) && (prefix in VAT_FORMATS || prefix === 'GR');
}

/** For a non-Spanish country: its VAT number without prefix, or an unverifiable `other`. */
function forForeignCountry(normalized: string, country: string): TaxIdResult {
  const prefix = vatPrefixForCountry(country);
  if (prefix !== undefined) {
    const outcome = checkVat(`${prefix}${normalized}`);
    if (outcome.status === 'valid' || outcome.status === 'bad_control') return fromVat(outcome);
  }
  return { ok: true, kind: 'other', normalized, country, checked: 'none' };
}

/**
 * Parses and validates a tax identifier: Spanish DNI, NIE, NIF of a legal entity (CIF), an EU VAT
 * number, or (for a non-Spanish country) any other identifier, which is accepted unverified.
 */
export function parseTaxId(input: string, options: ParseTaxIdOptions = {}): TaxIdResult {
  const normalized = normalizeTaxId(input);
  const country = options.country === undefined ? undefined : isoCountry(options.country);
  if (normalized === '') {
    return { ok: false, kind: 'other', normalized, country: country ?? null, error: { code: 'id.empty', params: {} } };
  }
  if (hasVatPrefix(normalized)) {
    const outcome = checkVat(normalized);
    // A prefix of another country than the one given (e.g. "HRB 12345" for a German company)
    // counts only when it makes a valid VAT number.
    const foreign = country !== undefined && outcome.status !== 'unknown_prefix' && outcome.format.country !== country;
    if (outcome.status !== 'unknown_prefix' && (!foreign || outcome.status === 'valid')) return fromVat(outcome);
  }
  if (country === undefined || country === 'ES') return fromSpanish(normalized, checkSpanishId(normalized));
  return forForeignCountry(normalized, country);
}
