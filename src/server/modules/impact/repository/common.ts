/** SQL pieces shared by the impact queries: visibility filters and display names. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/types.js';
import { organisation, site } from '../../organisations/index.js';
import type { OrgResource, Visibility } from '../policy.js';

/** The name people know an organisation by. */
export const organisationName = sql<string>`coalesce(${organisation.tradeName}, ${organisation.legalName})`;

/** Restricts rows whose organisation column is `orgColumn` to what `v` allows (undefined: all). */
export function visibleTo(v: Visibility, orgColumn: AnyPgColumn): SQL | undefined {
  switch (v.kind) {
    case 'all':
      return undefined;
    case 'none':
      return sql`false`;
    case 'organisations':
      return inArray(orgColumn, [...v.organisationIds]);
    case 'offices':
      return sql`exists (select 1 from ${organisation} o where o.id = ${orgColumn} and o.office_id in ${[...v.officeIds]})`;
  }
}

/** Joins conditions, skipping undefined ones. */
export function allOf(conds: (SQL | undefined)[]): SQL | undefined {
  const present = conds.filter((c): c is SQL => c !== undefined);
  return present.length ? and(...present) : undefined;
}

export interface SiteRow extends OrgResource {
  id: string;
  name: string;
  organisationName: string;
  nutsCode: string | null;
  country: string;
}

export async function findSite(db: Db, siteId: string): Promise<SiteRow | undefined> {
  const [row] = await db
    .select({ id: site.id, name: site.name, organisationId: site.organisationId, organisationName, officeId: organisation.officeId, nutsCode: site.nutsCode, country: site.country })
    .from(site)
    .innerJoin(organisation, eq(organisation.id, site.organisationId))
    .where(eq(site.id, siteId));
  return row;
}

export async function findOrganisation(db: Db, organisationId: string): Promise<(OrgResource & { name: string }) | undefined> {
  const [row] = await db.select({ organisationId: organisation.id, officeId: organisation.officeId, name: organisationName }).from(organisation).where(eq(organisation.id, organisationId));
  return row;
}

export interface OrganisationWithSites {
  id: string;
  name: string;
  officeId: string | null;
  sites: { id: string; name: string; city: string | null; provinceCode: string | null; nutsCode: string | null; country: string }[];
}

/** Organisations the visibility allows, with their sites, by name. */
export async function listOrganisationsWithSites(db: Db, v: Visibility): Promise<OrganisationWithSites[]> {
  const orgs = await db.select({ id: organisation.id, name: organisationName, officeId: organisation.officeId }).from(organisation).where(visibleTo(v, organisation.id)).orderBy(organisationName);
  if (orgs.length === 0) return [];
  const sites = await db
    .select({ id: site.id, organisationId: site.organisationId, name: site.name, city: site.city, provinceCode: site.provinceCode, nutsCode: site.nutsCode, country: site.country })
    .from(site)
    .where(inArray(site.organisationId, orgs.map((o) => o.id)))
    .orderBy(site.name);
  return orgs.map((o) => ({ ...o, sites: sites.filter((s) => s.organisationId === o.id).map(({ organisationId: _o, ...s }) => s) }));
}
