/** Query options and small hooks of the impact pages. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useUser } from '../auth/session';

export type Measure = Schemas['Measure'];
export type Meter = Schemas['Meter'];
export type Analysis = Schemas['SavingsAnalysis'];
export type AnalysisSummary = Schemas['SavingsAnalysisSummary'];
export type ImpactOrganisation = Schemas['ImpactOrganisation'];
export type EmissionFactor = Schemas['EmissionFactor'];
export type Finding = Schemas['MvFinding'];

export const organisationsQuery = queryOptions({
  queryKey: ['impact', 'organisations'],
  queryFn: () => unwrap(api.GET('/api/impact/organisations')),
  staleTime: 60_000,
});

export function awardsQuery(organisationId: string) {
  return queryOptions({
    queryKey: ['impact', 'awards', organisationId],
    queryFn: () => unwrap(api.GET('/api/impact/organisations/{id}/awards', { params: { path: { id: organisationId } } })),
    enabled: !!organisationId,
    staleTime: 60_000,
  });
}

export function metersQuery(filter: { organisationId?: string; siteId?: string } = {}) {
  return queryOptions({
    queryKey: ['impact', 'meters', filter],
    queryFn: () => unwrap(api.GET('/api/impact/meters', { params: { query: filter } })),
  });
}

export function measureQuery(id: string) {
  return queryOptions({ queryKey: ['impact', 'measure', id], queryFn: () => unwrap(api.GET('/api/impact/measures/{id}', { params: { path: { id } } })) });
}

export function analysesQuery(measureId: string) {
  return queryOptions({ queryKey: ['impact', 'analyses', measureId], queryFn: () => unwrap(api.GET('/api/impact/measures/{id}/analyses', { params: { path: { id: measureId } } })) });
}

export function analysisQuery(id: string) {
  return queryOptions({ queryKey: ['impact', 'analysis', id], queryFn: () => unwrap(api.GET('/api/impact/analyses/{id}', { params: { path: { id } } })) });
}

export const factorsQuery = queryOptions({ queryKey: ['impact', 'factors'], queryFn: () => unwrap(api.GET('/api/impact/emission-factors')) });

export function dashboardQuery(q: { year?: number; organisationId?: string }) {
  return queryOptions({ queryKey: ['impact', 'dashboard', q], queryFn: () => unwrap(api.GET('/api/impact/dashboard', { params: { query: q } })) });
}

/** Organisation and site names by id, from the organisations the person may see. */
export function useSites() {
  const orgs = useQuery(organisationsQuery).data ?? [];
  const sites = new Map(orgs.flatMap((o) => o.sites.map((s) => [s.id, { ...s, organisationId: o.id, organisationName: o.name }] as const)));
  return { orgs, sites };
}

/** What the signed-in person may do in the impact pages (the server checks each action again). */
export function useImpactRights() {
  const user = useUser();
  const staff = user.role === 'admin' || user.role === 'staff';
  return { records: staff || user.role === 'member', verify: staff, factors: staff, telemetry: staff };
}
