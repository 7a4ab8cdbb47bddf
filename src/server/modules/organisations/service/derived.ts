/** Keeps an organisation's derived search fields in step with its profile, sites and materials. */
import type { Ctx } from '../../../platform/context.js';
import { searchFields } from '../derive.js';
import * as repo from '../repository/organisations.js';

/** Recomputes the search text and facet arrays from the organisation, its sites and materials. */
export async function refreshDerived(ctx: Ctx, organisationId: string): Promise<void> {
  const org = await repo.findOrganisation(ctx.db, organisationId);
  if (!org) return;
  const sites = await repo.listSites(ctx.db, organisationId);
  const materialIds = await repo.listMaterialIds(ctx.db, organisationId);
  await repo.updateOrganisation(ctx.db, organisationId, searchFields({ ...org, materialIds, sites }));
}
