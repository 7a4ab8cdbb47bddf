/** Routes of funding: the back office and applicants' pages (signed in), the public call pages, registration. */
import { createRoute, lazyRouteComponent, useParams } from '@tanstack/react-router';
import { z } from 'zod';
import { CallsShell } from '../features/funding/CallsShell';
import { appLayout, publicLayout, requireRoles, rootRoute } from './layouts';

const backOffice = requireRoles(['admin', 'staff', 'finance']);
const applicants = requireRoles(['applicant', 'member']);
const idParams = { parse: (p: Record<string, string>) => ({ id: z.uuid().parse(p.id) }), stringify: (p: { id: string }) => p };
const useId = () => (useParams({ strict: false }) as { id: string }).id;

const RegisterPage = lazyRouteComponent(() => import('../features/auth/RegisterPages'), 'RegisterPage');
const VerifyEmailPage = lazyRouteComponent(() => import('../features/auth/RegisterPages'), 'VerifyEmailPage');
const FundingPage = lazyRouteComponent(() => import('../features/funding/FundingPage'), 'FundingPage');
const PublicCallsPage = lazyRouteComponent(() => import('../features/funding/PublicCallsPages'), 'PublicCallsPage');
const PublicCallPage = lazyRouteComponent(() => import('../features/funding/PublicCallsPages'), 'PublicCallPage');
const ProgrammePage = lazyRouteComponent(() => import('../features/funding/ProgrammePage'), 'ProgrammePage');
const CallPage = lazyRouteComponent(() => import('../features/funding/CallPage'), 'CallPage');
const ApplicationPage = lazyRouteComponent(() => import('../features/funding/ApplicationPage'), 'ApplicationPage');
const OrganisationsPage = lazyRouteComponent(() => import('../features/funding/OrganisationsPage'), 'OrganisationsPage');
const ClaimsPage = lazyRouteComponent(() => import('../features/funding/ClaimsPage'), 'ClaimsPage');

export const fundingAppRoutes = [
  createRoute({ getParentRoute: () => appLayout, path: '/funding', component: FundingPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/funding/organisations', beforeLoad: applicants, component: OrganisationsPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/funding/claims', beforeLoad: backOffice, component: ClaimsPage }),
  createRoute({ getParentRoute: () => appLayout, path: '/funding/programmes/$id', params: idParams, beforeLoad: backOffice, component: () => <ProgrammePage id={useId()} /> }),
  createRoute({ getParentRoute: () => appLayout, path: '/funding/calls/$id', params: idParams, beforeLoad: backOffice, component: () => <CallPage id={useId()} /> }),
  createRoute({ getParentRoute: () => appLayout, path: '/funding/applications/$id', params: idParams, component: () => <ApplicationPage id={useId()} /> }),
];

const tokenSearch = z.object({ token: z.string().optional(), next: z.string().optional() });

export const fundingPublicRoutes = [
  createRoute({ getParentRoute: () => publicLayout, path: '/register', validateSearch: z.object({ next: z.string().optional() }), component: RegisterPage }),
  createRoute({ getParentRoute: () => publicLayout, path: '/verify-email', validateSearch: tokenSearch, component: VerifyEmailPage }),
];

const InvitationPage = lazyRouteComponent(() => import('../features/funding/InvitationPage'), 'InvitationPage');
const callsShell = createRoute({ getParentRoute: () => rootRoute, id: 'calls-shell', component: CallsShell });
export const publicCallsTree = callsShell.addChildren([
  createRoute({ getParentRoute: () => callsShell, path: '/calls', component: PublicCallsPage }),
  createRoute({
    getParentRoute: () => callsShell,
    path: '/calls/$code',
    component: function Call() {
      const { code } = useParams({ strict: false }) as { code: string };
      return <PublicCallPage code={code} />;
    },
  }),
  createRoute({ getParentRoute: () => callsShell, path: '/invitation', validateSearch: z.object({ token: z.string().optional() }), component: InvitationPage }),
]);
