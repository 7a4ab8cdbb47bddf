/** The route skeleton: root, the public pages' layout, and the signed-in app layout. */
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import type { Role } from '../../shared/roles';
import { AppLayout } from '../components/AppLayout';
import { PublicLayout } from '../components/PublicLayout';
import { sessionQuery } from '../features/auth/session';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });

export const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

export const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session.user) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { user: session.user };
  },
  component: AppLayout,
});

/** A beforeLoad guard for pages of some roles only. */
export function requireRoles(roles: readonly Role[]) {
  return ({ context }: { context: { user?: { role: Role } } }) => {
    if (!context.user || !roles.includes(context.user.role)) throw redirect({ to: '/' });
  };
}
