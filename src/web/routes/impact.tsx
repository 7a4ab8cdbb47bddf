/** Routes of the impact module (children of the signed-in layout); pages load on first use. */
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { appLayout, requireRoles } from './layouts';

const cluster = requireRoles(['admin', 'staff', 'finance', 'member']);
/** Measures, meters and sites: roles without them (finance) land on the impact dashboard. */
const records = ({ context }: { context: { user?: { role: string } } }) => {
  if (!context.user || !['admin', 'staff', 'member'].includes(context.user.role)) throw redirect({ to: '/impact' });
};
const page = (name: string) => lazyRouteComponent(() => import('../features/impact/pages'), name as never);

export const impactRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/impact', beforeLoad: cluster, component: page('DashboardPage') }),
  createRoute({ getParentRoute: () => appLayout, path: '/impact/factors', beforeLoad: cluster, component: page('FactorsPage') }),
  createRoute({ getParentRoute: () => appLayout, path: '/impact/measures', beforeLoad: records, component: page('MeasuresPage') }),
  createRoute({ getParentRoute: () => appLayout, path: '/impact/measures/$measureId', beforeLoad: records, validateSearch: z.object({ analysis: z.string().optional() }), component: page('MeasurePage') }),
  createRoute({ getParentRoute: () => appLayout, path: '/impact/meters', beforeLoad: records, component: page('MetersPage') }),
  createRoute({ getParentRoute: () => appLayout, path: '/impact/meters/$meterId', beforeLoad: records, component: page('MeterPage') }),
  createRoute({ getParentRoute: () => appLayout, path: '/impact/sites/$siteId', beforeLoad: records, component: page('SitePage') }),
  createRoute({ getParentRoute: () => appLayout, path: '/impact/organisations/$organisationId', beforeLoad: records, component: page('OrganisationPage') }),
];
