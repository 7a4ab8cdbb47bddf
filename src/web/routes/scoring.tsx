/** Routes of evaluation scoring: evaluators' forms, consensus reports and the ranking of a call. */
import { createRoute, lazyRouteComponent, useParams } from '@tanstack/react-router';
import { z } from 'zod';
import { appLayout, requireRoles } from './layouts';

const evaluators = requireRoles(['evaluator']);
const panel = requireRoles(['admin', 'staff', 'finance', 'evaluator']);
const backOffice = requireRoles(['admin', 'staff', 'finance']);

const MyFormsPage = lazyRouteComponent(() => import('../features/scoring/MyFormsPage'), 'MyFormsPage');
const FormPage = lazyRouteComponent(() => import('../features/scoring/FormPage'), 'FormPage');
const ConsensusPage = lazyRouteComponent(() => import('../features/scoring/ConsensusPage'), 'ConsensusPage');
const RankingPage = lazyRouteComponent(() => import('../features/scoring/RankingPage'), 'RankingPage');

const uuid = z.uuid();
const useIds = () => useParams({ strict: false }) as { applicationId: string; callId: string };

export const scoringRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/evaluation/forms', beforeLoad: evaluators, component: MyFormsPage }),
  createRoute({
    getParentRoute: () => appLayout,
    path: '/evaluation/applications/$applicationId/form',
    params: { parse: (p: Record<string, string>) => ({ applicationId: uuid.parse(p.applicationId) }), stringify: (p: { applicationId: string }) => p },
    beforeLoad: evaluators,
    component: () => <FormPage applicationId={useIds().applicationId} />,
  }),
  createRoute({
    getParentRoute: () => appLayout,
    path: '/funding/calls/$callId/consensus/$applicationId',
    params: { parse: (p: Record<string, string>) => ({ callId: uuid.parse(p.callId), applicationId: uuid.parse(p.applicationId) }), stringify: (p: { callId: string; applicationId: string }) => p },
    beforeLoad: panel,
    component: function Consensus() {
      const ids = useIds();
      return <ConsensusPage callId={ids.callId} applicationId={ids.applicationId} />;
    },
  }),
  createRoute({
    getParentRoute: () => appLayout,
    path: '/funding/calls/$callId/ranking',
    params: { parse: (p: Record<string, string>) => ({ callId: uuid.parse(p.callId) }), stringify: (p: { callId: string }) => p },
    beforeLoad: backOffice,
    component: () => <RankingPage callId={useIds().callId} />,
  }),
];
