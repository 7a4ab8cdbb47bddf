/** Query options and refresh helpers of funding. */
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type CallDto = Schemas['Call'];
export type PublicCall = Schemas['PublicCall'];
export type ApplicationDto = Schemas['Application'];
export type FormDoc = Schemas['ApplicationForm'];
export type Question = Schemas['FormQuestion'];
export type Answers = Schemas['Answers'];
export type RuleResult = Schemas['RuleResult'];

export const programmesQuery = queryOptions({ queryKey: ['funding', 'programmes'], queryFn: () => unwrap(api.GET('/api/funding/programmes')) });
export const programmeQuery = (id: string) => queryOptions({ queryKey: ['funding', 'programme', id], queryFn: () => unwrap(api.GET('/api/funding/programmes/{id}', { params: { path: { id } } })) });
export const commitmentsQuery = (id: string) => queryOptions({ queryKey: ['funding', 'programme', id, 'commitments'], queryFn: () => unwrap(api.GET('/api/funding/programmes/{id}/commitments', { params: { path: { id } } })) });
export const callsQuery = (programmeId?: string) =>
  queryOptions({ queryKey: ['funding', 'calls', programmeId ?? 'all'], queryFn: () => unwrap(api.GET('/api/funding/calls', { params: { query: programmeId ? { programmeId } : {} } })) });
export const callQuery = (id: string) => queryOptions({ queryKey: ['funding', 'call', id], queryFn: () => unwrap(api.GET('/api/funding/calls/{id}', { params: { path: { id } } })) });
export const checklistQuery = (id: string) => queryOptions({ queryKey: ['funding', 'call', id, 'checklist'], queryFn: () => unwrap(api.GET('/api/funding/calls/{id}/checklist', { params: { path: { id } } })) });
export const applicationQuery = (id: string) => queryOptions({ queryKey: ['funding', 'application', id], queryFn: () => unwrap(api.GET('/api/funding/applications/{id}', { params: { path: { id } } })) });
export const myApplicationsQuery = queryOptions({ queryKey: ['funding', 'my', 'applications'], queryFn: () => unwrap(api.GET('/api/funding/my/applications')) });
export const myOrganisationsQuery = queryOptions({ queryKey: ['funding', 'my', 'organisations'], queryFn: () => unwrap(api.GET('/api/funding/my/organisations')) });
export const publicCallsQuery = queryOptions({ queryKey: ['public', 'calls'], queryFn: () => unwrap(api.GET('/api/public/calls')) });
export const publicCallQuery = (code: string) => queryOptions({ queryKey: ['public', 'call', code], queryFn: () => unwrap(api.GET('/api/public/calls/{code}', { params: { path: { code } } })) });

/** Refetches everything funding shows after a change. */
export function useFundingRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['funding'] });
}
