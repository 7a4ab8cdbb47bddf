import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { coreAppRoutes, placeholderRoute, publicRoutes } from './routes/core';
import { impactRoutes } from './routes/impact';
import { appLayout, publicLayout, rootRoute } from './routes/layouts';

const moduleRoutes = [...['members', 'funding', 'projects', 'events', 'materials', 'reports'].map(placeholderRoute), ...impactRoutes];

const routeTree = rootRoute.addChildren([publicLayout.addChildren(publicRoutes), appLayout.addChildren([...coreAppRoutes, ...moduleRoutes])]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
