import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { coreAppRoutes, placeholderRoute, publicRoutes } from './routes/core';
import { impactRoutes } from './routes/impact';
import { appLayout, publicLayout, rootRoute } from './routes/layouts';
import { materialsRoutes } from './routes/materials';
import { organisationAppRoutes, publicDirectoryTree } from './routes/organisations';
import { fundingAppRoutes, fundingPublicRoutes, publicCallsTree } from './routes/funding';
import { scoringRoutes } from './routes/scoring';
import { paymentsAppRoutes } from './routes/payments';
import { evaluationAppRoutes } from './routes/evaluation';
import { awardsAppRoutes, awardsPublicTree } from './routes/awards';

const placeholders = ['events'].map(placeholderRoute);

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([...publicRoutes, ...fundingPublicRoutes]),
  publicDirectoryTree,
  publicCallsTree,
  appLayout.addChildren([...coreAppRoutes, ...organisationAppRoutes, ...fundingAppRoutes, ...evaluationAppRoutes, ...scoringRoutes, ...paymentsAppRoutes, ...awardsAppRoutes, materialsRoutes, ...impactRoutes, ...placeholders]),
  awardsPublicTree,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
