/** Rows to DTOs. */
import type { OrganisationDto, PublicOrganisationDto } from '../../../shared/contracts/organisations.js';
import type { ValueChainStage } from '../../../shared/value-chain.js';
import type { ContactRow, ConsentRow } from './repository/contacts.js';
import type { EventRow, FeeWithName } from './repository/membership.js';
import { feeState } from './repository/membership.js';
import type { OrganisationRow, SiteRow, SummaryRow } from './repository/organisations.js';

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

export function presentOrganisation(o: OrganisationRow): OrganisationDto {
  return {
    id: o.id,
    legalName: o.legalName,
    tradeName: o.tradeName,
    kind: o.kind,
    country: o.country,
    taxId: o.taxId,
    taxIdKind: o.taxIdKind,
    website: o.website,
    descriptionEs: o.descriptionEs,
    descriptionEn: o.descriptionEn,
    officeId: o.officeId,
    naceCodes: o.naceCodes,
    stages: o.stages as ValueChainStage[],
    materialIds: o.materialIds,
    provinceCodes: o.provinceCodes,
    regionCodes: o.regionCodes,
    publicProfile: o.publicProfile,
    publicBodyControl: o.publicBodyControl,
    membershipStatus: o.membershipStatus,
    membershipTier: o.membershipTier,
    annualFeeCents: o.annualFeeCents,
    memberSince: o.memberSince,
    smeClass: o.smeClass,
    smeYear: o.smeYear,
    createdAt: iso(o.createdAt),
    updatedAt: iso(o.updatedAt),
  };
}

export function presentSite(s: SiteRow) {
  return {
    id: s.id,
    name: s.name,
    address: s.address,
    postcode: s.postcode,
    city: s.city,
    country: s.country,
    provinceCode: s.provinceCode,
    nutsCode: s.nutsCode,
    isHeadquarters: s.isHeadquarters,
  };
}

export function presentSummary(o: SummaryRow) {
  const { id, legalName, tradeName, kind, country, taxId, officeId, stages, materialIds, provinceCodes, membershipStatus, membershipTier, smeClass, publicProfile, city } = o;
  return { id, legalName, tradeName, kind, country, taxId, officeId, stages: stages as ValueChainStage[], materialIds, provinceCodes, membershipStatus, membershipTier, smeClass, publicProfile, city };
}

/** The public face of an organisation: only the fields in PUBLIC_ORGANISATION_FIELDS. */
export function presentPublic(o: OrganisationRow, sites: readonly SiteRow[]): PublicOrganisationDto {
  return {
    id: o.id,
    legalName: o.legalName,
    tradeName: o.tradeName,
    kind: o.kind,
    country: o.country,
    website: o.website,
    descriptionEs: o.descriptionEs,
    descriptionEn: o.descriptionEn,
    naceCodes: o.naceCodes,
    stages: o.stages as ValueChainStage[],
    materialIds: o.materialIds,
    places: sites.map((s) => ({ city: s.city, provinceCode: s.provinceCode, nutsCode: s.nutsCode, country: s.country })),
    isMember: o.membershipStatus === 'active',
    memberSince: o.membershipStatus === 'active' ? o.memberSince : null,
  };
}

export function presentEvent(e: EventRow) {
  return { id: e.id, status: e.status, tier: e.tier, effectiveOn: e.effectiveOn, note: e.note, createdAt: iso(e.createdAt) };
}

export function presentFee(f: FeeWithName, today: string) {
  return {
    id: f.id,
    organisationId: f.organisationId,
    organisationName: f.organisationName,
    year: f.year,
    reference: f.reference,
    amountCents: f.amountCents,
    issuedOn: f.issuedOn,
    dueOn: f.dueOn,
    paidOn: f.paidOn,
    state: feeState(f, today),
    reminderCount: f.reminderCount,
    lastRemindedAt: f.lastRemindedAt ? iso(f.lastRemindedAt) : null,
  };
}

export function presentContact(c: ContactRow, consents: readonly ConsentRow[]) {
  return {
    id: c.id,
    organisationId: c.organisationId,
    name: c.name,
    position: c.position,
    role: c.role,
    email: c.email,
    phone: c.phone,
    locale: c.locale,
    isPrimary: c.isPrimary,
    erasedAt: c.erasedAt ? iso(c.erasedAt) : null,
    consents: consents
      .filter((k) => k.contactId === c.id)
      .map((k) => ({ id: k.id, purpose: k.purpose, granted: k.granted, givenOn: k.givenOn, source: k.source, createdAt: iso(k.createdAt) })),
  };
}

export { iso };
