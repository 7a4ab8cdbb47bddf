/** Query options and refresh helpers of payments. */
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type ProjectDto = Schemas['PaymentsProject'];
export type ProjectSummary = Schemas['PaymentsProjectSummary'];
export type PaymentDto = Schemas['PaymentsPayment'];
export type DashboardDto = Schemas['PaymentsDashboard'];
export type AccountDto = Schemas['PaymentsAccount'];

export const projectsQuery = (programmeId?: string | null) =>
  queryOptions({ queryKey: ['payments', 'projects', programmeId ?? 'all'], queryFn: () => unwrap(api.GET('/api/payments/projects', { params: { query: programmeId ? { programmeId } : {} } })) });
export const projectQuery = (id: string) => queryOptions({ queryKey: ['payments', 'project', id], queryFn: () => unwrap(api.GET('/api/payments/projects/{id}', { params: { path: { id } } })) });
export const dashboardQuery = (id: string) => queryOptions({ queryKey: ['payments', 'dashboard', id], queryFn: () => unwrap(api.GET('/api/payments/programmes/{id}/dashboard', { params: { path: { id } } })) });
export const ledgerQuery = (id: string, state?: PaymentDto['state'] | null) =>
  queryOptions({ queryKey: ['payments', 'ledger', id, state ?? 'all'], queryFn: () => unwrap(api.GET('/api/payments/programmes/{id}/ledger', { params: { path: { id }, query: state ? { state } : {} } })) });
export const payerAccountQuery = (id: string) => queryOptions({ queryKey: ['payments', 'payer', id], queryFn: () => unwrap(api.GET('/api/payments/programmes/{id}/account', { params: { path: { id } } })) });
export const accountsQuery = (unverified: boolean) => queryOptions({ queryKey: ['payments', 'accounts', unverified], queryFn: () => unwrap(api.GET('/api/payments/accounts', { params: { query: unverified ? { unverified: 'true' } : {} } })) });
export const myAccountsQuery = queryOptions({ queryKey: ['payments', 'my', 'accounts'], queryFn: () => unwrap(api.GET('/api/payments/my/accounts')) });

/** Refetches everything payments shows after a change. */
export function usePaymentsRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['payments'] });
}

export const STATE_COLOR: Record<PaymentDto['state'], string> = { scheduled: 'gray', approved: 'blue', paid: 'teal', cancelled: 'red', returned: 'orange' };
export const REPORT_COLOR = { submitted: 'yellow', accepted: 'teal', changes_requested: 'orange' } as const;
