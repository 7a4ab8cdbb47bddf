import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const officesQuery = queryOptions({
  queryKey: ['offices'],
  queryFn: () => unwrap(api.GET('/api/offices')),
  staleTime: 5 * 60_000,
});
