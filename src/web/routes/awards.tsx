/** Routes of awards: the staff's selection page of a call and the public results of a call. */
import { createRoute, lazyRouteComponent, useParams } from '@tanstack/react-router';
import { z } from 'zod';
import { CallsShell } from '../features/funding/CallsShell';
import { appLayout, requireRoles, rootRoute } from './layouts';

const backOffice = requireRoles(['admin', 'staff', 'finance']);
const SelectionPage = lazyRouteComponent(() => import('../features/awards/SelectionPage'), 'SelectionPage');
const PublicResultsPage = lazyRouteComponent(() => import('../features/awards/PublicResultsPage'), 'PublicResultsPage');

export const awardsAppRoutes = [
  createRoute({
    getParentRoute: () => appLayout,
    path: '/funding/calls/$callId/selection',
    params: { parse: (p: Record<string, string>) => ({ callId: z.uuid().parse(p.callId) }), stringify: (p: { callId: string }) => p },
    beforeLoad: backOffice,
    component: function Selection() {
      const { callId } = useParams({ strict: false }) as { callId: string };
      return <SelectionPage callId={callId} />;
    },
  }),
];

/** Public pages in the same shell as the public call pages. */
const resultsShell = createRoute({ getParentRoute: () => rootRoute, id: 'awards-results-shell', component: CallsShell });
export const awardsPublicTree = resultsShell.addChildren([
  createRoute({
    getParentRoute: () => resultsShell,
    path: '/calls/$code/results',
    component: function Results() {
      const { code } = useParams({ strict: false }) as { code: string };
      return <PublicResultsPage code={code} />;
    },
  }),
]);
