/**
 * Checks one imported row and turns it into the records to insert. Every problem of the row is
 * reported (not just the first), each with the field it is about. Enumerations accept the code or
 * its label in Spanish or English; materials their id or name; provinces their name, INE code or
 * the postcode.
 */
import { findProvince, isEuCountry, provinceByIne } from '../../../../../shared/identifiers/index.js';
import { translatorFor } from '../../../../../shared/i18n/i18n.js';
import type { ImportField } from '../../../../../shared/contracts/organisation-records.js';
import { MEMBERSHIP_STATUSES, MEMBERSHIP_TIERS, ORGANISATION_KINDS, type MembershipStatus, type MembershipTier, type OrganisationKind } from '../../../../../shared/organisations.js';
import { parseMoney } from '../../../../../shared/money.js';
import { VALUE_CHAIN_STAGES, type ValueChainStage } from '../../../../../shared/value-chain.js';
import type { FieldIssue } from '../../../../platform/http/errors.js';
import { checkTaxId, resolveSitePlace, searchKey } from '../../derive.js';

export interface Vocabulary {
  kinds: Map<string, OrganisationKind>;
  stages: Map<string, ValueChainStage>;
  statuses: Map<string, MembershipStatus>;
  tiers: Map<string, MembershipTier>;
  materials: Map<string, string>;
  offices: Map<string, string>;
}

function vocab<T extends string>(values: readonly T[], labelKey: (v: T) => string, extra: Partial<Record<T, string[]>> = {}): Map<string, T> {
  const out = new Map<string, T>();
  for (const v of values) {
    for (const name of [v, translatorFor('es')(labelKey(v)), translatorFor('en')(labelKey(v)), ...(extra[v] ?? [])]) out.set(searchKey(name), v);
  }
  return out;
}

/** How spreadsheets usually write membership statuses. */
const STATUS_WORDS: Partial<Record<MembershipStatus, string[]>> = {
  none: ['no', 'no socio', 'ninguno', 'non member'],
  applicant: ['solicitud', 'candidata', 'candidato', 'pendiente', 'application'],
  active: ['activa', 'activo', 'socia', 'socio', 'alta', 'si', 'yes', 'member'],
  suspended: ['suspendido', 'suspension'],
  left: ['baja', 'antiguo socio', 'former'],
};

export function buildVocabulary(materials: readonly { id: string; nameEs: string; nameEn: string }[], offices: readonly { id: string; code: string; name: string; city: string }[]): Vocabulary {
  const materialMap = new Map<string, string>();
  for (const m of materials) for (const name of [m.id, m.nameEs, m.nameEn]) materialMap.set(searchKey(name), m.id);
  const officeMap = new Map<string, string>();
  for (const o of offices) for (const name of [o.code, o.name, o.city]) officeMap.set(searchKey(name), o.id);
  return {
    kinds: vocab(ORGANISATION_KINDS, (v) => `orgs:kind.${v}`),
    stages: vocab(VALUE_CHAIN_STAGES, (v) => `orgs:stage.${v}`, Object.fromEntries(VALUE_CHAIN_STAGES.map((v) => [v, [translatorFor('es')(`orgs:stageShort.${v}`), translatorFor('en')(`orgs:stageShort.${v}`)]]))),
    statuses: vocab(MEMBERSHIP_STATUSES, (v) => `orgs:status.${v}`, STATUS_WORDS),
    tiers: vocab(MEMBERSHIP_TIERS, (v) => `orgs:tier.${v}`),
    materials: materialMap,
    offices: officeMap,
  };
}

export interface ImportedRow {
  legalName: string;
  tradeName: string | null;
  taxId: string | null;
  taxIdKind: 'cif' | 'dni' | 'nie' | 'vat' | 'other' | null;
  kind: OrganisationKind;
  country: string;
  website: string | null;
  descriptionEs: string | null;
  descriptionEn: string | null;
  officeId: string | null;
  naceCodes: string[];
  stages: ValueChainStage[];
  materialIds: string[];
  membershipStatus: MembershipStatus;
  tier: MembershipTier | null;
  annualFeeCents: number | null;
  memberSince: string | null;
  publicProfile: boolean;
  site: { name: string; address: string | null; postcode: string | null; city: string | null; country: string; provinceCode: string | null; nutsCode: string | null } | null;
  contact: { name: string; email: string | null; phone: string | null; position: string | null } | null;
}

type Values = Partial<Record<ImportField, string>>;
const list = (v: string | undefined) => (v ? v.split(/[;|\n]/).map((x) => x.trim()).filter(Boolean) : []);
const YES = new Set(['si', 'yes', 'true', '1', 'x', 's', 'y']);
const NO = new Set(['no', 'false', '0', 'n', '']);

function lookupAll<T>(field: ImportField, raw: string | undefined, map: Map<string, T>, code: string, issues: FieldIssue[]): T[] {
  const out: T[] = [];
  for (const item of list(raw)) {
    const found = map.get(searchKey(item));
    if (found === undefined) issues.push({ path: field, code, params: { value: item } });
    else if (!out.includes(found)) out.push(found);
  }
  return out;
}

function lookupOne<T>(field: ImportField, raw: string | undefined, map: Map<string, T>, code: string, issues: FieldIssue[]): T | undefined {
  if (!raw) return undefined;
  const found = map.get(searchKey(raw));
  if (found === undefined) issues.push({ path: field, code, params: { value: raw } });
  return found;
}

function parseDate(field: ImportField, raw: string | undefined, issues: FieldIssue[]): string | null {
  if (!raw) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  const es = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : es ? [es[3], es[2]?.padStart(2, '0'), es[1]?.padStart(2, '0')] : [];
  const date = y && m && d ? `${y}-${m}-${d}` : '';
  if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    issues.push({ path: field, code: 'errors:orgs.bad_date', params: { value: raw } });
    return null;
  }
  return date;
}

function siteOf(v: Values, country: string, issues: FieldIssue[]): ImportedRow['site'] {
  if (!v.address && !v.postcode && !v.city && !v.province && !v.nutsCode && !v.siteName) return null;
  let provinceCode: string | null = null;
  if (v.province && country === 'ES') {
    const p = findProvince(v.province) ?? provinceByIne(v.province);
    if (!p) issues.push({ path: 'province', code: 'errors:orgs.unknown_province', params: { value: v.province } });
    provinceCode = p?.ine ?? null;
  }
  const placed = resolveSitePlace({ country, postcode: v.postcode ?? null, provinceCode, nutsCode: v.nutsCode ?? null });
  const known = new Set(issues.map((i) => i.path));
  for (const issue of placed.issues) {
    const path = issue.path === 'provinceCode' ? 'province' : issue.path;
    if (!known.has(path)) issues.push({ ...issue, path });
  }
  return { name: v.siteName ?? v.city ?? 'Sede', address: v.address ?? null, postcode: v.postcode ?? null, city: v.city ?? null, country, ...placed.place };
}

function contactOf(v: Values, issues: FieldIssue[]): ImportedRow['contact'] {
  if (!v.contactName && !v.contactEmail) return null;
  const email = v.contactEmail?.toLowerCase() ?? null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) issues.push({ path: 'contactEmail', code: 'validation:invalid_format.email', params: { value: email } });
  if (!v.contactName) issues.push({ path: 'contactName', code: 'validation:required' });
  return { name: v.contactName ?? '', email, phone: v.contactPhone ?? null, position: v.contactPosition ?? null };
}

function scalars(v: Values, words: Vocabulary, issues: FieldIssue[]) {
  const kind = lookupOne('kind', v.kind, words.kinds, 'errors:orgs.unknown_kind', issues) ?? 'company';
  const membershipStatus = lookupOne('membershipStatus', v.membershipStatus, words.statuses, 'errors:orgs.unknown_status', issues) ?? 'none';
  const tier = lookupOne('tier', v.tier, words.tiers, 'errors:orgs.unknown_tier', issues) ?? null;
  const fee = v.annualFee ? parseMoney(v.annualFee) : undefined;
  if (fee && !fee.ok) issues.push({ path: 'annualFee', code: 'errors:orgs.bad_amount', params: { value: v.annualFee ?? '' } });
  const publicRaw = searchKey(v.publicProfile ?? '');
  if (!YES.has(publicRaw) && !NO.has(publicRaw)) issues.push({ path: 'publicProfile', code: 'errors:orgs.bad_boolean', params: { value: v.publicProfile ?? '' } });
  const website = v.website ? (/^https?:\/\//i.test(v.website) ? v.website : `https://${v.website}`) : null;
  if (website && !URL.canParse(website)) issues.push({ path: 'website', code: 'validation:invalid_format.url', params: { value: v.website ?? '' } });
  const nace = list(v.naceCodes).map((c) => c.toUpperCase());
  for (const c of nace) if (!/^([A-U]|[A-U]?\d{2}(\.\d{1,2})?)$/.test(c)) issues.push({ path: 'naceCodes', code: 'errors:orgs.bad_nace', params: { value: c } });
  return { kind, membershipStatus, tier, annualFeeCents: fee?.ok ? fee.cents : null, publicProfile: YES.has(publicRaw), website, naceCodes: nace };
}

/** Checks a mapped row. Duplicates (in the file, in the registry) are the caller's: they need state. */
export function validateRow(v: Values, words: Vocabulary, defaultOfficeId: string | null): { row: ImportedRow; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  if (!v.legalName) issues.push({ path: 'legalName', code: 'validation:required' });
  const country = (v.country ?? 'ES').trim().toUpperCase().replace(/^EL$/, 'GR');
  if (!/^[A-Z]{2}$/.test(country)) issues.push({ path: 'country', code: 'errors:orgs.bad_country', params: { value: v.country ?? '' } });
  let taxId: ImportedRow['taxId'] = null;
  let taxIdKind: ImportedRow['taxIdKind'] = null;
  if (!v.taxId && (country === 'ES' || isEuCountry(country))) issues.push({ path: 'taxId', code: 'validation:required' });
  if (v.taxId) {
    const checked = checkTaxId(v.taxId, country);
    if (checked.ok) ({ taxId, taxIdKind } = checked.value);
    else issues.push(checked.issue);
  }
  const s = scalars(v, words, issues);
  const row: ImportedRow = {
    legalName: v.legalName ?? '',
    tradeName: v.tradeName ?? null,
    taxId,
    taxIdKind,
    country,
    descriptionEs: v.descriptionEs ?? null,
    descriptionEn: v.descriptionEn ?? null,
    officeId: (v.office ? lookupOne('office', v.office, words.offices, 'errors:orgs.unknown_office', issues) : defaultOfficeId) ?? null,
    stages: lookupAll('stages', v.stages, words.stages, 'errors:orgs.unknown_stage', issues),
    materialIds: lookupAll('materials', v.materials, words.materials, 'errors:orgs.unknown_material', issues),
    memberSince: parseDate('memberSince', v.memberSince, issues),
    ...s,
    site: siteOf(v, country, issues),
    contact: contactOf(v, issues),
  };
  return { row, issues };
}
