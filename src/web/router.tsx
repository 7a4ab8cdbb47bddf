import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { coreAppRoutes, placeholderRoute, publicRoutes } from './routes/core';
import { appLayout, publicLayout, rootRoute } from './routes/layouts';
import { organisationAppRoutes, publicDirectoryTree } from './routes/organisations';
import { fundingAppRoutes, fundingPublicRoutes, publicCallsTree } from './routes/funding';

const moduleRoutes = ['projects', 'events', 'impact', 'materials', 'reports'].map(placeholderRoute);

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([...publicRoutes, ...fundingPublicRoutes]),
  publicDirectoryTree,
  publicCallsTree,
  appLayout.addChildren([...coreAppRoutes, ...organisationAppRoutes, ...fundingAppRoutes, ...moduleRoutes]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
