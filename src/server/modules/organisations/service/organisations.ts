/** Registering organisations and changing their profiles; keeps the derived search fields in step. */
import type { z } from 'zod';
import type { organisationCreateSchema, organisationPatchSchema } from '../../../../shared/contracts/organisations.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, type FieldIssue } from '../../../platform/http/errors.js';
import { listOffices } from '../../identity/index.js';
import { checkTaxId, type CheckedTaxId } from '../derive.js';
import { canCreate } from '../policy.js';
import * as repo from '../repository/organisations.js';
import { loadFor } from './access.js';
import { refreshDerived } from './derived.js';
import { placeSites } from './sites.js';
import { reassessSme } from './sme.js';

export type OrganisationCreateInput = z.output<typeof organisationCreateSchema>;
export type OrganisationPatchInput = z.output<typeof organisationPatchSchema>;

async function checkIdentity(ctx: Ctx, taxId: string | null | undefined, country: string, selfId?: string): Promise<{ value: CheckedTaxId | null; issues: FieldIssue[] }> {
  if (!taxId) return { value: null, issues: [] };
  const checked = checkTaxId(taxId, country);
  if (!checked.ok) return { value: null, issues: [checked.issue] };
  const other = await repo.findByTaxId(ctx.db, checked.value.taxId);
  if (other && other.id !== selfId) {
    throw new AppError('orgs.tax_id_taken', { taxId: checked.value.taxId, name: other.legalName }, {
      issues: [{ path: 'taxId', code: 'errors:orgs.tax_id_taken', params: { taxId: checked.value.taxId, name: other.legalName } }],
    });
  }
  return { value: checked.value, issues: [] };
}

async function materialIssues(ctx: Ctx, ids: readonly string[]): Promise<FieldIssue[]> {
  const known = await repo.knownMaterialIds(ctx.db, ids);
  return ids.flatMap((id, i) => (known.has(id) ? [] : [{ path: `materialIds.${i}`, code: 'errors:orgs.unknown_material', params: { value: id } }]));
}

async function officeIssues(ctx: Ctx, officeId: string | null | undefined): Promise<FieldIssue[]> {
  if (!officeId) return [];
  const offices = await listOffices(ctx);
  return offices.some((o) => o.id === officeId) ? [] : [{ path: 'officeId', code: 'errors:orgs.unknown_office', params: {} }];
}

/** The default office of a staff member who registers an organisation without naming one. */
function defaultOffice(ctx: Ctx, officeId: string | null | undefined): string | null {
  if (officeId) return officeId;
  return ctx.actor.kind === 'user' && ctx.actor.role === 'staff' ? (ctx.actor.officeIds[0] ?? null) : null;
}

export async function createOrganisation(ctx: Ctx, input: OrganisationCreateInput): Promise<repo.OrganisationRow> {
  const officeId = defaultOffice(ctx, input.officeId);
  if (!canCreate(ctx.actor, officeId)) throw new AppError('orgs.office_not_yours', {}, { issues: [{ path: 'officeId', code: 'errors:orgs.office_not_yours' }] });
  return inTransaction(ctx, (tx) => insertChecked(tx, input, officeId));
}

/** The office whose region (NUTS2) holds the headquarters, if any. */
async function officeForSites(ctx: Ctx, sites: readonly { nutsCode?: string | null; isHeadquarters?: boolean }[]): Promise<string | null> {
  const hq = sites.find((s) => s.isHeadquarters) ?? sites[0];
  const region = hq?.nutsCode?.slice(0, 4);
  if (!region) return null;
  return (await listOffices(ctx)).find((o) => o.nutsCode?.slice(0, 4) === region)?.id ?? null;
}

/**
 * A person applying to a call (role applicant or member) registers their own organisation: the
 * same checks as staff registration; the office is the one of the headquarters' region; the person
 * then acts for it as its representative. No membership, no public profile.
 */
export async function registerOwnOrganisation(ctx: Ctx, input: OrganisationCreateInput): Promise<repo.OrganisationRow> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || (actor.role !== 'applicant' && actor.role !== 'member')) throw new AppError('auth.forbidden', {});
  if (!input.taxId) throw invalid([{ path: 'taxId', code: 'validation:required' }]);
  return inTransaction(ctx, async (tx) => {
    const officeId = await officeForSites(tx, placeSites(input.sites).sites);
    const org = await insertChecked(tx, { ...input, publicProfile: false, publicBodyControl: false }, officeId);
    await repo.upsertOrganisationUser(tx.db, { organisationId: org.id, userId: actor.id, role: 'representative' });
    await audit(tx, { action: 'orgs.user_linked', entityType: 'organisation', entityId: org.id, summary: { userId: actor.id, role: 'representative', selfRegistered: true } });
    return org;
  });
}

async function insertChecked(tx: Ctx, input: OrganisationCreateInput, officeId: string | null): Promise<repo.OrganisationRow> {
  const identity = await checkIdentity(tx, input.taxId, input.country);
  const placed = placeSites(input.sites);
  const issues = [...identity.issues, ...placed.issues, ...(await materialIssues(tx, input.materialIds)), ...(await officeIssues(tx, officeId))];
  if (issues.length) throw invalid(issues);
  const materialIds = [...new Set(input.materialIds)];
  const org = await repo.insertOrganisation(tx.db, {
    legalName: input.legalName,
    tradeName: input.tradeName,
    kind: input.kind,
    country: input.country,
    taxId: identity.value?.taxId ?? null,
    taxIdKind: identity.value?.taxIdKind ?? null,
    website: input.website,
    descriptionEs: input.descriptionEs,
    descriptionEn: input.descriptionEn,
    officeId,
    naceCodes: [...new Set(input.naceCodes)],
    stages: [...new Set(input.stages)],
    publicProfile: input.publicProfile,
    publicBodyControl: input.publicBodyControl,
  });
  await repo.insertSites(tx.db, placed.sites.map((s) => ({ ...s, organisationId: org.id })));
  await repo.setMaterials(tx.db, org.id, materialIds);
  await refreshDerived(tx, org.id);
  await audit(tx, { action: 'orgs.created', entityType: 'organisation', entityId: org.id, summary: { legalName: org.legalName, taxId: org.taxId, officeId } });
  return (await repo.findOrganisation(tx.db, org.id)) ?? org;
}

const ADMIN_FIELDS = ['officeId', 'publicBodyControl'] as const;

function changedFields(before: repo.OrganisationRow, patch: Record<string, unknown>, materialIds: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = key === 'materialIds' ? materialIds : (before as Record<string, unknown>)[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) out[key] = { from, to };
  }
  return out;
}

export async function updateOrganisation(ctx: Ctx, id: string, patch: OrganisationPatchInput): Promise<repo.OrganisationRow> {
  const needsAdmin = ADMIN_FIELDS.some((f) => patch[f] !== undefined);
  const org = await loadFor(ctx, id, needsAdmin ? 'edit_admin' : 'edit_profile');
  if (patch.officeId && !canCreate(ctx.actor, patch.officeId)) throw new AppError('orgs.office_not_yours', {}, { issues: [{ path: 'officeId', code: 'errors:orgs.office_not_yours' }] });
  return inTransaction(ctx, async (tx) => {
    const country = patch.country ?? org.country;
    const taxId = patch.taxId !== undefined ? patch.taxId : org.taxId;
    const identity = patch.taxId !== undefined || patch.country !== undefined ? await checkIdentity(tx, taxId, country, id) : { value: undefined, issues: [] };
    const issues = [...identity.issues, ...(patch.materialIds ? await materialIssues(tx, patch.materialIds) : []), ...(await officeIssues(tx, patch.officeId))];
    if (issues.length) throw invalid(issues);
    const before = await repo.listMaterialIds(tx.db, id);
    const { materialIds, taxId: _taxId, ...fields } = patch;
    const values = {
      ...fields,
      ...(identity.value !== undefined ? { taxId: identity.value?.taxId ?? null, taxIdKind: identity.value?.taxIdKind ?? null } : {}),
      ...(fields.stages ? { stages: [...new Set(fields.stages)] } : {}),
      ...(fields.naceCodes ? { naceCodes: [...new Set(fields.naceCodes)] } : {}),
    };
    await repo.updateOrganisation(tx.db, id, { ...values, updatedAt: tx.clock.now() });
    if (materialIds) await repo.setMaterials(tx.db, id, [...new Set(materialIds)]);
    await refreshDerived(tx, id);
    if (patch.kind !== undefined || patch.publicBodyControl !== undefined) await reassessSme(tx, id);
    await audit(tx, { action: 'orgs.updated', entityType: 'organisation', entityId: id, summary: changedFields(org, { ...values, ...(materialIds ? { materialIds } : {}) }, before) });
    const updated = await repo.findOrganisation(tx.db, id);
    if (!updated) throw new AppError('not_found', { entity: 'organisation', id });
    return updated;
  });
}
