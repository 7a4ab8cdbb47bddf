/** The signed-in person, from GET /api/auth/session; the CSRF token goes to the API client. */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap, type Schemas } from '../../api/client';
import { changeLanguage, currentLocale } from '../../i18n';

export type Session = Schemas['Session'];
export type User = Schemas['User'];

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => {
    const s = await unwrap(api.GET('/api/auth/session'));
    setCsrfToken(s.csrfToken);
    if (s.user && s.user.locale !== currentLocale()) await changeLanguage(s.user.locale);
    return s;
  },
  staleTime: 60_000,
});

export function useSession(): Session | undefined {
  return useQuery(sessionQuery).data;
}

/** The signed-in user; only inside the signed-in layout, where it always exists. */
export function useUser(): User {
  const s = useSession();
  if (!s?.user) throw new Error('useUser outside the signed-in area');
  return s.user;
}

export function useSetSession() {
  const qc = useQueryClient();
  return async (s: Session) => {
    setCsrfToken(s.csrfToken);
    qc.setQueryData(sessionQuery.queryKey, s);
    if (s.user && s.user.locale !== currentLocale()) await changeLanguage(s.user.locale);
  };
}
