/** Query options of awards. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type AwardsSelection = Schemas['AwardsSelection'];
export type AwardsRow = Schemas['AwardsRow'];
export type AwardsReason = Schemas['AwardsReason'];
export type AwardsOutcome = Schemas['AwardsOutcome'];

export const selectionQuery = (callId: string) =>
  queryOptions({ queryKey: ['awards', 'selection', callId], queryFn: () => unwrap(api.GET('/api/awards/calls/{id}/selection', { params: { path: { id: callId } } })), retry: false });
export const outcomeQuery = (applicationId: string) =>
  queryOptions({ queryKey: ['awards', 'outcome', applicationId], queryFn: () => unwrap(api.GET('/api/awards/applications/{id}/outcome', { params: { path: { id: applicationId } } })) });
export const publicResultsQuery = (code: string) =>
  queryOptions({ queryKey: ['public', 'results', code], queryFn: () => unwrap(api.GET('/api/public/calls/{code}/results', { params: { path: { code } } })), retry: false });
