/**
 * Runs the eligibility engine on an application as it stands: the call's rules, the confirmed
 * partners (the lead included) with the registry's data about their organisations, and what each
 * of them already has in the programme. This is the one place where the registry's vocabulary
 * meets the engine's:
 *
 * - membership: registry `active` -> `active`, `applicant` -> `pending`, `suspended` and `left` ->
 *   `lapsed`, `none` -> `none`;
 * - SME class: the organisation's latest SME self-declaration if it made one, else the registry's
 *   assessment (from stored figures), else unknown (which fails an SME-only rule);
 * - region: the NUTS code of the headquarters site (else the first site);
 * - prior amounts: commitments recorded in the programme (awards, support received outside Veta),
 *   except those of this same application.
 */
import { checkEligibility, type Application, type EligibilityResult, type MembershipStatus, type Organisation } from '../../../../engines/eligibility/index.js';
import type { CallRulesDoc, SnapshotPartner } from '../../../../shared/contracts/funding.js';
import type { MembershipStatus as RegistryStatus, SizeClass } from '../../../../shared/organisations.js';
import type { Ctx } from '../../../platform/context.js';
import { findOrganisations, sitesOf, type OrganisationRow, type SiteRow } from '../../organisations/index.js';
import type { ApplicationRow, PartnerRow } from '../repository/applications.js';
import * as calls from '../repository/calls.js';
import { latestDeclarations, type DeclarationRow } from '../repository/declarations.js';

const MEMBERSHIP: Record<RegistryStatus, MembershipStatus> = { active: 'active', applicant: 'pending', suspended: 'lapsed', left: 'lapsed', none: 'none' };

/** The registry's membership status in the eligibility engine's terms. */
export function engineMembership(status: RegistryStatus): MembershipStatus {
  return MEMBERSHIP[status];
}

export interface OrganisationFacts {
  organisation: OrganisationRow;
  site: SiteRow | undefined;
  declaration: DeclarationRow | undefined;
  smeClass: SizeClass | null;
  smeSource: SnapshotPartner['smeSource'];
}

/** What eligibility needs to know about each organisation, in one query per table. */
export async function organisationFacts(ctx: Ctx, ids: readonly string[]): Promise<Map<string, OrganisationFacts>> {
  const unique = [...new Set(ids)];
  // One after the other: inside a transaction the queries share one connection.
  const orgs = await findOrganisations(ctx.db, unique);
  const sites = await sitesOf(ctx.db, unique);
  const declarations = await latestDeclarations(ctx.db, unique);
  const firstSite = new Map<string, SiteRow>();
  for (const s of sites) if (!firstSite.has(s.organisationId)) firstSite.set(s.organisationId, s);
  return new Map(
    orgs.map((o) => {
      const d = declarations.get(o.id);
      const smeClass = d ? d.effectiveClass : o.smeClass;
      const smeSource = d ? 'declaration' : o.smeClass ? 'registry' : 'unknown';
      return [o.id, { organisation: o, site: firstSite.get(o.id), declaration: d, smeClass, smeSource }];
    }),
  );
}

export function engineOrganisation(f: OrganisationFacts): Organisation {
  const o = f.organisation;
  return {
    id: o.id,
    country: o.country,
    ...(f.site?.nutsCode ? { nuts: f.site.nutsCode } : {}),
    smeClass: f.smeClass,
    membership: engineMembership(o.membershipStatus),
    naceCodes: o.naceCodes,
    stages: o.stages,
  };
}

/** Confirmed partners with an organisation (the lead is one), in the order they joined. */
export function confirmedPartners(partners: readonly PartnerRow[]): (PartnerRow & { organisationId: string })[] {
  return partners.filter((p): p is PartnerRow & { organisationId: string } => p.status === 'confirmed' && p.organisationId !== null);
}

export interface EligibilityRun {
  result: EligibilityResult;
  facts: Map<string, OrganisationFacts>;
}

/** Evaluates every rule of the call on the application as it is now. */
export async function evaluateApplication(ctx: Ctx, app: ApplicationRow, partners: readonly PartnerRow[], rules: CallRulesDoc, programmeId: string): Promise<EligibilityRun> {
  const confirmed = confirmedPartners(partners);
  const ids = confirmed.map((p) => p.organisationId);
  const facts = await organisationFacts(ctx, ids);
  const prior = (await calls.commitmentsOf(ctx.db, programmeId, ids)).map((c) => ({
    organisationId: c.organisationId,
    amountCents: c.amountCents,
    status: 'awarded' as const,
    ...(c.applicationId ? { applicationId: c.applicationId } : {}),
  }));
  const input: Application = {
    id: app.id,
    instrumentId: app.instrumentId ?? '',
    ...(app.trl !== null ? { trl: app.trl } : {}),
    partners: confirmed.flatMap((p) => {
      const f = facts.get(p.organisationId);
      return f ? [{ organisation: engineOrganisation(f), roles: p.roles, requestedCents: p.requestedCents }] : [];
    }),
  };
  return { result: checkEligibility({ rules: rules as Parameters<typeof checkEligibility>[0]['rules'], application: input, prior }), facts };
}
