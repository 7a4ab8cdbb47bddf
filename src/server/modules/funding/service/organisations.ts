/**
 * Applicants' organisations: checking a tax id against the registry, registering one's own
 * organisation (through the registry's own service: same checks, regional office), claiming one
 * that is already registered, and the SME self-declaration (the registry's SME engine on the
 * figures and holdings the person declares, stored with its inputs; the latest one counts for
 * eligibility).
 */
import type { z } from 'zod';
import type { claimInputSchema, ownOrganisationSchema, SmeDeclarationInput } from '../../../../shared/contracts/funding-applications.js';
import { organisationCreateSchema } from '../../../../shared/contracts/organisations.js';
import { determineSmeStatus, type Enterprise, type SmeResult } from '../../../../engines/sme/index.js';
import { EngineInputError } from '../../../../engines/ranking/issues.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.js';
import { checkTaxId, findOrganisationByTaxId, findOrganisations, presentOrganisation, registerOwnOrganisation, sitesOf } from '../../organisations/index.js';
import { isApplicantSide } from '../policy.js';
import * as repo from '../repository/declarations.js';
import { iso } from '../presenters.js';
import { myOrganisationIds } from './access.js';
import { decide, presentClaim } from './claims.js';

function applicant(ctx: Ctx) {
  const a = ctx.actor;
  if (a.kind !== 'user' || !isApplicantSide(a)) throw forbidden('apply');
  return a;
}

export async function checkOrganisationTaxId(ctx: Ctx, input: { taxId: string; country: string }) {
  const a = applicant(ctx);
  const checked = checkTaxId(input.taxId, input.country);
  if (!checked.ok) {
    const issue = checked.issue;
    return { valid: false, normalised: null, issue: { code: issue.code, message: ctx.t(`validation:${issue.code}`, issue.params) }, existing: null };
  }
  const found = await findOrganisationByTaxId(ctx.db, checked.value.taxId);
  const existing = found
    ? { id: found.id, legalName: found.legalName, actsFor: (await myOrganisationIds(ctx)).has(found.id), claimPending: Boolean(await repo.pendingClaim(ctx.db, found.id, a.id)) }
    : null;
  return { valid: true, normalised: checked.value.taxId, issue: null, existing };
}

export async function registerOrganisation(ctx: Ctx, input: z.output<typeof ownOrganisationSchema>) {
  applicant(ctx);
  const { site, ...profile } = input;
  const org = await registerOwnOrganisation(ctx, organisationCreateSchema.parse({ ...profile, sites: [{ ...site, isHeadquarters: true }] }));
  return presentOrganisation(org);
}

/** The web domain of a site address (`https://www.pizarras.es/x` -> `pizarras.es`). */
export function webDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Asks to act for a registered organisation; approved at once when one's address is on its web domain. */
export async function claimOrganisation(ctx: Ctx, input: z.output<typeof claimInputSchema>) {
  const a = applicant(ctx);
  const checked = checkTaxId(input.taxId, input.country);
  if (!checked.ok) throw new AppError('validation.failed', { count: 1 }, { issues: [checked.issue] });
  const org = await findOrganisationByTaxId(ctx.db, checked.value.taxId);
  if (!org) throw new AppError('not_found', { entity: 'organisation', id: checked.value.taxId }, { issues: [{ path: 'taxId', code: 'funding:claims.unknown_tax_id' }] });
  if ((await myOrganisationIds(ctx)).has(org.id)) throw new AppError('funding.already_acts_for', { name: org.legalName });
  if (await repo.pendingClaim(ctx.db, org.id, a.id)) throw new AppError('funding.claim_exists', { name: org.legalName });
  const domain = webDomain(org.website);
  const automatic = domain !== null && a.email.toLowerCase().endsWith(`@${domain}`);
  const id = await inTransaction(ctx, async (tx) => {
    const claim = await repo.insertClaim(tx.db, { organisationId: org.id, userId: a.id, message: input.message ?? null });
    await audit(tx, { action: 'funding.claim_made', entityType: 'organisation', entityId: org.id, summary: { claimId: claim.id, userId: a.id } });
    if (automatic) await decide(tx, claim.id, { approve: true, reason: `@${domain}` }, null);
    return claim.id;
  });
  const row = await repo.findClaim(ctx.db, id);
  if (!row) throw notFound('claim', id);
  return presentClaim(row);
}

// --- SME self-declaration ------------------------------------------------------------------

function engineInput(input: SmeDeclarationInput): { enterprises: Enterprise[]; names: Record<string, string> } {
  const names: Record<string, string> = { self: '' };
  const others: Enterprise[] = input.enterprises.map((e, i) => {
    names[`e${i + 1}`] = e.name;
    return { id: `e${i + 1}`, name: e.name, years: e.years, relations: [] };
  });
  const self: Enterprise = {
    id: 'self',
    years: input.years,
    relations: input.enterprises.map((e, i) => ({
      enterpriseId: `e${i + 1}`,
      direction: e.direction === 'holds_us' ? ('held_by' as const) : ('holds' as const),
      capitalPct: e.capitalPct,
      votingPct: e.votingPct,
      control: e.relation === 'linked',
    })),
  };
  return { enterprises: [self, ...others], names };
}

function runEngine(enterprises: Enterprise[], publicBodyControl: boolean): SmeResult {
  try {
    return determineSmeStatus({ enterpriseId: 'self', enterprises, publicBodyControl });
  } catch (err) {
    if (err instanceof EngineInputError) {
      throw new AppError('funding.sme_declaration_invalid', {}, { issues: err.issues.map((i) => ({ path: i.path, code: `funding:sme.${i.code.replace(/\./g, '_')}`, params: { ...i.params } })) });
    }
    throw err;
  }
}

export async function declareSme(ctx: Ctx, organisationId: string, input: SmeDeclarationInput) {
  const a = applicant(ctx);
  if (!(await myOrganisationIds(ctx)).has(organisationId)) throw notFound('organisation', organisationId);
  const { enterprises, names } = engineInput(input);
  const result = runEngine(enterprises, input.publicBodyControl);
  const { onHonour: _onHonour, ...declared } = input;
  const row = await inTransaction(ctx, async (tx) => {
    const d = await repo.insertDeclaration(tx.db, {
      organisationId,
      declaredBy: a.id,
      declaredAt: tx.clock.now(),
      latestYear: result.latest?.year ?? null,
      effectiveClass: result.latest?.effectiveClass ?? null,
      inputs: { ...declared, names },
      result: JSON.parse(JSON.stringify(result)) as object,
    });
    await audit(tx, { action: 'funding.sme_declared', entityType: 'organisation', entityId: organisationId, summary: { declarationId: d.id, effectiveClass: d.effectiveClass, latestYear: d.latestYear } });
    return d;
  });
  return presentDeclaration(row, a.name);
}

export function presentDeclaration(d: repo.DeclarationRow, declaredBy: string | null) {
  const result = d.result as SmeResult;
  const inputs = d.inputs as Omit<SmeDeclarationInput, 'onHonour'>;
  const explanations = [...result.explanations, ...(result.latest?.explanations ?? [])].map((e) => ({ code: e.code, params: { ...e.params } }));
  return {
    id: d.id,
    declaredAt: iso(d.declaredAt),
    declaredBy,
    latestYear: d.latestYear,
    effectiveClass: d.effectiveClass,
    explanations,
    input: { years: inputs.years, enterprises: inputs.enterprises, publicBodyControl: inputs.publicBodyControl },
  };
}

/** The organisations the person acts for, with headquarters and latest SME declaration, and their claims. */
export async function myOrganisations(ctx: Ctx) {
  const a = applicant(ctx);
  const ids = [...(await myOrganisationIds(ctx))];
  const [orgs, sites, declarations, claims] = await Promise.all([findOrganisations(ctx.db, ids), sitesOf(ctx.db, ids), repo.latestDeclarations(ctx.db, ids), repo.claimsOfUser(ctx.db, a.id)]);
  return {
    organisations: orgs
      .sort((x, y) => x.legalName.localeCompare(y.legalName))
      .map((o) => {
        const hq = sites.find((s) => s.organisationId === o.id);
        const d = declarations.get(o.id);
        return {
          organisation: presentOrganisation(o),
          headquarters: hq ? { city: hq.city, nutsCode: hq.nutsCode, country: hq.country } : null,
          declaration: d ? presentDeclaration(d, null) : null,
        };
      }),
    claims: claims.map(presentClaim),
  };
}

