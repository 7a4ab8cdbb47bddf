/** Sites of an organisation: address, province and NUTS code (derived for Spain, entered elsewhere). */
import type { z } from 'zod';
import type { siteInputSchema } from '../../../../shared/contracts/organisations.js';
import { audit } from '../../../platform/audit/audit.js';
import { inTransaction, type Ctx } from '../../../platform/context.js';
import { AppError, invalid, notFound, type FieldIssue } from '../../../platform/http/errors.js';
import { resolveSitePlace } from '../derive.js';
import * as repo from '../repository/organisations.js';
import { loadFor } from './access.js';
import { refreshDerived } from './derived.js';

export type SiteInputParsed = z.output<typeof siteInputSchema>;
type PlacedSite = Omit<repo.SiteInsert, 'organisationId'>;

function placeSite(input: SiteInputParsed, path: string): { site: PlacedSite; issues: FieldIssue[] } {
  const { place, issues } = resolveSitePlace(input, path);
  return {
    site: {
      name: input.name,
      address: input.address,
      postcode: input.postcode,
      city: input.city,
      country: input.country,
      provinceCode: place.provinceCode,
      nutsCode: place.nutsCode,
      isHeadquarters: input.isHeadquarters,
    },
    issues,
  };
}

/** Checks and places several sites; the first headquarters wins (or the first site when none is). */
export function placeSites(inputs: readonly SiteInputParsed[], path = 'sites'): { sites: PlacedSite[]; issues: FieldIssue[] } {
  const placed = inputs.map((s, i) => placeSite(s, `${path}.${i}`));
  const hq = Math.max(0, inputs.findIndex((s) => s.isHeadquarters));
  return { sites: placed.map((p, i) => ({ ...p.site, isHeadquarters: i === hq })), issues: placed.flatMap((p) => p.issues) };
}

export async function addSite(ctx: Ctx, organisationId: string, input: SiteInputParsed): Promise<repo.SiteRow> {
  await loadFor(ctx, organisationId, 'edit_profile');
  const { site, issues } = placeSite(input, '');
  if (issues.length) throw invalid(issues);
  return inTransaction(ctx, async (tx) => {
    const first = (await repo.listSites(tx.db, organisationId)).length === 0;
    if (site.isHeadquarters) await repo.clearHeadquarters(tx.db, organisationId);
    const [row] = await repo.insertSites(tx.db, [{ ...site, isHeadquarters: site.isHeadquarters || first, organisationId }]);
    if (!row) throw new Error('site insert returned nothing');
    await refreshDerived(tx, organisationId);
    await audit(tx, { action: 'orgs.site_added', entityType: 'organisation', entityId: organisationId, summary: { siteId: row.id, name: row.name, nutsCode: row.nutsCode } });
    return row;
  });
}

async function loadSite(ctx: Ctx, siteId: string): Promise<repo.SiteRow> {
  const found = await repo.findSite(ctx.db, siteId);
  if (!found) throw notFound('site', siteId);
  await loadFor(ctx, found.organisationId, 'edit_profile');
  return found;
}

export async function updateSite(ctx: Ctx, siteId: string, input: SiteInputParsed): Promise<repo.SiteRow> {
  const current = await loadSite(ctx, siteId);
  const { site, issues } = placeSite(input, '');
  if (issues.length) throw invalid(issues);
  return inTransaction(ctx, async (tx) => {
    if (site.isHeadquarters) await repo.clearHeadquarters(tx.db, current.organisationId);
    await repo.updateSite(tx.db, siteId, { ...site, isHeadquarters: site.isHeadquarters || current.isHeadquarters });
    await refreshDerived(tx, current.organisationId);
    await audit(tx, { action: 'orgs.site_updated', entityType: 'organisation', entityId: current.organisationId, summary: { siteId, name: site.name, nutsCode: site.nutsCode } });
    const updated = await repo.findSite(tx.db, siteId);
    if (!updated) throw notFound('site', siteId);
    return updated;
  });
}

/** Removes a site; refused while other records (projects, measures) still point at it. */
export async function deleteSite(ctx: Ctx, siteId: string): Promise<void> {
  const current = await loadSite(ctx, siteId);
  await inTransaction(ctx, async (tx) => {
    try {
      await inTransaction(tx, (inner) => repo.deleteSite(inner.db, siteId));
    } catch (err) {
      if ((err as { code?: string; cause?: { code?: string } }).code === '23503' || (err as { cause?: { code?: string } }).cause?.code === '23503') {
        throw new AppError('orgs.site_in_use', { name: current.name });
      }
      throw err;
    }
    await refreshDerived(tx, current.organisationId);
    await audit(tx, { action: 'orgs.site_deleted', entityType: 'organisation', entityId: current.organisationId, summary: { siteId, name: current.name } });
  });
}
