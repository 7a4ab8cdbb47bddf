/** Routes of payments: funded projects (back office and recipients) and the programme dashboard (back office). */
import { createRoute, lazyRouteComponent, useParams } from '@tanstack/react-router';
import { z } from 'zod';
import { appLayout, requireRoles } from './layouts';

const backOffice = requireRoles(['admin', 'staff', 'finance']);
const readers = requireRoles(['admin', 'staff', 'finance', 'applicant', 'member']);
const idParams = { parse: (p: Record<string, string>) => ({ id: z.uuid().parse(p.id) }), stringify: (p: { id: string }) => p };

const ProjectsPage = lazyRouteComponent(() => import('../features/payments/ProjectsPage'), 'ProjectsPage');
const ProjectPage = lazyRouteComponent(() => import('../features/payments/ProjectPage'), 'ProjectPage');
const DashboardPage = lazyRouteComponent(() => import('../features/payments/DashboardPage'), 'DashboardPage');

export const paymentsAppRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/projects', beforeLoad: readers, component: ProjectsPage }),
  createRoute({
    getParentRoute: () => appLayout,
    path: '/projects/$id',
    params: idParams,
    beforeLoad: readers,
    component: function Project() {
      const { id } = useParams({ strict: false }) as { id: string };
      return <ProjectPage id={id} />;
    },
  }),
  createRoute({ getParentRoute: () => appLayout, path: '/reports', beforeLoad: backOffice, component: DashboardPage }),
];
