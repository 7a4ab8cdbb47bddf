/** Routes of evaluation: the evaluator's home and application pages, staff's evaluation of a call. */
import { createRoute, lazyRouteComponent, useParams } from '@tanstack/react-router';
import { z } from 'zod';
import { appLayout, requireRoles } from './layouts';

const EvaluationPage = lazyRouteComponent(() => import('../features/evaluation/EvaluationPage'), 'EvaluationPage');
const EvaluatorApplicationPage = lazyRouteComponent(() => import('../features/evaluation/EvaluatorApplicationPage'), 'EvaluatorApplicationPage');
const CallEvaluationPage = lazyRouteComponent(() => import('../features/evaluation/CallEvaluationPage'), 'CallEvaluationPage');

export const evaluationAppRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/evaluation', beforeLoad: requireRoles(['admin', 'staff', 'finance', 'evaluator']), component: EvaluationPage }),
  createRoute({
    getParentRoute: () => appLayout,
    path: '/evaluation/applications/$applicationId',
    params: { parse: (p: Record<string, string>) => ({ applicationId: z.uuid().parse(p.applicationId) }), stringify: (p: { applicationId: string }) => p },
    beforeLoad: requireRoles(['evaluator']),
    component: () => <EvaluatorApplicationPage applicationId={(useParams({ strict: false }) as { applicationId: string }).applicationId} />,
  }),
  createRoute({
    getParentRoute: () => appLayout,
    path: '/funding/calls/$id/evaluation',
    params: { parse: (p: Record<string, string>) => ({ id: z.uuid().parse(p.id) }), stringify: (p: { id: string }) => p },
    beforeLoad: requireRoles(['admin', 'staff', 'finance']),
    component: () => <CallEvaluationPage id={(useParams({ strict: false }) as { id: string }).id} />,
  }),
];
