/** Query options and refresh helpers of evaluation (pool, conflicts, affinity, assignment, own evaluations). */
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Expert = Schemas['EvalExpert'];
export type Conflict = Schemas['EvalConflict'];
export type AffinityMatrix = Schemas['EvalAffinityMatrix'];
export type AffinityCell = Schemas['EvalAffinityCell'];
export type Run = Schemas['EvalAssignmentRun'];
export type Proposal = Schemas['EvalProposal'];
export type Assignment = Schemas['EvalAssignment'];
export type PairRule = Schemas['EvalPairRule'];
export type Infeasibility = Schemas['EvalInfeasibility'];

const call = (callId: string) => ({ params: { path: { callId } } });

export const expertsQuery = (q: string) => queryOptions({ queryKey: ['evaluation', 'experts', q], queryFn: () => unwrap(api.GET('/api/evaluation/experts', { params: { query: q ? { q } : {} } })) });
export const conflictsQuery = (callId: string) => queryOptions({ queryKey: ['evaluation', callId, 'conflicts'], queryFn: () => unwrap(api.GET('/api/evaluation/calls/{callId}/conflicts', call(callId))) });
export const affinityQuery = (callId: string) => queryOptions({ queryKey: ['evaluation', callId, 'affinity'], queryFn: () => unwrap(api.GET('/api/evaluation/calls/{callId}/affinity', call(callId))) });
export const assignmentsQuery = (callId: string) => queryOptions({ queryKey: ['evaluation', callId, 'assignments'], queryFn: () => unwrap(api.GET('/api/evaluation/calls/{callId}/assignments', call(callId))) });
export const pairRulesQuery = (callId: string) => queryOptions({ queryKey: ['evaluation', callId, 'pair-rules'], queryFn: () => unwrap(api.GET('/api/evaluation/calls/{callId}/pair-rules', call(callId))) });
/** The latest run; polled while it is queued or running. */
export const latestRunQuery = (callId: string) =>
  queryOptions({
    queryKey: ['evaluation', callId, 'run'],
    queryFn: () => unwrap(api.GET('/api/evaluation/calls/{callId}/runs/latest', call(callId))),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'queued' || q.state.data.status === 'running') ? 1500 : false),
  });
export const myProfileQuery = queryOptions({ queryKey: ['evaluation', 'me'], queryFn: () => unwrap(api.GET('/api/evaluation/me')) });
export const myEvaluationsQuery = queryOptions({ queryKey: ['evaluation', 'my'], queryFn: () => unwrap(api.GET('/api/evaluation/my')), retry: false });
export const contentQuery = (applicationId: string) =>
  queryOptions({ queryKey: ['evaluation', 'content', applicationId], queryFn: () => unwrap(api.GET('/api/evaluation/applications/{applicationId}', { params: { path: { applicationId } } })), retry: false });

/** Refetches everything evaluation shows after a change. */
export function useEvaluationRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['evaluation'] });
}
