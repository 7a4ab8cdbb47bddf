import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const detailQuery = (id: string) => queryOptions({ queryKey: ['organisation', id], queryFn: () => unwrap(api.GET('/api/organisations/{id}', { params: { path: { id } } })) });
export const smeQuery = (id: string) => queryOptions({ queryKey: ['organisation', id, 'sme'], queryFn: () => unwrap(api.GET('/api/organisations/{id}/sme', { params: { path: { id } } })) });

/** Refetches everything about one organisation (and the directory) after a change. */
export function useRefresh(id: string) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: ['organisation', id] });
    await qc.invalidateQueries({ queryKey: ['directory'] });
  };
}
