/**
 * Identifiers and places: Spanish tax ids (DNI, NIE, NIF of legal entities), EU VAT numbers,
 * country codes, and Spanish provinces with their NUTS codes.
 */
export { EU_COUNTRIES, isEuCountry, isoCountry, type EuCountry } from './countries.js';
export {
  CIF_ENTITY_LETTERS,
  checkSpanishId,
  cifControlDigit,
  cifExpectedControls,
  dniLetter,
  type IdCheck,
  type SpanishIdKind,
} from './spanish-ids.js';
export {
  checkVat,
  VAT_CHECKED_PREFIXES,
  VAT_FORMATS,
  vatPrefixForCountry,
  type VatFormat,
  type VatOutcome,
} from './vat.js';
export {
  normalizeTaxId,
  parseTaxId,
  type ParseTaxIdOptions,
  type TaxIdChecked,
  type TaxIdError,
  type TaxIdErrorCode,
  type TaxIdKind,
  type TaxIdResult,
} from './tax-id.js';
export { COMMUNITIES, PROVINCES, type Community, type Province } from './provinces.js';
export {
  communityOf,
  findCommunity,
  findProvince,
  placeKey,
  provinceByIne,
  provinceByNuts3,
  provinceByPostcode,
  provinceNuts,
} from './province-lookup.js';
