/**
 * Pure derivations of the registry: checked tax ids, a site's province and NUTS code, and the
 * denormalised search fields (search text, material, province and region arrays) that the directory
 * filters on. No I/O.
 */
import { COMMUNITIES } from '../../../shared/identifiers/provinces.js';
import { isEuCountry, parseTaxId, provinceByIne, provinceByPostcode, provinceNuts, type Province } from '../../../shared/identifiers/index.js';
import { getMaterial } from '../../../shared/materials/catalogue.js';
import type { FieldIssue } from '../../platform/http/errors.js';

/** Lower case, accents and punctuation removed, single spaces: the form searches compare. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface CheckedTaxId {
  taxId: string;
  taxIdKind: 'cif' | 'dni' | 'nie' | 'vat' | 'other';
}

/**
 * Checks a tax id for an organisation of `country`: Spanish NIF/CIF/DNI/NIE by their control
 * character, EU VAT numbers by national format, anything else accepted as given. A Spanish VAT
 * number (`ESB12345674`) is stored as the NIF it contains, so that the same company cannot be
 * registered twice.
 */
export function checkTaxId(raw: string, country: string, path = 'taxId'): { ok: true; value: CheckedTaxId } | { ok: false; issue: FieldIssue } {
  let r = parseTaxId(raw, { country });
  if (r.ok && r.kind === 'vat' && r.country === 'ES') r = parseTaxId(r.normalized.slice(2), { country: 'ES' });
  if (!r.ok) return { ok: false, issue: { path, code: r.error.code, params: { ...r.error.params, value: raw } } };
  return { ok: true, value: { taxId: r.normalized, taxIdKind: r.kind } };
}

/** NUTS codes use `EL` for Greece. */
function nutsPrefix(country: string): string {
  return country === 'GR' ? 'EL' : country;
}

export interface SitePlaceInput {
  country: string;
  postcode?: string | null;
  provinceCode?: string | null;
  nutsCode?: string | null;
}

export interface SitePlace {
  provinceCode: string | null;
  nutsCode: string | null;
}

/**
 * A site's province and NUTS 2024 code. Spain: the province from its INE code or, failing that,
 * the postcode (both must agree when both are given); NUTS is derived from the province. Other EU
 * countries: the NUTS code as entered, which must carry the country's prefix. Elsewhere: none.
 */
export function resolveSitePlace(input: SitePlaceInput, path = ''): { place: SitePlace; issues: FieldIssue[] } {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const issues: FieldIssue[] = [];
  if (input.country === 'ES') {
    const byCode = input.provinceCode ? provinceByIne(input.provinceCode) : undefined;
    const byPostcode = input.postcode ? provinceByPostcode(input.postcode) : undefined;
    if (input.provinceCode && !byCode) issues.push({ path: at('provinceCode'), code: 'errors:orgs.unknown_province', params: { value: input.provinceCode } });
    if (input.postcode && !byPostcode) issues.push({ path: at('postcode'), code: 'errors:orgs.bad_postcode', params: { value: input.postcode } });
    if (byCode && byPostcode && byCode.ine !== byPostcode.ine) {
      issues.push({ path: at('postcode'), code: 'errors:orgs.postcode_province_mismatch', params: { value: input.postcode ?? '', province: byCode.name.es } });
    }
    const province: Province | undefined = byCode ?? byPostcode;
    if (!province && issues.length === 0) issues.push({ path: at('provinceCode'), code: 'errors:orgs.province_required', params: {} });
    return { place: { provinceCode: province?.ine ?? null, nutsCode: province ? provinceNuts(province) : null }, issues };
  }
  if (isEuCountry(input.country)) {
    const nuts = input.nutsCode?.toUpperCase() ?? null;
    if (nuts && !nuts.startsWith(nutsPrefix(input.country))) {
      issues.push({ path: at('nutsCode'), code: 'errors:orgs.nuts_country_mismatch', params: { value: nuts, prefix: nutsPrefix(input.country) } });
    }
    return { place: { provinceCode: null, nutsCode: nuts }, issues };
  }
  return { place: { provinceCode: null, nutsCode: null }, issues };
}

export interface SearchSource {
  legalName: string;
  tradeName: string | null;
  taxId: string | null;
  descriptionEs: string | null;
  descriptionEn: string | null;
  materialIds: readonly string[];
  sites: readonly { city: string | null; provinceCode: string | null; nutsCode: string | null }[];
}

export interface SearchFields {
  searchText: string;
  keywords: string;
  materialIds: string[];
  provinceCodes: string[];
  regionCodes: string[];
}

const COMMUNITY_BY_NUTS2 = new Map(COMMUNITIES.map((c) => [c.nuts2, c]));

function placeNames(site: SearchSource['sites'][number]): string[] {
  const province = site.provinceCode ? provinceByIne(site.provinceCode) : undefined;
  const community = site.nutsCode ? COMMUNITY_BY_NUTS2.get(site.nutsCode.slice(0, 4)) : undefined;
  return [site.city ?? '', province?.name.es ?? '', province?.name.en ?? '', community?.name.es ?? '', community?.name.en ?? ''];
}

/** The denormalised search document and facet arrays of an organisation. */
export function searchFields(src: SearchSource): SearchFields {
  const materialIds = [...new Set(src.materialIds)].sort();
  const materialNames = materialIds.flatMap((id) => {
    const m = getMaterial(id);
    return m ? [m.nameEs, m.nameEn] : [id];
  });
  const keywords = uniqueWords([src.legalName, src.tradeName ?? '', src.taxId ?? '', ...materialNames, ...src.sites.flatMap(placeNames)]);
  const searchText = uniqueWords([keywords, src.descriptionEs ?? '', src.descriptionEn ?? '']);
  const provinceCodes = [...new Set(src.sites.map((s) => s.provinceCode).filter((c): c is string => !!c))].sort();
  const regionCodes = [...new Set(src.sites.map((s) => s.nutsCode?.slice(0, 4)).filter((c): c is string => !!c && c.length === 4))].sort();
  return { searchText, keywords, materialIds, provinceCodes, regionCodes };
}

/** The distinct words of some texts, in search form, in order of first appearance. */
function uniqueWords(parts: readonly string[]): string {
  return [...new Set(searchKey(parts.join(' ')).split(' ').filter(Boolean))].join(' ');
}

/** Words of a search query, in search form, at most 8. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(searchKey(q).split(' ').filter((w) => w.length > 0))].slice(0, 8);
}
